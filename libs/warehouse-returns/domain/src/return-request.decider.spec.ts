import { WAREHOUSE_RETURNS } from './errors';
import { ReturnRequestCommand, returnRequestDecider } from './return-request.decider';
import { errorOf, scenario, shanghai, single } from './testing-fixtures';

const ID = '0190f5c2-0000-7000-8000-0000000000e1';
/** Tuesday 3 March 2026, 10:00 in Shanghai. */
const OPENED_AT = new Date('2026-03-03T02:00:00.000Z');
/** The end of the fifth working day after it (Tuesday 10 March, 24:00 in Shanghai). */
const RESOLVE_BY = '2026-03-10T16:00:00.000Z';

const open: ReturnRequestCommand = { type: 'Open', returnRequestId: ID, region: 'cn-east', customerId: 'C-10086', subject: 'Pump leaks at the seal', openedBy: 'u-1', now: OPENED_AT, calendar: shanghai };
const close = (now: string): ReturnRequestCommand => ({ type: 'Close', returnRequestId: ID, resolution: 'Seal replaced', now: new Date(now) });
const missed = (now: string): ReturnRequestCommand => ({ type: 'MarkDeadlineMissed', returnRequestId: ID, obligation: 'resolve', now: new Date(now) });

describe('WR-1 return request decider: opened with a due time from the region\'s calendar, closed once', () => {
  const { given, when } = scenario(returnRequestDecider);

  it('opens a return request that owes its resolution by the end of the working day RESOLVE_WITHIN_WORKING_DAYS on', () => {
    const opened = single(when([], open), 'warehouse-returns.ReturnRequestOpened');
    expect(opened.data).toMatchObject({ returnRequestId: ID, openedAt: OPENED_AT.toISOString(), deadlines: [{ obligation: 'resolve', dueAt: RESOLVE_BY }], calendarVersion: shanghai.version });
    expect(given(open).state).toMatchObject({ status: 'open', obligations: [{ obligation: 'resolve', dueAt: RESOLVE_BY, state: 'open', responsibleId: 'u-1' }] });
  });

  it('refuses to open the same return request twice', () => {
    expect(errorOf(() => when([open], open))).toMatchObject({ code: WAREHOUSE_RETURNS.RETURN_REQUEST_EXISTS });
  });

  it('closes it, meeting the obligation on time or late', () => {
    expect(single(when([open], close('2026-03-05T02:00:00.000Z')), 'warehouse-returns.ReturnRequestClosed').data.late).toBe(false);
    expect(single(when([open], close('2026-03-11T02:00:00.000Z')), 'warehouse-returns.ReturnRequestClosed').data.late).toBe(true);
    expect(given(open, close('2026-03-05T02:00:00.000Z')).state).toMatchObject({ status: 'closed', obligations: [{ obligation: 'resolve', state: 'met' }] });
  });

  it('refuses a command its state does not allow, naming the state, and one on a return request that does not exist', () => {
    const refused = errorOf(() => when([open, close('2026-03-05T02:00:00.000Z')], close('2026-03-06T02:00:00.000Z')));
    expect(refused).toMatchObject({ code: WAREHOUSE_RETURNS.RETURN_REQUEST_IS.closed, details: { status: 'closed', command: 'close' } });
    expect(errorOf(() => when([], close('2026-03-05T02:00:00.000Z')))).toMatchObject({ code: WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND });
  });

  it('records a missed due time once, with the same event id every time, and never before it passes or after closing', () => {
    expect(when([open], missed('2026-03-10T15:59:59.000Z'))).toEqual([]);
    const first = single(when([open], missed('2026-03-11T01:00:00.000Z')), 'warehouse-returns.ReturnRequestDeadlineMissed');
    expect(first.data).toEqual({ returnRequestId: ID, obligation: 'resolve', dueAt: RESOLVE_BY, responsibleId: 'u-1' });
    expect(when([open], missed('2026-03-12T01:00:00.000Z'))[0].id).toBe(first.id);
    expect(when([open, missed('2026-03-11T01:00:00.000Z')], missed('2026-03-12T01:00:00.000Z'))).toEqual([]);
    expect(when([open, close('2026-03-05T02:00:00.000Z')], missed('2026-03-11T01:00:00.000Z'))).toEqual([]);
  });
});
