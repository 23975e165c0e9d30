import { readFileSync } from 'node:fs';

/**
 * `npm run calendar -- publish <region|source> <year> <file.json>` (issue 17, docs/calendar.md): PUTs
 * a year of public holidays and adjusted working days to a running service's
 * /api/v1/calendars/{region}/years/{year}, as an administrator. The file holds the body:
 * `{ "source": "<notice>", "holidays": [{ "date", "name", "localName"? }], "workdays": [...] }`.
 * `npm run calendar -- show <region|source> <year>` prints what is in force, `npm run calendar -- versions`
 * every region's calendar version. AFTERSALES_URL (default http://localhost:3000) and
 * AFTERSALES_TOKEN (a bearer token with the admin role, `npm run token -- --role admin --tenant <tenant>`) say where and as whom.
 */
async function main(argv: readonly string[]): Promise<number> {
  const base = (process.env['AFTERSALES_URL'] ?? 'http://localhost:3000').replace(/\/$/, '');
  const token = process.env['AFTERSALES_TOKEN'];
  if (!token) return fail('AFTERSALES_TOKEN is not set: a bearer token with the admin role (npm run token -- --role admin --tenant <tenant>)');
  const [command, target, year, file] = argv;
  const headers = { authorization: `Bearer ${token.replace(/^Bearer /, '')}`, 'content-type': 'application/json' };
  let response: Response;
  if (command === 'publish' && target && year && file) {
    let body: string;
    try {
      body = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
    } catch (err) {
      return fail(`${file}: ${(err as Error).message}`);
    }
    response = await fetch(`${base}/api/v1/calendars/${encodeURIComponent(target)}/years/${encodeURIComponent(year)}`, { method: 'PUT', headers, body });
  } else if (command === 'show' && target && year) {
    response = await fetch(`${base}/api/v1/calendars/${encodeURIComponent(target)}/years/${encodeURIComponent(year)}`, { headers });
  } else if (command === 'versions') {
    response = await fetch(`${base}/api/v1/calendars`, { headers });
  } else {
    return fail('usage: npm run calendar -- publish <region|source> <year> <file.json> | show <region|source> <year> | versions');
  }
  const text = await response.text();
  process.stdout.write(`${response.status} ${text}\n`);
  return response.ok ? 0 : 1;
}

function fail(message: string): number {
  process.stderr.write(`calendar: ${message}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`calendar: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
