import { PolicyError, policyReader } from '@aftersales/policy';
import { CATEGORIES, Category, SEVERITIES, Severity } from './quality-case';

/**
 * The QA policy (ARCHITECTURE.md "Policy"; rules QA-1, QA-3, QA-4): which accepted complaints
 * become quality cases, the working-day deadlines per severity, and when CAPA is required and how
 * many later shipments must pass before it closes. Data, versioned, named by the events it shaped.
 */
export interface QaPolicy {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  /** QA-1: an accepted complaint of these categories and acceptances opens a case. */
  readonly caseOpening: { readonly categories: readonly Category[]; readonly acceptances: readonly ('free' | 'paid')[] };
  /** QA-3: working days; the day of receipt (or of the instruction) is day 0. */
  readonly deadlines: Readonly<Record<Severity, { readonly opinionWorkingDays: number; readonly solutionWorkingDays: number }>>;
  /** QA-4. */
  readonly capa: { readonly requiredForSeverities: readonly Severity[]; readonly minimumPassingVerifications: number };
}

export const DEFAULT_QA_POLICY_YAML = `# aftersales QA policy: the defaults from the source regulations (DOMAIN.md rule IDs).
id: qa-default
version: "2026.1"
name: Default quality feedback handling policy

# QA-1: a case within warranty becomes a quality feedback form: accepted free, quality categories.
caseOpening:
  categories: [appearance, model_quantity, performance]
  acceptances: [free]

# QA-3: working days in the case's region calendar; the day of receipt or instruction is day 0.
deadlines:
  # minor: QA's opinion within 1 day; the department's written solution 1-2 days after QA's instruction.
  minor: { opinionWorkingDays: 1, solutionWorkingDays: 2 }
  # severe: QA's initial opinion within 1-2 days; root cause with the departments.
  severe: { opinionWorkingDays: 2, solutionWorkingDays: 2 }

# QA-4: ours and severe: corrective and preventive action, verified on at least 2 later shipments.
capa:
  requiredForSeverities: [severe]
  minimumPassingVerifications: 2
`;

const workingDays = { type: 'integer', minimum: 0, maximum: 60 };
const deadlineRule = {
  type: 'object',
  additionalProperties: false,
  required: ['opinionWorkingDays', 'solutionWorkingDays'],
  properties: { opinionWorkingDays: workingDays, solutionWorkingDays: workingDays },
};

/** The JSON Schema of a QA policy document (draft-07). */
export const QA_POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'version', 'name', 'caseOpening', 'deadlines', 'capa'],
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' },
    version: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$' },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    caseOpening: {
      type: 'object',
      additionalProperties: false,
      required: ['categories', 'acceptances'],
      properties: {
        categories: { type: 'array', uniqueItems: true, items: { enum: [...CATEGORIES] } },
        acceptances: { type: 'array', uniqueItems: true, items: { enum: ['free', 'paid'] } },
      },
    },
    deadlines: {
      type: 'object',
      additionalProperties: false,
      required: [...SEVERITIES],
      properties: { minor: deadlineRule, severe: deadlineRule },
    },
    capa: {
      type: 'object',
      additionalProperties: false,
      required: ['requiredForSeverities', 'minimumPassingVerifications'],
      properties: {
        requiredForSeverities: { type: 'array', uniqueItems: true, items: { enum: [...SEVERITIES] } },
        minimumPassingVerifications: { type: 'integer', minimum: 1, maximum: 50 },
      },
    },
  },
} as const;

const readQaPolicy = policyReader<QaPolicy>(QA_POLICY_SCHEMA);

/** Parses and checks a QA policy document (YAML or JSON); throws PolicyError naming `source`. */
export function parseQaPolicy(text: string, source: string): QaPolicy {
  return readQaPolicy(text, source);
}

export { PolicyError };

/** What events record as their policyVersion: `<id>@<version>`. */
export function qaPolicyVersion(policy: Pick<QaPolicy, 'id' | 'version'>): string {
  return `${policy.id}@${policy.version}`;
}

// rule QA-1: which accepted complaints become quality cases
/** Rule QA-1: does an accepted complaint become a quality case under this policy? */
export function opensQualityCase(policy: QaPolicy, category: Category, acceptance: 'free' | 'paid'): boolean {
  return policy.caseOpening.categories.includes(category) && policy.caseOpening.acceptances.includes(acceptance);
}

// rule QA-4: when corrective and preventive action is required
/** Rule QA-4: CAPA is required when the cause is ours and the severity is one the policy names. */
export function capaRequired(policy: QaPolicy, ours: boolean, severity: Severity): boolean {
  return ours && policy.capa.requiredForSeverities.includes(severity);
}
