import { fold } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { loadCalendarRegistry } from '@aftersales/calendar';
import { DEFAULT_QA_POLICY_YAML, QualityCaseCommand, QualityCaseEvent, caseStream, parseQaPolicy, qualityCaseDecider } from '@aftersales/qa-domain';
import { QualityCaseView, applyCaseEvent } from './case-view';
import { presentCase } from './presentation';

const CASE = '0190f5c2-0000-7000-8000-0000000000b1';
const calendar = loadCalendarRegistry().forRegion('cn-east');
const context = { policy: parseQaPolicy(DEFAULT_QA_POLICY_YAML, 'default'), policyDigest: 'sha256:test', calendar };
const monthOf = (_region: string, instant: string) => calendar.localDate(new Date(instant)).slice(0, 7);

/** The view after each command, folded from the events the decider decided, with their times. */
function viewAfter(...steps: [QualityCaseCommand, string][]): QualityCaseView {
  const events: QualityCaseEvent[] = [];
  let view: QualityCaseView | null = null;
  for (const [command, at] of steps) {
    for (const e of qualityCaseDecider.decide(command, fold(qualityCaseDecider, events))) {
      events.push(e);
      view = applyCaseEvent(view, anEnvelope({ type: e.type, data: e.data, stream: caseStream(CASE), revision: BigInt(events.length - 1), occurredAt: at }), monthOf);
    }
  }
  if (!view) throw new Error('no case');
  return view;
}

const open: QualityCaseCommand = {
  type: 'Open',
  caseId: CASE,
  source: { kind: 'feedback_form', formRef: null },
  subject: {
    customerId: 'C-1',
    customerName: null,
    product: { model: 'PX-200', serialNumber: null, partNumber: null, contractNumber: null, productLine: null },
    category: 'performance',
    defectNature: 'leak',
    defectLocation: null,
    defectiveQuantity: 1,
    requestedResolution: null,
    description: null,
  },
  severity: 'minor',
  receivedAt: '2026-03-03T02:00:00.000Z',
  openedBy: 'sa-1',
  stakeholders: ['sa-1'],
  context,
};
const instruct = (now: string): [QualityCaseCommand, string] => [
  { type: 'InstructDepartments', caseId: CASE, instructions: [{ department: 'production', instruction: 'i' }], now: new Date(now), context },
  now,
];

describe('QA-3 the case view of deadlines', () => {
  it('a missed round of a department instructed again stays on record and owes nothing once the new round is met', () => {
    const view = viewAfter(
      [open, '2026-03-03T02:00:00.000Z'],
      [{ type: 'RecordOpinion', caseId: CASE, opinion: 'o', now: new Date('2026-03-03T03:00:00Z') }, '2026-03-03T03:00:00.000Z'],
      instruct('2026-03-03T04:00:00.000Z'),
      [{ type: 'MarkDeadlineMissed', caseId: CASE, obligation: 'solution:production', now: new Date('2026-03-05T16:00:00Z') }, '2026-03-05T16:00:00.000Z'],
      instruct('2026-03-06T02:00:00.000Z'),
      [
        { type: 'RecordFindings', caseId: CASE, department: 'production', findings: 'f', solution: null, preventiveMeasures: null, evidenceRefs: [], recordedBy: 'p', now: new Date('2026-03-06T03:00:00Z') },
        '2026-03-06T03:00:00.000Z',
      ],
    );
    expect(view.deadlines).toEqual([
      { obligation: 'qa_opinion', dueAt: '2026-03-04T16:00:00.000Z', state: 'met' },
      { obligation: 'solution:production', dueAt: '2026-03-05T16:00:00.000Z', state: 'missed' },
      { obligation: 'solution:production', dueAt: '2026-03-10T16:00:00.000Z', state: 'met' },
    ]);
    expect(view.nextDueAt).toBeNull();
  });

  it('QA-3 a missed opinion is owed but not next: nextDueAt is the open solution, and the case reads overdue at the clock', () => {
    const view = viewAfter(
      [open, '2026-03-03T02:00:00.000Z'],
      instruct('2026-03-03T04:00:00.000Z'),
      [{ type: 'MarkDeadlineMissed', caseId: CASE, obligation: 'qa_opinion', now: new Date('2026-03-04T16:00:00Z') }, '2026-03-04T16:00:00.000Z'],
    );
    expect(view).toMatchObject({ nextDueAt: '2026-03-05T16:00:00.000Z', earliestOwedDueAt: '2026-03-04T16:00:00.000Z' });
    expect(presentCase(view, new Date('2026-03-05T00:00:00Z'))).toMatchObject({ overdue: true, nextDueAt: '2026-03-05T16:00:00.000Z' });
    expect(presentCase(view, new Date('2026-03-05T16:00:00Z'))).toMatchObject({ overdue: true, nextDueAt: null });
    expect(presentCase(view, new Date('2026-03-05T00:00:00Z'))).not.toHaveProperty('earliestOwedDueAt');
  });

  it('a severity change moves only the round still owed', () => {
    const view = viewAfter(
      [open, '2026-03-03T02:00:00.000Z'],
      instruct('2026-03-03T04:00:00.000Z'),
      [{ type: 'MarkDeadlineMissed', caseId: CASE, obligation: 'solution:production', now: new Date('2026-03-05T16:00:00Z') }, '2026-03-05T16:00:00.000Z'],
      instruct('2026-03-06T02:00:00.000Z'),
      [{ type: 'ChangeSeverity', caseId: CASE, severity: 'severe', reason: 'r', context }, '2026-03-06T03:00:00.000Z'],
    );
    const solutions = view.deadlines.filter((d) => d.obligation === 'solution:production');
    expect(solutions[0]).toEqual({ obligation: 'solution:production', dueAt: '2026-03-05T16:00:00.000Z', state: 'missed' });
    expect(solutions[1].state).toBe('open');
    // The opinion, still owed, moved to the severe deadline (2 working days from receipt).
    expect(view.deadlines[0]).toEqual({ obligation: 'qa_opinion', dueAt: '2026-03-05T16:00:00.000Z', state: 'open' });
  });
});
