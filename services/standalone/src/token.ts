import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { ROLES, isRole, loadOrCreateSecret, signToken } from '@aftersales/platform';

/**
 * Prints a development token signed with the standalone's secret (JWT_SECRET, or the one kept in
 * DATA_DIR): `npm run token -- --role dispatcher --tenant acme`.
 */
function main(): void {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      tenant: { type: 'string' },
      subject: { type: 'string' },
      'expires-in': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const usage = `usage: npm run token -- --role <role>[,<role>] [--role <role>] --tenant <tenant> [--subject <user id>] [--expires-in <seconds>]\nroles: ${ROLES.join(', ')}`;
  if (values.help) {
    process.stdout.write(usage + '\n');
    return;
  }
  const roles = (values.role ?? []).flatMap((r) => r.split(',')).map((r) => r.trim()).filter(Boolean);
  const bad = roles.filter((r) => !isRole(r));
  if (roles.length === 0 || bad.length > 0 || !values.tenant) {
    process.stderr.write((bad.length ? `unknown role(s): ${bad.join(', ')}\n` : '') + (values.tenant ? '' : 'missing --tenant\n') + usage + '\n');
    process.exit(2);
  }
  const expires = values['expires-in'] ? Number(values['expires-in']) : undefined;
  if (expires !== undefined && (!Number.isInteger(expires) || expires <= 0)) {
    process.stderr.write('--expires-in must be a positive whole number of seconds\n');
    process.exit(2);
  }
  const secret = process.env['JWT_SECRET'] || loadOrCreateSecret(resolve(process.env['DATA_DIR'] || './data'));
  const token = signToken(secret, {
    subject: values.subject ?? `dev-${roles[0]}`,
    roles: roles.filter(isRole),
    tenantId: values.tenant,
    expiresInSeconds: expires,
  });
  process.stdout.write(token + '\n');
}

main();
