import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock, obligationsAt } from '@aftersales/eventsourcing';
import { Page } from '@aftersales/platform';
import { CapaView, QualityCaseView, owedDeadlines } from './case-view';
import { RepairOutcome, RepairOutcomes } from './dispatch-repair-outcomes';
import { CapaPageResponse, CapaResponseDto, CasePageResponse, CaseResponseDto } from './qa.response.dto';
import { ReturnInspectionView } from './inspection-view';
import { InspectionPageResponse, InspectionResponseDto } from './inspection.response.dto';

/**
 * A case as the API returns it: the view without store internals, its obligations seen at `now`
 * (whether a deadline has passed is a question of the time the view is read); typed by the
 * documented response class. `repair`: the on-site repair dispatch did for it (null before any).
 */
export function presentCase(view: QualityCaseView, now: Date, repair: RepairOutcome | null = null): CaseResponseDto {
  const { _id: _unusedId, _position: _unusedPosition, earliestOwedDueAt: _unusedOwed, ...rest } = view as QualityCaseView & { _position?: bigint };
  return { ...rest, ...obligationsAt(owedDeadlines(view), now), repair: repair ? presentRepair(repair) : null };
}

function presentRepair(repair: RepairOutcome): NonNullable<CaseResponseDto['repair']> {
  const { _id: _unusedId, _position: _unusedPosition, tenantId: _unusedTenant, caseId: _unusedCase, ...rest } = repair as RepairOutcome & { _position?: bigint };
  return rest;
}

/** Every QA endpoint's response: cases at the injected clock's time with their repair outcome, CAPAs without store internals. */
@Injectable()
export class QaPresenter {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly repairs: RepairOutcomes,
  ) {}

  async case(view: QualityCaseView): Promise<CaseResponseDto> {
    return presentCase(view, this.clock.now(), await this.repairs.forCase(view.tenantId, view.caseId));
  }

  async cases(page: Page<QualityCaseView>): Promise<CasePageResponse> {
    const repairs = await this.repairs.forCases(page.items[0]?.tenantId ?? '', page.items.map((v) => v.caseId));
    const now = this.clock.now();
    return { ...page, items: page.items.map((v) => presentCase(v, now, repairs.get(v.caseId) ?? null)) };
  }

  capa(view: CapaView): CapaResponseDto {
    const { _id: _unusedId, _position: _unusedPosition, ...rest } = view as CapaView & { _position?: bigint };
    return rest;
  }

  capas(page: Page<CapaView>): CapaPageResponse {
    return { ...page, items: page.items.map((v) => this.capa(v)) };
  }

  inspection(view: ReturnInspectionView): InspectionResponseDto {
    const { _id: _unusedId, _position: _unusedPosition, ...rest } = view as ReturnInspectionView & { _position?: bigint };
    return rest;
  }

  inspections(page: Page<ReturnInspectionView>): InspectionPageResponse {
    return { ...page, items: page.items.map((v) => this.inspection(v)) };
  }
}
