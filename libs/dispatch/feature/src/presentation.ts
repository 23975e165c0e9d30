import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock, obligationsAt } from '@aftersales/eventsourcing';
import { Page } from '@aftersales/platform';
import { WorkOrderView } from './work-order-view';
import { TechnicianView } from './technician-view';
import { OutletView } from './outlet-view';
import { OutletPageResponse, OutletResponseDto, PublicOutletPageResponse, PublicOutletResponse } from './outlet.response.dto';
import { TechnicianPageResponse, TechnicianResponseDto, WorkOrderPageResponse, WorkOrderResponseDto } from './work-order.response.dto';

/** A work order as the API returns it: the view without store internals, typed by the documented response class. */
export type WorkOrderResponse = WorkOrderResponseDto;

/** `now` from the injected clock: whether a deadline has passed is a question of the time the view is read. */
export function present(view: WorkOrderView, now: Date): WorkOrderResponse {
  const { _id: _unusedId, _position: _unusedPosition, earliestOwedDueAt: _unusedOwed, ...rest } = view as WorkOrderView & { _position?: bigint };
  const owed = view.deadlines.flatMap((d) => (d.state === 'open' || d.state === 'missed' ? [{ dueAt: d.dueAt, state: d.state }] : []));
  return { ...rest, ...obligationsAt(owed, now) };
}

export function presentTechnician(view: TechnicianView): TechnicianResponseDto {
  const { _id: _unusedId, _position: _unusedPosition, tenantProductLines: _unusedKeys, ...rest } = view as TechnicianView & { _position?: bigint };
  return rest;
}

/** Every work order endpoint's response, at the clock's time. */
@Injectable()
export class WorkOrderPresenter {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  one(view: WorkOrderView): WorkOrderResponseDto {
    return present(view, this.clock.now());
  }

  page(page: Page<WorkOrderView>): WorkOrderPageResponse {
    const now = this.clock.now();
    return { ...page, items: page.items.map((v) => present(v, now)) };
  }

  technician(view: TechnicianView): TechnicianResponseDto {
    return presentTechnician(view);
  }

  technicians(page: Page<TechnicianView>): TechnicianPageResponse {
    return { ...page, items: page.items.map(presentTechnician) };
  }

  outlet(view: OutletView): OutletResponseDto {
    const { _id: _unusedId, _position: _unusedPosition, ...rest } = view as OutletView & { _position?: bigint };
    return rest;
  }

  outlets(page: Page<OutletView>): OutletPageResponse {
    return { ...page, items: page.items.map((v) => this.outlet(v)) };
  }

  /** What customers see: the published fields only. */
  publicOutlets(page: Page<OutletView>): PublicOutletPageResponse {
    const items: PublicOutletResponse[] = page.items.map(({ outletId, name, region, scopes, address, contactPhone, openingHours }) => ({ outletId, name, region, scopes, address, contactPhone, openingHours }));
    return { ...page, items };
  }
}
