import { EventEnvelope, IntegrationEvent } from '@aftersales/eventsourcing';
import {
  QualityCostChargedV1,
  ReturnBookedInV1,
  ReturnGoodsReceivedV1,
  ReturnRequestApprovedV1,
  ReturnRequestOpenedV1,
  ReturnRequestRefusedV1,
  WarehouseReturnsIntegrationEventTypes as T,
} from '@aftersales/contracts';
import { ReturnRequestEvent } from '@aftersales/warehouse-returns-domain';

/**
 * What warehouse-returns publishes of its domain events (libs/contracts warehouse-returns v1), for the
 * relay. Signatures, lines, transport and the ratio check stay private: publish only what another
 * context needs, within its contract.
 */
export function toWarehouseReturnsIntegrationEvent(envelope: EventEnvelope): IntegrationEvent | null {
  const event = { type: envelope.type, data: envelope.data } as ReturnRequestEvent;
  switch (event.type) {
    case 'warehouse-returns.ReturnRequestOpened': {
      const d = event.data;
      const data: ReturnRequestOpenedV1 = { returnRequestId: d.returnRequestId, customerId: d.customerId, reason: d.reason, caseId: d.source.kind === 'qa_disposition' ? d.source.caseId : null, openedAt: d.openedAt };
      return { type: T.ReturnRequestOpened, data };
    }
    case 'warehouse-returns.ReturnRequestApproved': {
      const d = event.data;
      const data: ReturnRequestApprovedV1 = { returnRequestId: d.returnRequestId, customerId: d.customerId, reason: d.reason, caseId: d.caseId, approvedAt: d.at };
      return { type: T.ReturnRequestApproved, data };
    }
    case 'warehouse-returns.ReturnRequestRefused': {
      const d = event.data;
      const data: ReturnRequestRefusedV1 = { returnRequestId: d.returnRequestId, customerId: d.customerId, caseId: d.caseId, kind: d.kind, explanation: d.explanation, exceptionPossible: d.exceptionPossible, refusedAt: d.at };
      return { type: T.ReturnRequestRefused, data };
    }
    // rule QA-6: the counted goods go to QA for inspection
    case 'warehouse-returns.GoodsCounted': {
      const d = event.data;
      const data: ReturnGoodsReceivedV1 = {
        returnRequestId: d.returnRequestId,
        customerId: d.customerId,
        reason: d.reason,
        caseId: d.caseId,
        lines: d.lines.map((l) => ({ lineId: l.lineId, sku: l.sku, serialNumberAuthorised: l.serialNumberAuthorised, serialNumberReceived: l.serialNumberReceived, quantityReceived: l.quantityReceived })),
        receivedAt: d.at,
      };
      return { type: T.ReturnGoodsReceived, data };
    }
    // rule WR-6: the receipt note's quantities and amounts, for finance the same day
    case 'warehouse-returns.ReturnBookedIn': {
      const d = event.data;
      const data: ReturnBookedInV1 = { returnRequestId: d.returnRequestId, customerId: d.customerId, reason: d.reason, receiptNoteNumber: d.receiptNoteNumber, lines: d.lines, costsBorneBy: d.costsBorneBy, bookedAt: d.bookedAt, caseId: d.caseId ?? null };
      return { type: T.ReturnBookedIn, data };
    }
    case 'warehouse-returns.QualityCostCharged': {
      const { returnRequestId, lineId, customerId, chargedTo, currency, amountMinor, reason, chargedAt } = event.data;
      const data: QualityCostChargedV1 = { returnRequestId, lineId, customerId, chargedTo, currency, amountMinor, reason, chargedAt };
      return { type: T.QualityCostCharged, data };
    }
    default:
      return null;
  }
}
