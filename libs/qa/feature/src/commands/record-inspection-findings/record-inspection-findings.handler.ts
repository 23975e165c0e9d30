import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, NotFoundError } from '@aftersales/eventsourcing';
import { executeFor } from '@aftersales/platform';
import { ReturnInspectionCommand } from '@aftersales/qa-domain';
import { ReturnInspectionView } from '../../inspection-view';
import { CAPAS, Capas, Inspections, RETURN_INSPECTIONS } from '../../qa.aggregates';
import { RecordInspectionFindings } from './record-inspection-findings.command';

/**
 * QA-6: the inspector's findings. The case of each CAPA a finding names is read first (QA's CAPA
 * stream), so the decider can check that the CAPA follows the case the return came from (QA-4).
 */
@CommandHandler(RecordInspectionFindings)
export class RecordInspectionFindingsHandler implements ICommandHandler<RecordInspectionFindings> {
  constructor(
    @Inject(RETURN_INSPECTIONS) private readonly inspections: Inspections,
    @Inject(CAPAS) private readonly capas: Capas,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ caller, id, request }: RecordInspectionFindings): Promise<ReturnInspectionView> {
    const capaIds = [...new Set(request.findings.flatMap((f) => (f.capaId ? [f.capaId.toLowerCase()] : [])))];
    const capaCases = Object.fromEntries(await Promise.all(capaIds.map(async (capaId) => [capaId, await this.caseOfCapa(caller.user.tenantId, capaId)] as const)));
    const command = ({ view }: { view: ReturnInspectionView }): ReturnInspectionCommand => ({
      type: 'RecordFindings',
      inspectionId: view.inspectionId,
      findings: request.findings.map((f) => ({
        lineId: f.lineId,
        finding: f.finding,
        responsibleDepartment: f.responsibleDepartment ?? null,
        responsiblePerson: f.responsiblePerson ?? null,
        note: f.note ?? null,
        capaId: f.capaId ? f.capaId.toLowerCase() : null,
      })),
      capaCases,
      recordedBy: caller.user.id,
    });
    return executeFor(this.inspections, caller, id, command, this.clock.now());
  }

  /** The case a CAPA of this tenant belongs to; null when there is none. */
  private caseOfCapa(tenantId: string, capaId: string): Promise<string | null> {
    return this.capas.get(tenantId, capaId).then(
      (view) => view.caseId,
      (err: unknown) => {
        if (err instanceof NotFoundError) return null;
        throw err;
      },
    );
  }
}
