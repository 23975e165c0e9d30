import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiError, IDEMPOTENCY, VALIDATION_FAILED, canonicalJson, eventMetadata, idForCreate } from '@aftersales/platform';
import { QualityCaseOpened } from '@aftersales/qa-domain';
import { QualityCaseView } from '../../case-view';
import { QaHandler } from '../../qa.aggregates';
import { OpenCase } from './open-case.command';

/** Paper forms older than this are not entered as open cases (their deadlines passed long ago). */
export const MAX_BACKFILL_DAYS = 366;

type Form = Pick<QualityCaseOpened['data'], 'source' | 'subject' | 'severity' | 'receivedAt' | 'stakeholders'> & { region: string };
const formOf = (c: Form) => canonicalJson({ region: c.region, source: c.source, subject: c.subject, severity: c.severity, receivedAt: c.receivedAt, stakeholders: c.stakeholders });

/** QA-1: a written quality feedback form entered by hand (accepted complaints open their case themselves). */
@CommandHandler(OpenCase)
export class OpenCaseHandler extends QaHandler implements ICommandHandler<OpenCase> {
  async execute({ caller, request }: OpenCase): Promise<{ view: QualityCaseView; replayed: boolean }> {
    this.contexts.requireRegion(request.region);
    const receivedAt = new Date(request.receivedAt).getTime();
    const now = this.clock.now().getTime();
    if (receivedAt > now || receivedAt < now - MAX_BACKFILL_DAYS * 86_400_000) {
      const [code, message] = receivedAt > now ? ['in_future', 'receivedAt must not be in the future'] : ['too_old', `receivedAt must be within the last ${MAX_BACKFILL_DAYS} days`];
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [{ field: 'receivedAt', code, message }]);
    }
    const { user } = caller;
    const caseId = idForCreate(caller, 'qa.case');
    const command = {
      type: 'Open' as const,
      caseId,
      source: { kind: 'feedback_form' as const, formRef: request.formRef ?? null },
      subject: {
        customerId: request.customerId,
        customerName: request.customerName ?? null,
        product: {
          model: request.product.model,
          serialNumber: request.product.serialNumber ?? null,
          partNumber: request.product.partNumber ?? null,
          contractNumber: request.product.contractNumber ?? null,
          productLine: request.product.productLine ?? null,
        },
        category: request.category,
        defectNature: request.defectNature,
        defectLocation: request.defectLocation ?? null,
        defectiveQuantity: request.defectiveQuantity,
        requestedResolution: request.requestedResolution ?? null,
        description: request.description ?? null,
      },
      severity: request.severity,
      receivedAt: new Date(request.receivedAt).toISOString(),
      openedBy: user.id,
      stakeholders: [...new Set([user.id, ...(request.salesRepId ? [request.salesRepId] : [])])],
      context: this.contexts.forRegion(request.region),
    };
    if (caller.idempotencyKey) {
      const { envelopes, current } = await this.cases.read(user.tenantId, caseId);
      if (current.view) {
        // The first attempt stored the case and crashed before its response was kept: the same form
        // gets that case; another form under the same key is refused, as the interceptor would.
        const stored = { ...(envelopes[0].data as QualityCaseOpened['data']), region: envelopes[0].region };
        if (formOf(stored) !== formOf({ ...command, region: request.region })) {
          throw ApiError.unprocessable(IDEMPOTENCY.KEY_REUSED, 'this Idempotency-Key was used for another feedback form');
        }
        return { view: current.view, replayed: true };
      }
    }
    const { view } = await this.cases.execute({
      id: caseId,
      tenantId: user.tenantId,
      command,
      metadata: eventMetadata(caller, request.region),
      now: this.clock.now(),
      expectedRevision: 'no_stream',
    });
    return { view: view as QualityCaseView, replayed: false };
  }
}
