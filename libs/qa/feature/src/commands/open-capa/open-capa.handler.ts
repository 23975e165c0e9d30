import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InvalidStateError } from '@aftersales/eventsourcing';
import { eventMetadata, idForCreate } from '@aftersales/platform';
import { QA, capaRequired } from '@aftersales/qa-domain';
import { CapaView } from '../../case-view';
import { QaHandler } from '../../qa.aggregates';
import { OpenCapa } from './open-capa.command';

/**
 * QA-4: opens the CAPA, then links it to its case. The id comes from the Idempotency-Key when there
 * is one, so a retry after a crash between the two appends opens nothing new and completes the link.
 */
@CommandHandler(OpenCapa)
export class OpenCapaHandler extends QaHandler implements ICommandHandler<OpenCapa> {
  async execute({ caller, request }: OpenCapa): Promise<{ view: CapaView; replayed: boolean }> {
    const { user } = caller;
    const capaId = idForCreate(caller, 'qa.capa');
    const caseId = request.caseId.toLowerCase();
    const qualityCase = await this.cases.get(user.tenantId, caseId, user);
    if (qualityCase.status === 'cancelled') {
      throw new InvalidStateError(QA.CASE_IS.cancelled, `quality case ${caseId} is cancelled; cannot open a CAPA`, { caseId, status: qualityCase.status, command: 'open a CAPA' });
    }
    const { policy, digest } = this.contexts.loaded;
    const { determination, region } = qualityCase;
    const metadata = eventMetadata(caller, region);
    const opened = await this.capas.execute({
      id: capaId,
      tenantId: user.tenantId,
      command: {
        type: 'Open',
        capaId,
        caseId,
        complaintId: qualityCase.complaintId,
        plan: { department: request.department, ownerId: request.ownerId, dueOn: request.dueOn, correctiveAction: request.correctiveAction, preventiveAction: request.preventiveAction },
        required: determination !== null && capaRequired(policy, determination.responsibility === 'ours', qualityCase.severity),
        now: this.clock.now(),
        policy,
        policyDigest: digest,
        calendar: this.contexts.calendars.forRegion(region),
      },
      metadata,
      now: this.clock.now(),
    });
    await this.cases.execute({ id: caseId, tenantId: user.tenantId, command: { type: 'LinkCapa', caseId, capaId }, metadata, now: this.clock.now() });
    return { view: opened.view as CapaView, replayed: opened.events.length === 0 };
  }
}
