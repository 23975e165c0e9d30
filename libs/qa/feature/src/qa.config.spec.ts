import { qaSettings } from './qa.config';

describe("QA's settings (QA_POLICY_FILE)", () => {
  it('reads QA_POLICY_FILE; unset or empty, the default policy; never intake\'s POLICY_FILE', () => {
    expect(qaSettings({ QA_POLICY_FILE: '/etc/qa.yaml' })).toEqual({ policyFile: '/etc/qa.yaml' });
    expect(qaSettings({ QA_POLICY_FILE: '' })).toEqual({});
    expect(qaSettings({ POLICY_FILE: '/etc/intake.yaml', INTAKE_POLICY_FILE: '/etc/intake.yaml' })).toEqual({});
  });
});
