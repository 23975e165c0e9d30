import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { Caller, LoadedPolicy, eventMetadata } from '@aftersales/platform';
import { FinanceRatioPolicy, PurchaseDocument, PurchaseOutcome, PurchaseSource, customerAccountId } from '@aftersales/finance-ratio-domain';
import { CUSTOMERS, Customers } from '../customer-ratio.aggregate';
import { FINANCE_RATIO_POLICY } from '../finance-ratio-policy.provider';

export interface DocumentOutcome {
  readonly customerId: string;
  readonly documentNumber: string;
  readonly outcome: PurchaseOutcome;
}

/**
 * Records checked purchase documents, one append per customer (a customer's documents are
 * recorded together or not at all; a retry of the whole batch records only what is missing, as a
 * document seen before with the same contents records nothing).
 */
@Injectable()
export class PurchaseRecorder {
  constructor(
    @Inject(CUSTOMERS) private readonly customers: Customers,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FINANCE_RATIO_POLICY) private readonly policy: LoadedPolicy<FinanceRatioPolicy>,
  ) {}

  async record(caller: Caller, byCustomer: ReadonlyMap<string, readonly PurchaseDocument[]>, source: PurchaseSource): Promise<DocumentOutcome[]> {
    const outcomes: DocumentOutcome[] = [];
    for (const [customerId, documents] of byCustomer) {
      const accountId = customerAccountId(caller.user.tenantId, customerId);
      const now = this.clock.now();
      const { events } = await this.customers.execute({
        id: accountId,
        tenantId: caller.user.tenantId,
        command: { type: 'RecordPurchases', accountId, customerId, documents, source, policy: this.policy.policy, now },
        metadata: { ...eventMetadata(caller, documents[documents.length - 1].region), policyVersion: this.policy.version },
        now,
      });
      const changed = new Map<string, PurchaseOutcome>();
      for (const e of events) {
        if (e.type === 'finance-ratio.PurchaseRecorded') changed.set(e.data.document.documentNumber, 'recorded');
        if (e.type === 'finance-ratio.PurchaseCorrected') changed.set(e.data.document.documentNumber, 'corrected');
      }
      const seen = new Set<string>();
      for (const d of documents) {
        if (seen.has(d.documentNumber)) continue;
        seen.add(d.documentNumber);
        outcomes.push({ customerId, documentNumber: d.documentNumber, outcome: changed.get(d.documentNumber) ?? 'unchanged' });
      }
    }
    return outcomes;
  }
}
