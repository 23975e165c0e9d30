import { DeadlineOutcome, MonthlyReportInput, ReportCapa, ReportCase, monthlyReport, monthlyReportCsv, previousMonthOf } from './monthly-report';

/** The end of 31 March 2026 in Shanghai. */
const END_OF_MARCH = '2026-03-31T16:00:00.000Z';
/** The same instant in each region of these specs (both Chinese, one time zone). */
const everywhere = (iso: string) => ({ 'cn-east': new Date(iso), 'cn-north': new Date(iso) });

let seq = 0;
const reportCase = (overrides: Partial<ReportCase> = {}): ReportCase => ({
  caseId: `case-${++seq}`,
  region: 'cn-east',
  receivedMonth: '2026-03',
  severity: 'minor',
  responsibility: null,
  ourCause: null,
  model: 'PX-200',
  defectNature: 'scratch',
  deadlines: [],
  ...overrides,
});
const deadline = (state: DeadlineOutcome, dueAt = '2026-03-10T16:00:00.000Z', obligation = 'qa_opinion') => ({ obligation, dueAt, state });
const capa = (overrides: Partial<ReportCapa> = {}): ReportCapa => ({
  capaId: `capa-${++seq}`,
  region: 'cn-east',
  openedMonth: '2026-03',
  status: 'open',
  closedMonth: null,
  dueAt: '2026-04-30T16:00:00.000Z',
  ...overrides,
});
const input = (overrides: Partial<MonthlyReportInput> = {}): MonthlyReportInput => ({
  month: '2026-03',
  region: null,
  cases: [],
  previousCases: [],
  capas: [],
  asOfByRegion: everywhere(END_OF_MARCH),
  ...overrides,
});

/** March 2026: five cases over two regions, with every deadline outcome once. */
const march: ReportCase[] = [
  reportCase({ severity: 'severe', responsibility: 'ours', ourCause: 'technical', model: 'PX-200', defectNature: 'scratch', deadlines: [deadline('met')] }),
  reportCase({
    responsibility: 'ours',
    ourCause: 'production_equipment',
    model: 'PX-200',
    defectNature: 'scratch',
    deadlines: [deadline('met_late'), deadline('missed', '2026-03-12T16:00:00.000Z', 'solution:production')],
  }),
  reportCase({ region: 'cn-north', responsibility: 'customer_cause', model: 'PX-300', defectNature: 'dent', deadlines: [deadline('open', '2026-03-20T16:00:00.000Z')] }),
  reportCase({
    region: 'cn-north',
    severity: 'severe',
    model: 'PX-200',
    defectNature: 'noise',
    deadlines: [deadline('open', '2026-04-01T16:00:00.000Z'), deadline('cancelled', '2026-03-25T16:00:00.000Z', 'solution:engineering')],
  }),
  reportCase({ responsibility: 'not_our_product', model: 'PX-400', defectNature: 'scratch' }),
];
/** February 2026: three cases. */
const february: ReportCase[] = [
  reportCase({ receivedMonth: '2026-02', model: 'PX-200', defectNature: 'scratch' }),
  reportCase({ receivedMonth: '2026-02', model: 'PX-300', defectNature: 'dent' }),
  reportCase({ receivedMonth: '2026-02', model: 'PX-300', defectNature: 'noise' }),
];

describe('monthly report (QA-7)', () => {
  const report = monthlyReport(input({ cases: march, previousCases: february }));

  it('QA-7 names the month, the month before and the instant it looks from', () => {
    expect(report).toMatchObject({ month: '2026-03', previousMonth: '2026-02', region: null, asOf: null });
    expect(report.asOfByRegion).toEqual({ 'cn-east': END_OF_MARCH, 'cn-north': END_OF_MARCH });
    expect(monthlyReport(input({ region: 'cn-east', asOfByRegion: { 'cn-east': new Date(END_OF_MARCH) } }))).toMatchObject({ region: 'cn-east', asOf: END_OF_MARCH });
  });

  it('QA-7 complaint rate trend: this month, the month before and the change', () => {
    expect(report.cases).toMatchObject({ total: 5, previousTotal: 3, change: 2 });
    expect(monthlyReport(input({ cases: march.slice(0, 1), previousCases: february })).cases.change).toBe(-2);
  });

  it('QA-7 counts by determination, undetermined included', () => {
    expect(report.cases.byDetermination).toEqual({ ours: 2, human_factor: 0, customer_cause: 1, not_our_product: 1, undetermined: 1 });
  });

  it('QA-2 / QA-7 counts our causes by kind', () => {
    expect(report.cases.byOurCause).toEqual({ technical: 1, production_equipment: 1, management: 0 });
  });

  it('QA-7 counts by severity', () => {
    expect(report.cases.bySeverity).toEqual({ minor: 3, severe: 2 });
  });

  it('QA-7 counts by product, defect and region, most first and equal counts by key', () => {
    expect(report.cases.byProduct).toEqual([
      { key: 'PX-200', count: 3 },
      { key: 'PX-300', count: 1 },
      { key: 'PX-400', count: 1 },
    ]);
    expect(report.cases.byDefectNature).toEqual([
      { key: 'scratch', count: 3 },
      { key: 'dent', count: 1 },
      { key: 'noise', count: 1 },
    ]);
    expect(report.cases.byRegion).toEqual([
      { key: 'cn-east', count: 3 },
      { key: 'cn-north', count: 2 },
    ]);
  });

  it('QA-7 hot spots carry the month before and the change', () => {
    expect(report.hotSpots.products).toEqual([
      { key: 'PX-200', count: 3, previous: 1, change: 2 },
      { key: 'PX-300', count: 1, previous: 2, change: -1 },
      { key: 'PX-400', count: 1, previous: 0, change: 1 },
    ]);
    expect(report.hotSpots.defects).toEqual([
      { key: 'scratch', count: 3, previous: 1, change: 2 },
      { key: 'dent', count: 1, previous: 1, change: 0 },
      { key: 'noise', count: 1, previous: 1, change: 0 },
    ]);
  });

  it('QA-7 hot spots are the top 5; the rest are only in the full counts', () => {
    const models = ['A', 'A', 'A', 'B', 'B', 'C', 'C', 'G', 'F', 'E', 'D'];
    const previous = ['A', 'C', 'C', 'C', 'C', 'Z', 'Z'];
    const r = monthlyReport(
      input({
        cases: models.map((model) => reportCase({ model })),
        previousCases: previous.map((model) => reportCase({ receivedMonth: '2026-02', model })),
      }),
    );
    expect(r.hotSpots.products).toEqual([
      { key: 'A', count: 3, previous: 1, change: 2 },
      { key: 'B', count: 2, previous: 0, change: 2 },
      { key: 'C', count: 2, previous: 4, change: -2 },
      { key: 'D', count: 1, previous: 0, change: 1 },
      { key: 'E', count: 1, previous: 0, change: 1 },
    ]);
    expect(r.cases.byProduct.map((e) => e.key)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  });

  describe('QA-3 deadline compliance', () => {
    it('counts each outcome; open deadlines are overdue or not by asOf', () => {
      expect(report.deadlines).toEqual({ total: 6, metOnTime: 1, metLate: 1, missed: 1, openOverdue: 1, openNotDue: 1, cancelled: 1, complianceRate: 0.25 });
    });

    it('an open deadline is overdue once asOf reaches its due time, not before', () => {
      const cases = [reportCase({ deadlines: [deadline('open', '2026-03-20T16:00:00.000Z')] })];
      expect(monthlyReport(input({ cases, asOfByRegion: everywhere('2026-03-20T15:59:59.999Z') })).deadlines).toMatchObject({
        openOverdue: 0,
        openNotDue: 1,
        complianceRate: null,
      });
      expect(monthlyReport(input({ cases, asOfByRegion: everywhere('2026-03-20T16:00:00.000Z') })).deadlines).toMatchObject({
        openOverdue: 1,
        openNotDue: 0,
        complianceRate: 0,
      });
    });

    it("QA-7 judges each case as of its own region's month end: a Shanghai opinion due after Shanghai's month ended is not overdue, though Berlin's month has not ended", () => {
      // 31 March 2026 ends at 16:00Z in Shanghai and 22:00Z in Berlin (CEST); both opinions are due at 18:00Z.
      const asOfByRegion = { 'cn-east': new Date(END_OF_MARCH), de: new Date('2026-03-31T22:00:00.000Z') };
      const cases = [
        reportCase({ region: 'cn-east', deadlines: [deadline('open', '2026-03-31T18:00:00.000Z')] }),
        reportCase({ region: 'de', deadlines: [deadline('open', '2026-03-31T18:00:00.000Z')] }),
      ];
      const capas = [capa({ region: 'cn-east', dueAt: '2026-03-31T18:00:00.000Z' }), capa({ region: 'de', dueAt: '2026-03-31T18:00:00.000Z' })];
      const r = monthlyReport(input({ cases, capas, asOfByRegion }));
      expect(r.deadlines).toMatchObject({ openOverdue: 1, openNotDue: 1, complianceRate: 0 });
      expect(r.capa.overdueAtMonthEnd).toBe(1);
      expect(r).toMatchObject({ asOf: null, asOfByRegion: { 'cn-east': END_OF_MARCH, de: '2026-03-31T22:00:00.000Z' } });
    });

    it('the compliance rate is rounded to four places and null when nothing was due', () => {
      const cases = [reportCase({ deadlines: [deadline('met'), deadline('met_late'), deadline('missed')] })];
      expect(monthlyReport(input({ cases })).deadlines.complianceRate).toBe(0.3333);
      const nothingDue = [reportCase({ deadlines: [deadline('cancelled'), deadline('open', '2026-04-10T16:00:00.000Z')] })];
      expect(monthlyReport(input({ cases: nothingDue })).deadlines).toMatchObject({ total: 2, complianceRate: null });
      expect(monthlyReport(input()).deadlines).toEqual({ total: 0, metOnTime: 0, metLate: 0, missed: 0, openOverdue: 0, openNotDue: 0, cancelled: 0, complianceRate: null });
    });

    it('only this month’s cases count, not the month before', () => {
      const r = monthlyReport(input({ previousCases: [reportCase({ receivedMonth: '2026-02', deadlines: [deadline('missed', '2026-02-10T16:00:00.000Z')] })] }));
      expect(r.deadlines.total).toBe(0);
    });
  });

  describe('QA-4 CAPA', () => {
    const capas: ReportCapa[] = [
      // Opened in February, closed in March.
      capa({ openedMonth: '2026-02', status: 'closed', closedMonth: '2026-03', dueAt: '2026-03-15T16:00:00.000Z' }),
      // Opened in March, still open and past due.
      capa({ openedMonth: '2026-03', dueAt: '2026-03-25T16:00:00.000Z' }),
      // Opened in March, closed in April: open at the end of March, not yet due then.
      capa({ openedMonth: '2026-03', status: 'closed', closedMonth: '2026-04', dueAt: '2026-04-10T16:00:00.000Z' }),
      // Opened in April: not part of a March report.
      capa({ openedMonth: '2026-04', dueAt: '2026-03-31T00:00:00.000Z' }),
      // Opened in January, closed in February.
      capa({ openedMonth: '2026-01', status: 'closed', closedMonth: '2026-02', dueAt: '2026-02-20T16:00:00.000Z' }),
      // Opened in January, open, due exactly at the end of March.
      capa({ openedMonth: '2026-01', dueAt: END_OF_MARCH }),
    ];

    it('QA-4 opened in the month, closed in the month, open and overdue at the month’s end', () => {
      expect(monthlyReport(input({ capas })).capa).toEqual({ openedInMonth: 2, closedInMonth: 1, openAtMonthEnd: 3, overdueAtMonthEnd: 2 });
    });

    it('QA-4 overdue at the month’s end is judged as of asOf when the report is run mid-month', () => {
      expect(monthlyReport(input({ capas, asOfByRegion: everywhere('2026-03-20T00:00:00.000Z') })).capa.overdueAtMonthEnd).toBe(0);
    });
  });

  describe('previousMonthOf', () => {
    it.each([
      ['2026-03', '2026-02'],
      ['2026-10', '2026-09'],
      ['2026-12', '2026-11'],
      ['2026-01', '2025-12'],
      ['2000-01', '1999-12'],
    ])('%s → %s', (month, previous) => {
      expect(previousMonthOf(month)).toBe(previous);
    });

    it('across a year boundary the report compares January with December', () => {
      expect(monthlyReport(input({ month: '2026-01', asOfByRegion: everywhere('2026-01-31T16:00:00.000Z') })).previousMonth).toBe('2025-12');
    });
  });

  describe('CSV', () => {
    const one = monthlyReport(
      input({ cases: [reportCase({ severity: 'severe', responsibility: 'ours', ourCause: 'technical', model: 'PX-200', defectNature: 'scratch', deadlines: [deadline('met')] })] }),
    );

    it('is a header row and one row per figure, CRLF line ends, in a fixed order', () => {
      expect(monthlyReportCsv(one)).toBe(
        [
          'section,key,count,previous,change',
          'cases,total,1,0,1',
          'determination,ours,1,,',
          'determination,human_factor,0,,',
          'determination,customer_cause,0,,',
          'determination,not_our_product,0,,',
          'determination,undetermined,0,,',
          'our_cause,technical,1,,',
          'our_cause,production_equipment,0,,',
          'our_cause,management,0,,',
          'severity,minor,0,,',
          'severity,severe,1,,',
          'product,PX-200,1,,',
          'defect_nature,scratch,1,,',
          'region,cn-east,1,,',
          'hot_spot_product,PX-200,1,0,1',
          'hot_spot_defect,scratch,1,0,1',
          'deadlines,total,1,,',
          'deadlines,metOnTime,1,,',
          'deadlines,metLate,0,,',
          'deadlines,missed,0,,',
          'deadlines,openOverdue,0,,',
          'deadlines,openNotDue,0,,',
          'deadlines,cancelled,0,,',
          'deadlines,compliance_rate,1,,',
          'capa,openedInMonth,0,,',
          'capa,closedInMonth,0,,',
          'capa,openAtMonthEnd,0,,',
          'capa,overdueAtMonthEnd,0,,',
        ].join('\r\n') + '\r\n',
      );
    });

    it('has no bare line feeds and a null compliance rate is an empty field', () => {
      const csv = monthlyReportCsv(monthlyReport(input()));
      expect(csv.split('\r\n').join('')).not.toMatch(/[\r\n]/);
      expect(csv.split('\r\n')[0]).toBe('section,key,count,previous,change');
      expect(csv).toContain('\r\ndeadlines,compliance_rate,,,\r\n');
    });

    const csvOf = (model: string, defectNature = 'scratch') => monthlyReportCsv(monthlyReport(input({ cases: [reportCase({ model, defectNature })] })));

    it('quotes a field with a comma, doubling its quotes (RFC 4180)', () => {
      expect(csvOf('PX-200, rev "B"')).toContain('\r\nproduct,"PX-200, rev ""B""",1,,\r\n');
      expect(csvOf('PX "Pro"')).toContain('\r\nproduct,"PX ""Pro""",1,,\r\n');
    });

    it('quotes a field with a line break', () => {
      expect(csvOf('PX-200', 'scratch\r\non the side')).toContain('\r\ndefect_nature,"scratch\r\non the side",1,,\r\n');
      expect(csvOf('PX-200', 'scratch\nside')).toContain('\r\ndefect_nature,"scratch\nside",1,,\r\n');
    });

    it.each([
      ['=1+1', "'=1+1"],
      ['+86 21 5555', "'+86 21 5555"],
      ['-5', "'-5"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tPX', "'\tPX"],
    ])('a text field starting with %j is prefixed against formula injection', (model, safe) => {
      expect(csvOf(model)).toContain(`\r\nproduct,${safe},1,,\r\n`);
    });

    it('a formula with quotes and commas is both prefixed and quoted', () => {
      expect(csvOf('=HYPERLINK("http://evil.example","x")')).toContain('\r\nproduct,"\'=HYPERLINK(""http://evil.example"",""x"")",1,,\r\n');
    });

    it('numbers are not prefixed: a negative change stays a number', () => {
      const r = monthlyReport(input({ cases: [reportCase({ model: 'PX-200' })], previousCases: february }));
      expect(monthlyReportCsv(r)).toContain('\r\ncases,total,1,3,-2\r\n');
      expect(monthlyReportCsv(r)).toContain('\r\nhot_spot_product,PX-200,1,1,0\r\n');
    });

    it('a text field with a dash inside is left alone', () => {
      expect(csvOf('PX-200')).toContain('\r\nproduct,PX-200,1,,\r\n');
    });
  });
});
