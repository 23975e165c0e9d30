import { FINANCE_RATIO_COST_ENTRY_STREAM_PREFIX } from '@aftersales/contracts';
import { Decider, DomainEvent, DomainError, InvalidStateError } from '@aftersales/eventsourcing';
import { CostCategory, CostCause, CostGrouping, CostSourceKind, ResponsibleParty } from './cost-entry';
import { FINANCE_RATIO } from './errors';

export { FINANCE_RATIO_COST_ENTRY_STREAM_PREFIX };
export const costEntryStream = (entryId: string): string => `${FINANCE_RATIO_COST_ENTRY_STREAM_PREFIX}${entryId}`;

/** The party that bears a cost, and the rep when it is a rep's. */
export interface Attribution {
  readonly party: ResponsibleParty;
  readonly salesRepId: string | null;
  readonly cause: CostCause;
  /** The sales department charged (WR-7: an unsold customer-caused return charged to the department); absent otherwise. */
  readonly department?: string;
}

// rule FR-3: each cost is attributed to a responsible party by its cause
/**
 * The company for our fault; the sales rep for late or wrong information, unexplained product
 * contents and customer-caused returns that cannot be resold; the sales department for special
 * cases; the customer for its own fault. A rep's cost needs the rep; an unsold customer-caused
 * return warehouse-returns charges to the department instead (WR-7) is the sales department's.
 */
export function attribute(cause: CostCause, salesRepId: string | null, department: string | null = null): Attribution {
  switch (cause) {
    case 'our_fault':
      return { party: 'company', salesRepId: null, cause };
    case 'late_or_wrong_information':
    case 'unexplained_product_contents':
    case 'unsold_customer_caused_return':
      if (!salesRepId && department && cause === 'unsold_customer_caused_return') return { party: 'sales_department', salesRepId: null, cause, department };
      if (!salesRepId) throw new DomainError(FINANCE_RATIO.SALES_REP_REQUIRED, `a cost caused by ${cause} is the sales rep's: name the rep`, { cause });
      return { party: 'sales_rep', salesRepId, cause };
    case 'special_case':
      return { party: 'sales_department', salesRepId: null, cause };
    case 'customer_fault':
      return { party: 'customer', salesRepId: null, cause };
  }
}

/** A ledger entry: an amount in minor units (signed: an adjustment may take back), attributed, with its source named. */
export interface CostEntry {
  readonly entryId: string;
  readonly category: CostCategory;
  readonly amountMinor: string;
  readonly currency: string;
  /** The local date the cost belongs to (reports group by it). */
  readonly occurredOn: string;
  readonly customerId: string;
  readonly region: string;
  /** The case, work order or return it belongs to. */
  readonly caseRef: string | null;
  readonly attribution: Attribution;
  /** The event it came from (another context's, or this context's own for a manual entry). */
  readonly source: { readonly kind: CostSourceKind; readonly eventType: string; readonly eventId: string | null };
  /** For an adjustment: the entry it corrects (which stays as it was). */
  readonly adjusts: string | null;
  readonly note: string | null;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export type CostEntryRecorded = DomainEvent<'finance-ratio.CostEntryRecorded', CostEntry>;
export type CostEntryEvent = CostEntryRecorded;
export const COST_ENTRY_EVENT_TYPES: readonly CostEntryEvent['type'][] = ['finance-ratio.CostEntryRecorded'];

export type CostEntryCommand = {
  readonly type: 'Record';
  readonly entry: Omit<CostEntry, 'attribution'> & { readonly cause: CostCause; readonly salesRepId: string | null; readonly department?: string | null };
};

export type CostEntryState = { readonly status: 'none' } | { readonly status: 'recorded'; readonly entry: CostEntry };

export const costEntryDecider: Decider<CostEntryCommand, CostEntryEvent, CostEntryState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state): CostEntryEvent[] {
    // rule FR-3: an entry is recorded once and never edited; an adjustment is a new entry
    if (state.status !== 'none') throw new InvalidStateError(FINANCE_RATIO.COST_ENTRY_EXISTS, `cost entry ${command.entry.entryId} exists already; adjust it with a new entry`, { entryId: command.entry.entryId });
    const { cause, salesRepId, department, ...entry } = command.entry;
    if (BigInt(entry.amountMinor) === 0n) throw new DomainError(FINANCE_RATIO.ZERO_AMOUNT, 'a ledger entry moves money: the amount cannot be 0', { entryId: entry.entryId });
    if (entry.source.kind !== 'adjustment' && BigInt(entry.amountMinor) < 0n) {
      throw new DomainError(FINANCE_RATIO.NEGATIVE_COST, 'a cost is positive; take an amount back with an adjustment', { entryId: entry.entryId });
    }
    return [{ type: 'finance-ratio.CostEntryRecorded', data: { ...entry, attribution: attribute(cause, salesRepId, department ?? null) } }];
  },

  // One event type: a new one makes `event.type` a union, and this must then switch on it.
  evolve(_state, event): CostEntryState {
    const recorded: CostEntryRecorded = event;
    return { status: 'recorded', entry: recorded.data };
  },
};

/** One row of a ledger report: a group's sums per category in one currency (minor units). */
export interface CostReportRow {
  readonly key: string;
  readonly currency: string;
  readonly parts: string;
  readonly labour: string;
  readonly freight: string;
  readonly writeOff: string;
  readonly total: string;
  readonly entries: number;
}

export interface CostReport {
  readonly groupBy: CostGrouping;
  readonly from: string;
  readonly to: string;
  readonly rows: readonly CostReportRow[];
  /** Per currency, the sum of every entry in the period: equals the sum of the rows. */
  readonly totals: readonly { readonly currency: string; readonly total: string; readonly entries: number }[];
}

/** The key of an entry in a grouping: the rep and department groupings name the party when it is not theirs. */
export function groupKey(entry: CostEntry, groupBy: CostGrouping): string {
  switch (groupBy) {
    case 'customer':
      return entry.customerId;
    case 'region':
      return entry.region;
    case 'rep':
      return entry.attribution.salesRepId ?? `(${entry.attribution.party})`;
    case 'department':
      return entry.attribution.party === 'sales_rep' || entry.attribution.party === 'sales_department' ? 'sales' : `(${entry.attribution.party})`;
    case 'party':
      return entry.attribution.party;
  }
}

// rule FR-3: sums per customer, region, rep, department and period, exact, equal to the ledger
/** The ledger's entries in [from, to] summed by group, category and currency in bigint. */
export function costReport(entries: Iterable<CostEntry>, groupBy: CostGrouping, from: string, to: string): CostReport {
  const rows = new Map<string, { key: string; currency: string; sums: Record<CostCategory, bigint>; entries: number }>();
  const totals = new Map<string, { total: bigint; entries: number }>();
  for (const e of entries) {
    if (e.occurredOn < from || e.occurredOn > to) continue;
    const key = groupKey(e, groupBy);
    const id = `${key}\u0000${e.currency}`;
    let row = rows.get(id);
    if (!row) rows.set(id, (row = { key, currency: e.currency, sums: { parts: 0n, labour: 0n, freight: 0n, write_off: 0n }, entries: 0 }));
    row.sums[e.category] += BigInt(e.amountMinor);
    row.entries++;
    const t = totals.get(e.currency) ?? { total: 0n, entries: 0 };
    totals.set(e.currency, { total: t.total + BigInt(e.amountMinor), entries: t.entries + 1 });
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    groupBy,
    from,
    to,
    rows: [...rows.values()]
      .sort((a, b) => cmp(a.key, b.key) || cmp(a.currency, b.currency))
      .map((r) => ({
        key: r.key,
        currency: r.currency,
        parts: r.sums.parts.toString(),
        labour: r.sums.labour.toString(),
        freight: r.sums.freight.toString(),
        writeOff: r.sums.write_off.toString(),
        total: (r.sums.parts + r.sums.labour + r.sums.freight + r.sums.write_off).toString(),
        entries: r.entries,
      })),
    totals: [...totals.entries()].sort(([a], [b]) => cmp(a, b)).map(([currency, t]) => ({ currency, total: t.total.toString(), entries: t.entries })),
  };
}
