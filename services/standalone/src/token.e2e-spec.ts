import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, readSecret, verifyToken } from '@aftersales/platform/tokens';

/** `npm run token` as a newcomer runs it: the script itself, in a process of its own. */
const SCRIPT = resolve(__dirname, 'token.ts');

async function token(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
      env: { PATH: process.env['PATH'] ?? '', ...env },
      cwd: resolve(__dirname, '../../..'),
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run token', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-token-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses to create a secret unless asked, naming the data dir and the secret file', async () => {
    const refused = await token(['--role', 'qa', '--tenant', 'acme'], { DATA_DIR: dataDir });
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toContain(join(dataDir, 'jwt-secret'));
    expect(refused.stderr).toContain('--create-secret');
    expect(existsSync(join(dataDir, 'jwt-secret'))).toBe(false);
  });

  it('creates one with --create-secret, then signs with it and says so', async () => {
    const created = await token(['--role', 'qa', '--tenant', 'acme', '--create-secret'], { DATA_DIR: dataDir });
    expect(created.code).toBe(0);
    expect(created.stderr).toContain(`created a new secret in ${join(dataDir, 'jwt-secret')}`);
    const again = await token(['--role', 'qa', '--tenant', 'acme'], { DATA_DIR: dataDir });
    expect(again.stderr).toContain(`signed with the secret in ${join(dataDir, 'jwt-secret')}`);
    expect(verifyToken(readSecret(dataDir) ?? 'no secret', again.stdout.trim())).toEqual({ id: 'dev-qa', roles: ['qa'], tenantId: 'acme' });
  }, 20_000);

  it('refuses --expires-in beyond the lifetime the server accepts (JWT_MAX_LIFETIME_SECONDS)', async () => {
    const env = { JWT_SECRET: 's'.repeat(40) };
    const tooLong = await token(['--role', 'qa', '--tenant', 'acme', '--expires-in', String(DEFAULT_MAX_TOKEN_LIFETIME_SECONDS + 1)], env);
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toContain(`from 1 to ${DEFAULT_MAX_TOKEN_LIFETIME_SECONDS}`);
    const capped = await token(['--role', 'qa', '--tenant', 'acme', '--expires-in', '7200'], { ...env, JWT_MAX_LIFETIME_SECONDS: '3600' });
    expect(capped.code).toBe(2);
  }, 20_000);
});
