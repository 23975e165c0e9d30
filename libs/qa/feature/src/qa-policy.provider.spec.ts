import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, policyDigest } from '@aftersales/platform';
import { DEFAULT_QA_POLICY_YAML } from '@aftersales/qa-domain';
import { loadQaPolicy } from './qa-policy.provider';

describe('QA_POLICY_FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qa-policy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads an operator policy; without one, the default', () => {
    const file = join(dir, 'faster.yaml');
    writeFileSync(file, DEFAULT_QA_POLICY_YAML.replace('version: "2026.1"', 'version: "2026.9"'));
    expect(loadQaPolicy(file).version).toBe('qa-default@2026.9');
    expect(loadQaPolicy().version).toBe('qa-default@2026.1');
  });

  it('returns the version decisions record and a digest of the content, which an edit that kept the version still changes', () => {
    const loaded = loadQaPolicy();
    expect(loaded.digest).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(loaded.digest).toBe(policyDigest(loaded.policy));
    const file = join(dir, 'same-version.yaml');
    const text = DEFAULT_QA_POLICY_YAML.replace('minimumPassingVerifications: 2', 'minimumPassingVerifications: 3');
    expect(text).not.toBe(DEFAULT_QA_POLICY_YAML);
    writeFileSync(file, text);
    const edited = loadQaPolicy(file);
    expect(edited.version).toBe(loaded.version);
    expect(edited.digest).not.toBe(loaded.digest);
  });

  it('stops start-up naming the variable, the file and the problem', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, DEFAULT_QA_POLICY_YAML.replace('minimumPassingVerifications: 2', 'minimumPassingVerifications: 0'));
    expect(() => loadQaPolicy(file)).toThrow(ConfigError);
    expect(() => loadQaPolicy(file)).toThrow(`QA_POLICY_FILE: policy ${file} is invalid: capa.minimumPassingVerifications: must be >= 1`);
    expect(() => loadQaPolicy(join(dir, 'missing.yaml'))).toThrow(/^invalid configuration:\n {2}QA_POLICY_FILE: cannot read .*missing\.yaml/);
  });
});
