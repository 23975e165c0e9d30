import { DEFAULT_QA_POLICY_YAML, PolicyError, QaPolicy, capaRequired, opensQualityCase, parseQaPolicy, qaPolicyVersion } from './policy';
import { editedPolicyYaml, errorOf } from './testing-fixtures';

const policyError = (text: string, source = 'qa-policy.yaml'): PolicyError => {
  const err = errorOf(() => parseQaPolicy(text, source));
  expect(err).toBeInstanceOf(PolicyError);
  return err as PolicyError;
};

describe('QA policy', () => {
  const policy = parseQaPolicy(DEFAULT_QA_POLICY_YAML, 'default');

  describe('the default document', () => {
    it('parses into the defaults of the source regulations (QA-1, QA-3, QA-4)', () => {
      expect(policy).toEqual<QaPolicy>({
        id: 'qa-default',
        version: '2026.1',
        name: 'Default quality feedback handling policy',
        caseOpening: { categories: ['appearance', 'model_quantity', 'performance'], acceptances: ['free'] },
        deadlines: {
          minor: { opinionWorkingDays: 1, solutionWorkingDays: 2 },
          severe: { opinionWorkingDays: 2, solutionWorkingDays: 2 },
        },
        capa: { requiredForSeverities: ['severe'], minimumPassingVerifications: 2 },
      });
    });

    it('is named in events as <id>@<version>', () => {
      expect(qaPolicyVersion(policy)).toBe('qa-default@2026.1');
      expect(qaPolicyVersion({ id: 'acme-qa', version: '7' })).toBe('acme-qa@7');
    });

    it('reads the same policy written as JSON', () => {
      expect(parseQaPolicy(JSON.stringify(policy), 'qa-policy.json')).toEqual(policy);
    });
  });

  describe('bad documents give PolicyError with dotted paths', () => {
    it('names the source and has the stable code POLICY.INVALID', () => {
      const err = policyError(`${DEFAULT_QA_POLICY_YAML}colour: blue\n`, '/etc/aftersales/qa.yaml');
      expect(err.code).toBe('POLICY.INVALID');
      expect(err.source).toBe('/etc/aftersales/qa.yaml');
      expect(err.message).toContain('/etc/aftersales/qa.yaml');
      expect(err.message).toContain('colour: is not a known field');
    });

    it('an unknown top-level field', () => {
      expect(policyError(`${DEFAULT_QA_POLICY_YAML}colour: blue\n`).problems).toEqual([{ path: 'colour', reason: 'is not a known field' }]);
    });

    it('an unknown nested field', () => {
      const text = editedPolicyYaml('minor: { opinionWorkingDays: 1, solutionWorkingDays: 2 }', 'minor: { opinionWorkingDays: 1, solutionWorkingDays: 2, graceDays: 1 }');
      expect(policyError(text).problems).toEqual([{ path: 'deadlines.minor.graceDays', reason: 'is not a known field' }]);
    });

    it('an unknown severity under deadlines', () => {
      const text = editedPolicyYaml('# QA-4:', '  critical: { opinionWorkingDays: 0, solutionWorkingDays: 1 }\n# QA-4:');
      expect(policyError(text).problems).toEqual([{ path: 'deadlines.critical', reason: 'is not a known field' }]);
    });

    it('a category outside the vocabulary (wrong enum), with the index of the bad item', () => {
      const text = editedPolicyYaml('categories: [appearance, model_quantity, performance]', 'categories: [appearance, quality]');
      expect(policyError(text).problems).toEqual([
        { path: 'caseOpening.categories[1]', reason: 'must be one of appearance, model_quantity, performance, service_attitude, non_quality, other' },
      ]);
    });

    it('an acceptance other than free or paid (wrong enum)', () => {
      const text = editedPolicyYaml('acceptances: [free]', 'acceptances: [free, rejected]');
      expect(policyError(text).problems).toEqual([{ path: 'caseOpening.acceptances[1]', reason: 'must be one of free, paid' }]);
    });

    it('a CAPA severity outside the vocabulary (wrong enum)', () => {
      const text = editedPolicyYaml('requiredForSeverities: [severe]', 'requiredForSeverities: [critical]');
      expect(policyError(text).problems).toEqual([{ path: 'capa.requiredForSeverities[0]', reason: 'must be one of minor, severe' }]);
    });

    it('a missing nested field', () => {
      const text = editedPolicyYaml('  minimumPassingVerifications: 2\n', '');
      expect(policyError(text).problems).toEqual([{ path: 'capa.minimumPassingVerifications', reason: 'is required' }]);
    });

    it('a missing severity', () => {
      const text = editedPolicyYaml('  severe: { opinionWorkingDays: 2, solutionWorkingDays: 2 }\n', '');
      expect(policyError(text).problems).toEqual([{ path: 'deadlines.severe', reason: 'is required' }]);
    });

    it('a missing top-level field', () => {
      const text = editedPolicyYaml('name: Default quality feedback handling policy\n', '');
      expect(policyError(text).problems).toEqual([{ path: 'name', reason: 'is required' }]);
    });

    it('every problem at once, not only the first', () => {
      const text = editedPolicyYaml('acceptances: [free]', 'acceptances: [gratis]').replace('  minimumPassingVerifications: 2\n', '');
      expect(policyError(text).problems.map((p) => p.path).sort()).toEqual(['capa.minimumPassingVerifications', 'caseOpening.acceptances[0]']);
    });

    it('QA-3 working days must be whole and not negative', () => {
      expect(policyError(editedPolicyYaml('opinionWorkingDays: 1,', 'opinionWorkingDays: 1.5,')).problems.map((p) => p.path)).toEqual([
        'deadlines.minor.opinionWorkingDays',
      ]);
      expect(policyError(editedPolicyYaml('solutionWorkingDays: 2 }', 'solutionWorkingDays: -1 }')).problems.map((p) => p.path)).toEqual([
        'deadlines.minor.solutionWorkingDays',
      ]);
    });

    it('QA-4 at least one passing verification is required before a CAPA closes', () => {
      const text = editedPolicyYaml('minimumPassingVerifications: 2', 'minimumPassingVerifications: 0');
      expect(policyError(text).problems.map((p) => p.path)).toEqual(['capa.minimumPassingVerifications']);
    });

    it('text that is neither YAML nor JSON is reported against the whole document', () => {
      const err = policyError('id: [unclosed');
      expect(err.problems).toHaveLength(1);
      expect(err.problems[0].path).toBe('');
      expect(err.problems[0].reason).toMatch(/^not YAML or JSON/);
    });
  });

  describe('QA-1 opensQualityCase', () => {
    it.each([
      ['appearance', 'free', true],
      ['model_quantity', 'free', true],
      ['performance', 'free', true],
      ['appearance', 'paid', false],
      ['performance', 'paid', false],
      ['service_attitude', 'free', false],
      ['non_quality', 'free', false],
      ['other', 'free', false],
    ] as const)('default policy: %s accepted %s → %s', (category, acceptance, expected) => {
      expect(opensQualityCase(policy, category, acceptance)).toBe(expected);
    });

    it('follows a policy that also takes paid acceptances and service complaints', () => {
      const wider = parseQaPolicy(
        editedPolicyYaml('categories: [appearance, model_quantity, performance]', 'categories: [performance, service_attitude]').replace(
          'acceptances: [free]',
          'acceptances: [free, paid]',
        ),
        'wider',
      );
      expect(opensQualityCase(wider, 'service_attitude', 'paid')).toBe(true);
      expect(opensQualityCase(wider, 'performance', 'paid')).toBe(true);
      expect(opensQualityCase(wider, 'appearance', 'free')).toBe(false);
    });
  });

  describe('QA-4 capaRequired', () => {
    it('default policy: required for ours and severe only', () => {
      expect(capaRequired(policy, true, 'severe')).toBe(true);
      expect(capaRequired(policy, true, 'minor')).toBe(false);
      expect(capaRequired(policy, false, 'severe')).toBe(false);
      expect(capaRequired(policy, false, 'minor')).toBe(false);
    });

    it('a policy requiring CAPA for minor cases too still requires the cause to be ours', () => {
      const strict = parseQaPolicy(editedPolicyYaml('requiredForSeverities: [severe]', 'requiredForSeverities: [minor, severe]'), 'strict');
      expect(capaRequired(strict, true, 'minor')).toBe(true);
      expect(capaRequired(strict, false, 'minor')).toBe(false);
    });
  });
});
