import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '../../../..');

/**
 * The `audit` command line (services/audit/src/cli/audit-cli.ts) in a process of its own, as an
 * operator runs it. Asynchronous, so an app in the test's process keeps serving it.
 */
export function auditCli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'services/audit/src/cli/audit-cli.ts'), ...args], { cwd: REPO, env: { PATH: process.env.PATH ?? '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}
