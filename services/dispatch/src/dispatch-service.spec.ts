import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServiceApp } from '@aftersales/infrastructure';
import { dispatchService } from './dispatch-service';

// Valid infrastructure settings whose servers are never reached: the context's settings are read
// while the modules are composed, before anything connects.
const BASE = { JWT_SECRET: 's'.repeat(32), PG_URL: 'postgres://postgres@127.0.0.1:1/none', MONGO_URL: 'mongodb://127.0.0.1:1', KAFKA_BROKERS: '127.0.0.1:1' };

describe('the dispatch service reads its settings from its own config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-service-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads DISPATCH_POLICY_FILE, naming it when the file is refused', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'id: acme\nversion: "1"\narrival: { withinHours: -1, clock: wall }\n');
    await expect(createServiceApp({ ...dispatchService, env: { ...BASE, DISPATCH_POLICY_FILE: bad } })).rejects.toThrow(`\n  DISPATCH_POLICY_FILE: policy ${bad} is invalid`);
  });
});
