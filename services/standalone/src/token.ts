import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
// Not '@aftersales/platform': that loads Nest and every adapter, seconds per token.
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, ROLES, isRole, loadOrCreateSecret, readSecret, secretFileOf, signToken } from '@aftersales/platform/tokens';

/**
 * Prints a development token signed with the standalone's secret (JWT_SECRET, or the one kept in
 * DATA_DIR): `npm run token -- --role dispatcher --tenant acme`. Says on stderr which secret it
 * used; creates one only with --create-secret, since a token signed with a fresh secret is refused
 * by a server that runs on another data dir.
 */
function main(): number {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      tenant: { type: 'string' },
      subject: { type: 'string' },
      outlet: { type: 'string' },
      'expires-in': { type: 'string' },
      'create-secret': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  const maxLifetime = maxLifetimeSeconds(process.env['JWT_MAX_LIFETIME_SECONDS']);
  const usage = [
    'usage: npm run token -- --role <role>[,<role>] [--role <role>] --tenant <tenant> [--subject <user id>] [--outlet <outlet id>] [--expires-in <seconds>] [--create-secret]',
    `roles: ${ROLES.join(', ')}`,
    '--outlet: the service outlet an outlet_staff user works at (the `outlet` claim, DI-2)',
    `--expires-in: at most JWT_MAX_LIFETIME_SECONDS (now ${maxLifetime}); default 12 h or that, the shorter`,
    '--create-secret: create a secret in DATA_DIR when it has none (the server creates one at its first start)',
  ].join('\n');
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const roles = (values.role ?? []).flatMap((r) => r.split(',')).map((r) => r.trim()).filter(Boolean);
  const bad = roles.filter((r) => !isRole(r));
  if (roles.length === 0 || bad.length > 0 || !values.tenant) {
    process.stderr.write((bad.length ? `unknown role(s): ${bad.join(', ')}\n` : '') + (values.tenant ? '' : 'missing --tenant\n') + usage + '\n');
    return 2;
  }
  const expires = values['expires-in'] !== undefined ? Number(values['expires-in']) : Math.min(12 * 3600, maxLifetime);
  if (!Number.isInteger(expires) || expires <= 0 || expires > maxLifetime) {
    process.stderr.write(`--expires-in must be a whole number of seconds from 1 to ${maxLifetime} (JWT_MAX_LIFETIME_SECONDS): the server refuses longer tokens\n`);
    return 2;
  }
  const secret = secretToUse(values['create-secret'] === true);
  if (secret === null) return 2;
  process.stdout.write(signToken(secret, { subject: values.subject ?? `dev-${roles[0]}`, roles: roles.filter(isRole), tenantId: values.tenant, ...(values.outlet ? { outletId: values.outlet } : {}), expiresInSeconds: expires }) + '\n');
  return 0;
}

function maxLifetimeSeconds(configured: string | undefined): number {
  if (configured === undefined || configured === '') return DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const value = Number(configured);
  if (!/^\d{1,9}$/.test(configured) || value <= 0) throw new Error('JWT_MAX_LIFETIME_SECONDS must be a whole number of seconds');
  return value;
}

function secretToUse(create: boolean): string | null {
  const fromEnv = process.env['JWT_SECRET'];
  if (fromEnv) {
    process.stderr.write('token: signed with JWT_SECRET from the environment\n');
    return fromEnv;
  }
  const dataDir = resolve(process.env['DATA_DIR'] || './data');
  const file = secretFileOf(dataDir);
  const existing = readSecret(dataDir);
  if (existing !== null) {
    process.stderr.write(`token: signed with the secret in ${file} (data dir ${dataDir})\n`);
    return existing;
  }
  if (!create) {
    process.stderr.write(
      [
        `token: no secret in ${file} (data dir ${dataDir}).`,
        '  Point DATA_DIR at the data dir the server runs on (it creates the secret at its first start),',
        '  set JWT_SECRET to the server\'s secret, or pass --create-secret to create one here.',
        '',
      ].join('\n'),
    );
    return null;
  }
  const created = loadOrCreateSecret(dataDir);
  process.stderr.write(`token: created a new secret in ${file}; start the server with DATA_DIR=${dataDir} to accept this token\n`);
  return created;
}

try {
  process.exitCode = main();
} catch (err) {
  process.stderr.write(`token: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
