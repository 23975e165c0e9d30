import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { CalendarRegistry } from '@aftersales/calendar';
import { CLOCK, Clock, DomainError } from '@aftersales/eventsourcing';
import { ApiError, CALENDARS, Caller, VALIDATION_FAILED, eventMetadata, idForCreate } from '@aftersales/platform';
import { CostEntryCommand, FINANCE_RATIO } from '@aftersales/finance-ratio-domain';
import { COST_ENTRIES, CostEntries, CostEntryView } from '../../ledger.aggregates';
import { minorUnitsOf } from '../../ledger/amounts';
import { AdjustCostEntry, GetCostEntry, RecordCostEntry } from './record-cost-entry.command';

type Result = { view: CostEntryView; replayed: boolean };

/** Records an entry under an id from the caller's Idempotency-Key (a crash retry finds it) or a new one. */
async function recordOnce(entries: CostEntries, caller: Caller, entryId: string, command: CostEntryCommand, region: string, now: Date): Promise<Result> {
  if (caller.idempotencyKey) {
    const { current } = await entries.read(caller.user.tenantId, entryId);
    if (current.view) return { view: current.view, replayed: true };
  }
  const { view } = await entries.execute({ id: entryId, tenantId: caller.user.tenantId, command, metadata: eventMetadata(caller, region), now, expectedRevision: 'no_stream' });
  return { view: view as CostEntryView, replayed: false };
}

/** FR-3: a manual ledger entry, attributed by its cause; its source is this very recording. */
@CommandHandler(RecordCostEntry)
export class RecordCostEntryHandler implements ICommandHandler<RecordCostEntry> {
  constructor(
    @Inject(COST_ENTRIES) private readonly entries: CostEntries,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
  ) {}

  execute({ caller, request }: RecordCostEntry): Promise<Result> {
    const amount = minorUnitsOf('amount', request.amount, request.currency);
    if (!this.calendars.hasRegion(request.region)) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [{ field: 'region', code: 'unknown_region', message: `region must be one of ${this.calendars.regions().join(', ')}` }]);
    }
    const entryId = idForCreate(caller, 'finance-ratio.cost-entry');
    const now = this.clock.now();
    const command: CostEntryCommand = {
      type: 'Record',
      entry: {
        entryId,
        category: request.category,
        amountMinor: amount.toString(),
        currency: request.currency,
        occurredOn: request.occurredOn,
        customerId: request.customerId,
        region: request.region,
        caseRef: request.caseRef ?? null,
        source: { kind: 'manual', eventType: 'finance-ratio.CostEntryRecorded', eventId: null },
        adjusts: null,
        note: request.note ?? null,
        recordedBy: caller.user.id,
        recordedAt: now.toISOString(),
        cause: request.cause,
        salesRepId: request.salesRepId ?? null,
      },
    };
    return recordOnce(this.entries, caller, entryId, command, request.region, now);
  }
}

/** FR-3: an adjustment is a new entry naming the entry it corrects and its recording event; the entry itself never changes. */
@CommandHandler(AdjustCostEntry)
export class AdjustCostEntryHandler implements ICommandHandler<AdjustCostEntry> {
  constructor(
    @Inject(COST_ENTRIES) private readonly entries: CostEntries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ caller, id, request }: AdjustCostEntry): Promise<Result> {
    const original = await this.entries.get(caller.user.tenantId, id);
    const amount = minorUnitsOf('amount', request.amount, original.currency, true, null);
    if (amount === 0n) throw new DomainError(FINANCE_RATIO.ZERO_AMOUNT, 'an adjustment of 0 changes nothing', { entryId: id });
    const entryId = idForCreate(caller, `finance-ratio.cost-adjustment:${id}`);
    const now = this.clock.now();
    const command: CostEntryCommand = {
      type: 'Record',
      entry: {
        entryId,
        category: original.category,
        amountMinor: amount.toString(),
        currency: original.currency,
        occurredOn: original.occurredOn,
        customerId: original.customerId,
        region: original.region,
        caseRef: original.caseRef,
        source: { kind: 'adjustment', eventType: 'finance-ratio.CostEntryRecorded', eventId: original.recordedEventId },
        adjusts: id,
        note: request.note,
        recordedBy: caller.user.id,
        recordedAt: now.toISOString(),
        cause: original.attribution.cause,
        salesRepId: original.attribution.salesRepId,
      },
    };
    return recordOnce(this.entries, caller, entryId, command, original.region, now);
  }
}

/** One ledger entry, from its own stream. */
@QueryHandler(GetCostEntry)
export class GetCostEntryHandler implements IQueryHandler<GetCostEntry> {
  constructor(@Inject(COST_ENTRIES) private readonly entries: CostEntries) {}

  execute({ caller, id }: GetCostEntry): Promise<CostEntryView> {
    return this.entries.get(caller.user.tenantId, id);
  }
}
