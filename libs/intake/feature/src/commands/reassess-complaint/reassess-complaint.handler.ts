import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommand, FactCorrections } from '@aftersales/intake-domain';
import { ApiError, VALIDATION_FAILED } from '@aftersales/platform';
import { ComplaintCommandHandler, ComplaintView } from '../../use-case-kit';
import { ReassessComplaint } from './reassess-complaint.command';
import { reassessmentFieldErrors } from './reassess-complaint.request.dto';

/** IN-3..IN-5: a supervisor re-runs the policy on corrected evidence, or overrides its outcome with a justification. */
@CommandHandler(ReassessComplaint)
export class ReassessComplaintHandler extends ComplaintCommandHandler<ReassessComplaint> {
  override execute(message: ReassessComplaint): Promise<ComplaintView> {
    // What only the whole body can judge is refused before the complaint is read (nothing is recorded).
    const refused = reassessmentFieldErrors(message.request);
    if (refused.length > 0) throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', refused);
    return super.execute(message);
  }

  decide({ id, request }: ReassessComplaint, current: ComplaintView): ComplaintCommand {
    const given = request.corrections;
    const corrections: FactCorrections = Object.fromEntries(
      Object.entries({
        suspectedCause: given?.suspectedCause,
        usedAsInstructed: given?.usedAsInstructed,
        warrantyCard: given?.warrantyCard ? { months: given.warrantyCard.months } : undefined,
        deadOnArrival: given?.deadOnArrival
          ? { testReportRef: given.deadOnArrival.testReportRef ?? null, packagingIntact: given.deadOnArrival.packagingIntact, appearanceIntact: given.deadOnArrival.appearanceIntact }
          : undefined,
      }).filter(([, v]) => v !== undefined),
    );
    const override = request.override ? { kind: request.override.kind, justification: request.override.justification } : null;
    return { type: 'Reassess', complaintId: id, corrections, override, reason: request.reason ?? null, context: this.contexts.forRegion(current.region) };
  }
}
