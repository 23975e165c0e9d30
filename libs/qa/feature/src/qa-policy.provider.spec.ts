import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@aftersales/platform';
import { DEFAULT_QA_POLICY_YAML } from '@aftersales/qa-domain';
import { loadQaPolicy } from './qa-policy.provider';

describe('QA_POLICY_FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qa-policy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads an operator policy; without one, the default', () => {
    const file = join(dir, 'faster.yaml');
    writeFileSync(file, DEFAULT_QA_POLICY_YAML.replace('version: "2026.1"', 'version: "2026.9"'));
    expect(loadQaPolicy(file).version).toBe('2026.9');
    expect(loadQaPolicy().version).toBe('2026.1');
  });

  it('stops start-up naming the variable, the file and the problem', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, DEFAULT_QA_POLICY_YAML.replace('minimumPassingVerifications: 2', 'minimumPassingVerifications: 0'));
    expect(() => loadQaPolicy(file)).toThrow(ConfigError);
    expect(() => loadQaPolicy(file)).toThrow(`QA_POLICY_FILE: policy ${file} is invalid: capa.minimumPassingVerifications: must be >= 1`);
    expect(() => loadQaPolicy(join(dir, 'missing.yaml'))).toThrow(/^invalid configuration:\n {2}QA_POLICY_FILE: cannot read .*missing\.yaml/);
  });
});
