/**
 * The quality-cost ledger's vocabulary (rule FR-3). Values are stable identifiers: they are stored
 * in events, so a value is never renamed.
 */

export const COST_CATEGORIES = ['parts', 'labour', 'freight', 'write_off'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** Who bears a cost. */
export const RESPONSIBLE_PARTIES = ['company', 'sales_rep', 'sales_department', 'customer'] as const;
export type ResponsibleParty = (typeof RESPONSIBLE_PARTIES)[number];

/** Why a cost arose: the attribution rules map each to the party that bears it (costCause → party). */
export const COST_CAUSES = [
  'our_fault',
  'late_or_wrong_information',
  'unexplained_product_contents',
  'unsold_customer_caused_return',
  'special_case',
  'customer_fault',
] as const;
export type CostCause = (typeof COST_CAUSES)[number];

/** Where an entry came from: a published event of another context, or a person's manual entry or adjustment. */
export const COST_SOURCES = ['dispatch_settlement', 'returns_write_off', 'manual', 'adjustment'] as const;
export type CostSourceKind = (typeof COST_SOURCES)[number];

/** How a report groups the ledger. */
export const COST_GROUPINGS = ['customer', 'region', 'rep', 'department', 'party'] as const;
export type CostGrouping = (typeof COST_GROUPINGS)[number];
