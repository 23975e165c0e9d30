import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, policyDigest } from '@aftersales/platform';
import { intakeSettings } from './intake.config';
import { loadIntakePolicy } from './policy.provider';

describe("intake's settings (INTAKE_POLICY_FILE, and POLICY_FILE its older alias)", () => {
  it('reads INTAKE_POLICY_FILE; without it, POLICY_FILE; without either, the default policy', () => {
    expect(intakeSettings({ INTAKE_POLICY_FILE: '/etc/acme.yaml' })).toEqual({ policyFile: '/etc/acme.yaml', policyFileVariable: 'INTAKE_POLICY_FILE' });
    expect(intakeSettings({ POLICY_FILE: '/etc/acme.yaml' })).toEqual({ policyFile: '/etc/acme.yaml', policyFileVariable: 'POLICY_FILE' });
    expect(intakeSettings({ POLICY_FILE: '', INTAKE_POLICY_FILE: '' })).toEqual({});
  });

  it('takes both when they name the same file', () => {
    expect(intakeSettings({ INTAKE_POLICY_FILE: '/etc/acme.yaml', POLICY_FILE: '/etc/acme.yaml' })).toEqual({ policyFile: '/etc/acme.yaml', policyFileVariable: 'INTAKE_POLICY_FILE' });
  });

  it('refuses both set to different files, naming both, rather than ignore one of them', () => {
    const both = { INTAKE_POLICY_FILE: '/etc/new.yaml', POLICY_FILE: '/etc/old.yaml' };
    expect(() => intakeSettings(both)).toThrow(ConfigError);
    expect(() => intakeSettings(both)).toThrow(
      'invalid configuration:\n  INTAKE_POLICY_FILE (/etc/new.yaml) and POLICY_FILE (/etc/old.yaml), its older alias, name different files: set only INTAKE_POLICY_FILE',
    );
  });
});

describe('the intake policy loader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'intake-policy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('returns the policy with the version decisions record and the digest of its content', () => {
    const loaded = loadIntakePolicy();
    expect(loaded.version).toBe('default@2026.1');
    expect(loaded.digest).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(loaded.digest).toBe(policyDigest(loaded.policy));
  });

  it('names the variable the file came from when the file is refused', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'id: acme\nversion: "1"\n');
    expect(() => loadIntakePolicy(file)).toThrow(`invalid configuration:\n  INTAKE_POLICY_FILE: policy ${file} is invalid: name: is required`);
    expect(() => loadIntakePolicy(file, 'POLICY_FILE')).toThrow(`invalid configuration:\n  POLICY_FILE: policy ${file} is invalid: name: is required`);
  });
});
