import { DomainError, InvalidStateError, NotFoundError } from '@aftersales/eventsourcing';
import { LineFinding, ReturnInspectionCommand, inspectionIdForReturn, returnInspectionDecider } from './return-inspection.decider';
import { errorOf, scenario, single } from './testing-fixtures';

type Cmd = ReturnInspectionCommand;
type Of<T extends Cmd['type']> = Extract<Cmd, { type: T }>;

const { given, when } = scenario(returnInspectionDecider);

const RETURN = '0190f5c2-0000-7000-8000-0000000000b1';
const INSPECTION = inspectionIdForReturn('acme', RETURN);
const CASE = '0190f5c2-0000-7000-8000-0000000000a1';
const CAPA = '0190f5c2-0000-7000-8000-0000000000c1';
const NOW = new Date('2026-03-05T03:00:00.000Z');

const open = (extra: Partial<Of<'Open'>> = {}): Cmd => ({
  type: 'Open',
  inspectionId: INSPECTION,
  returnRequestId: RETURN,
  caseId: CASE,
  customerId: 'C-1',
  reason: 'quality',
  lines: [
    { lineId: 'L1', sku: 'PX-200', serialNumberAuthorised: 'SN-1', serialNumberReceived: 'SN-1', quantityReceived: 1 },
    { lineId: 'L2', sku: 'PX-300', serialNumberAuthorised: null, serialNumberReceived: null, quantityReceived: 4 },
  ],
  receivedAt: '2026-03-04T08:00:00.000Z',
  cause: 'evt-1',
  ...extra,
});

const finding = (lineId: string, overrides: Partial<LineFinding> = {}): LineFinding => ({
  lineId,
  finding: 'quality_intact',
  responsibleDepartment: null,
  responsiblePerson: null,
  note: null,
  capaId: null,
  ...overrides,
});
const defect = (lineId: string, overrides: Partial<LineFinding> = {}) => finding(lineId, { finding: 'defect_confirmed', responsibleDepartment: 'production', responsiblePerson: 'prod-lead-1', ...overrides });
const damage = (lineId: string, note: string | null = 'housing cracked by a forklift; packaging crushed') => finding(lineId, { finding: 'customer_damage', note });

const record = (findings: LineFinding[], capaCases: Record<string, string | null> = {}): Cmd => ({ type: 'RecordFindings', inspectionId: INSPECTION, findings, capaCases, recordedBy: 'qa-1' });
const complete = (verdict: 'signed' | 'refused', reason: string | null = null): Cmd => ({ type: 'Complete', inspectionId: INSPECTION, verdict, reason, inspectedBy: 'qa-1', now: NOW });

describe('return inspection decider (QA-6)', () => {
  it('QA-6 the received goods open one inspection per return request; the same receipt again opens nothing', () => {
    const opened = single(when([], open()), 'qa.ReturnInspectionOpened');
    expect(opened.data).toMatchObject({ inspectionId: INSPECTION, returnRequestId: RETURN, caseId: CASE, reason: 'quality', cause: 'evt-1' });
    expect(when([open()], open({ cause: 'evt-2' }))).toEqual([]);
    expect(inspectionIdForReturn('acme', RETURN)).toBe(INSPECTION);
    expect(inspectionIdForReturn('globex', RETURN)).not.toBe(INSPECTION);
  });

  it('QA-6 records a finding per line; the same finding again records nothing, a changed one is recorded', () => {
    const recorded = single(when([open()], record([finding('L1'), defect('L2')])), 'qa.ReturnFindingsRecorded');
    expect(recorded.data.findings.map((f) => f.lineId)).toEqual(['L1', 'L2']);
    expect(when([open(), record([finding('L1'), defect('L2')])], record([finding('L1'), defect('L2')]))).toEqual([]);
    const changed = single(when([open(), record([finding('L1'), defect('L2')])], record([finding('L1'), finding('L2', { finding: 'not_resalable' })])), 'qa.ReturnFindingsRecorded');
    expect(changed.data.findings).toEqual([finding('L2', { finding: 'not_resalable' })]);
  });

  it('QA-6 a confirmed defect names the responsible department and person; no other finding names one', () => {
    const missing = errorOf(() => when([open()], record([defect('L1', { responsiblePerson: null })])));
    expect(missing).toBeInstanceOf(DomainError);
    expect(missing).toMatchObject({ code: 'QA.RESPONSIBLE_PARTY_REQUIRED', details: { field: 'findings[0].responsiblePerson' } });
    expect(errorOf(() => when([open()], record([finding('L1'), finding('L2', { responsibleDepartment: 'sales' })])))).toMatchObject({
      code: 'QA.RESPONSIBLE_PARTY_NOT_APPLICABLE',
      details: { field: 'findings[1].responsibleDepartment' },
    });
  });

  it('QA-6 customer damage is written down: a finding without its note is refused', () => {
    expect(errorOf(() => when([open()], record([damage('L1', null)])))).toMatchObject({ code: 'QA.DAMAGE_REASON_REQUIRED', details: { field: 'findings[0].note' } });
    expect(errorOf(() => when([open()], record([damage('L1', '  ')])))).toMatchObject({ code: 'QA.DAMAGE_REASON_REQUIRED' });
  });

  it('QA-6 a finding names only lines of the return, each once', () => {
    expect(errorOf(() => when([open()], record([finding('L9')])))).toMatchObject({ code: 'QA.INSPECTION_LINE_UNKNOWN', details: { lineIds: ['L1', 'L2'] } });
    expect(errorOf(() => when([open()], record([finding('L1'), finding('L1')])))).toMatchObject({ code: 'QA.INSPECTION_LINE_REPEATED', details: { field: 'findings[1].lineId' } });
  });

  it('QA-6 / QA-4 a CAPA follows a confirmed defect on the case the return came from', () => {
    const linked = single(when([open()], record([defect('L1', { capaId: CAPA })], { [CAPA]: CASE })), 'qa.ReturnFindingsRecorded');
    expect(linked.data.findings[0].capaId).toBe(CAPA);
    const refusals = [
      when.bind(null, [open()], record([finding('L1', { capaId: CAPA })], { [CAPA]: CASE })),
      when.bind(null, [open()], record([defect('L1', { capaId: CAPA })], { [CAPA]: null })),
      when.bind(null, [open()], record([defect('L1', { capaId: CAPA })], { [CAPA]: '0190f5c2-0000-7000-8000-0000000000a9' })),
      when.bind(null, [open({ caseId: null })], record([defect('L1', { capaId: CAPA })], { [CAPA]: CASE })),
    ];
    for (const refused of refusals) expect(errorOf(refused)).toMatchObject({ code: 'QA.INSPECTION_CAPA_NOT_LINKABLE', details: { field: 'findings[0].capaId' } });
  });

  it('QA-6 signs when every line has a finding and none is customer damage: the findings travel with the signature', () => {
    const done = single(when([open(), record([finding('L1'), defect('L2')])], complete('signed')), 'qa.ReturnInspectionCompleted');
    expect(done.data).toMatchObject({ verdict: 'signed', reason: null, returnRequestId: RETURN, caseId: CASE, inspectedAt: NOW.toISOString(), inspectedBy: 'qa-1' });
    expect(done.data.findings).toEqual([finding('L1'), defect('L2')]);
  });

  it('QA-6 completes only with a finding on every line', () => {
    const refused = errorOf(() => when([open(), record([finding('L1')])], complete('signed')));
    expect(refused).toBeInstanceOf(InvalidStateError);
    expect(refused).toMatchObject({ code: 'QA.FINDINGS_INCOMPLETE', details: { missing: ['L2'] } });
  });

  it('QA-6 customer damage: QA refuses to sign, with the written reason; it cannot sign, nor refuse without damage', () => {
    const history = [open(), record([finding('L1'), damage('L2')])];
    const done = single(when(history, complete('refused', 'L2 was damaged in the customer\'s handling: the return is refused')), 'qa.ReturnInspectionCompleted');
    expect(done.data).toMatchObject({ verdict: 'refused', reason: 'L2 was damaged in the customer\'s handling: the return is refused' });
    expect(errorOf(() => when(history, complete('signed')))).toMatchObject({ code: 'QA.VERDICT_CONTRADICTS_FINDINGS', details: { damaged: ['L2'] } });
    expect(errorOf(() => when(history, complete('refused', null)))).toMatchObject({ code: 'QA.REFUSAL_REASON_REQUIRED', details: { field: 'reason' } });
    expect(errorOf(() => when([open(), record([finding('L1'), finding('L2')])], complete('refused', 'r')))).toMatchObject({ code: 'QA.VERDICT_CONTRADICTS_FINDINGS' });
  });

  it('QA-6 a completed inspection records nothing more; an unknown one is not found', () => {
    const history = [open(), record([finding('L1'), finding('L2')]), complete('signed')];
    expect(given(...history).state.status).toBe('signed');
    expect(errorOf(() => when(history, record([defect('L1')])))).toMatchObject({ code: 'QA.INSPECTION_IS_COMPLETED', details: { status: 'signed' } });
    expect(errorOf(() => when(history, complete('signed')))).toMatchObject({ code: 'QA.INSPECTION_IS_COMPLETED' });
    expect(errorOf(() => when([], complete('signed')))).toBeInstanceOf(NotFoundError);
  });
});
