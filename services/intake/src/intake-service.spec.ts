import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServiceApp } from '@aftersales/infrastructure';
import { intakeService } from './intake-service';

// Valid infrastructure settings whose servers are never reached: the context's settings are read
// while the modules are composed, before anything connects.
const BASE = { JWT_SECRET: 's'.repeat(32), PG_URL: 'postgres://postgres@127.0.0.1:1/none', MONGO_URL: 'mongodb://127.0.0.1:1', KAFKA_BROKERS: '127.0.0.1:1' };

describe('the intake service reads its settings from its own config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'intake-service-'));
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, 'id: acme\nversion: "1"\n');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads INTAKE_POLICY_FILE, or POLICY_FILE its alias, naming the one that was set when the file is refused', async () => {
    await expect(createServiceApp({ ...intakeService, env: { ...BASE, INTAKE_POLICY_FILE: bad } })).rejects.toThrow(`\n  INTAKE_POLICY_FILE: policy ${bad} is invalid`);
    await expect(createServiceApp({ ...intakeService, env: { ...BASE, POLICY_FILE: bad } })).rejects.toThrow(`\n  POLICY_FILE: policy ${bad} is invalid`);
  });

  it('refuses INTAKE_POLICY_FILE and POLICY_FILE naming different files', async () => {
    await expect(createServiceApp({ ...intakeService, env: { ...BASE, INTAKE_POLICY_FILE: bad, POLICY_FILE: join(dir, 'old.yaml') } })).rejects.toThrow(
      `INTAKE_POLICY_FILE (${bad}) and POLICY_FILE (${join(dir, 'old.yaml')}), its older alias, name different files: set only INTAKE_POLICY_FILE`,
    );
  });
});
