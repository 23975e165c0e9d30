import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE, EventStore, ManualClock } from '@aftersales/eventsourcing';
import { ProjectionHost, signToken } from '@aftersales/platform';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { createStandaloneApp } from './app';
import { registration } from './testing/complaint-body';
import { apiClient, baseUrlOf, ok } from './testing/client/client';

/**
 * Calendars published at run time (issue 17, ADR 013) on the standalone app: a 2027 year published
 * over the API decides the next complaint without a restart, and the decision names its version.
 * The 2027 days are test data shaped like a State Council notice, not the notice itself.
 */
const SECRET = 'c'.repeat(40);
const token = (roles: string[], subject = 'ops-1') => `Bearer ${signToken(SECRET, { subject, roles: roles as never, tenantId: 'acme' })}`;
const CS = token(['customer_service'], 'cs-1');
const ADMIN = token(['admin']);

const BASE_VERSION = 'cn:chinese-days@1.5.7+overrides@2026.1+regions@2026.1';
const NEW_YEAR_2027 = {
  holidays: [
    { date: '2027-01-01', name: "New Year's Day", localName: '元旦' },
    { date: '2027-01-02', name: "New Year's Day", localName: '元旦' },
    { date: '2027-01-03', name: "New Year's Day", localName: '元旦' },
  ],
  workdays: [],
  source: 'test notice for 2027 (e2e)',
};

/** Goods received Wed 30 Dec 2026, reported Tue 5 Jan 2027 10:00 in Shanghai: the IN-3 window of 3 working days spans New Year. */
const acrossNewYear = (serialNumber: string) =>
  registration({
    receivedAt: '2027-01-05T10:00:00+08:00',
    deliveredOn: '2026-12-28',
    goodsReceivedOn: '2026-12-30',
    defect: { location: 'front panel', nature: 'scratch', firstSeenOn: '2026-12-30', attachments: ['att-photo-1'] },
    product: { model: 'PX-200', serialNumber, contractNumber: 'HT-2026-0042' },
  });

async function start(dataDir: string, clock: ManualClock): Promise<INestApplication> {
  const { app } = await createStandaloneApp({ DATA_DIR: dataDir, JWT_SECRET: SECRET, LOG_LEVEL: 'silent', DEADLINE_TICK_MS: '50' }, { clock });
  await app.listen(0, '127.0.0.1');
  await app.get(ProjectionHost).caughtUp();
  return app;
}

describe('calendars published at run time (standalone)', () => {
  let app: INestApplication;
  let dataDir: string;
  const clock = new ManualClock('2027-01-05T02:00:00.000Z');
  const api = (auth = CS) => apiClient(baseUrlOf(app), auth);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-calendar-'));
    await copyPgliteTemplateTo(join(dataDir, 'pglite'));
    app = await start(dataDir, clock);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('IN-3 a 2027 calendar published over the API decides the next complaint across New Year, without a restart, and the decision records its version', async () => {
    // Before: 2027 has no holiday data, so New Year's Day counts as a working day: the window looks
    // expired on a year the calendar does not cover, so the window decides nothing: a person reviews it.
    const before = await ok(api().POST('/api/v1/complaints', { body: acrossNewYear('SN-2027-A') }));
    expect(before.acceptance).toMatchObject({ kind: 'needs_review', calendarVersion: BASE_VERSION });
    expect(before.acceptance?.reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'WINDOW_EXPIRED', details: expect.objectContaining({ workingDaysCounted: 4 }) }), expect.objectContaining({ code: 'CALENDAR_NOT_COVERED' })]),
    );

    const published = await ok(api(ADMIN).PUT('/api/v1/calendars/{region}/years/{year}', { params: { path: { region: 'cn', year: 2027 } }, body: NEW_YEAR_2027 }));
    expect(published).toMatchObject({ target: 'cn', year: 2027, revision: 1, changed: true, source: NEW_YEAR_2027.source });
    expect(published.regions).toEqual(expect.arrayContaining([{ region: 'cn-east', version: `${BASE_VERSION}+cn/2027@1` }]));

    // After: Thu 31 Dec, (New Year off) Mon 4 Jan, Tue 5 Jan: reported on the third working day, within the window.
    const after = await ok(api().POST('/api/v1/complaints', { body: acrossNewYear('SN-2027-B') }));
    expect(after.acceptance).toMatchObject({ kind: 'accepted_free', calendarVersion: `${BASE_VERSION}+cn/2027@1` });
    expect(after.acceptance?.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'IN-3', code: 'WITHIN_WINDOW', details: expect.objectContaining({ workingDaysCounted: 3 }) })]));

    // The earlier decision keeps the version it was made with.
    const earlier = await ok(api().GET('/api/v1/complaints/{id}', { params: { path: { id: before.complaintId } } }));
    expect(earlier.acceptance?.calendarVersion).toBe(BASE_VERSION);

    // Its deadlines too, until an administrator has them counted again: recorded with both versions.
    const params = { params: { path: { id: before.complaintId } } };
    expect((await api(CS).POST('/api/v1/complaints/{id}/recount-deadlines', { ...params, body: { reason: 'the 2027 holidays were published' } })).response.status).toBe(403);
    await ok(api(ADMIN).POST('/api/v1/complaints/{id}/recount-deadlines', { ...params, body: { reason: 'the 2027 holidays were published' } }));
    const timeline = await ok(api(token(['auditor'])).GET('/api/v1/complaints/{id}/timeline', params));
    const recounted = timeline.events.find((e) => e.type === 'intake.DeadlinesRecounted');
    expect(recounted).toMatchObject({ actor: { id: 'ops-1', role: 'admin' }, data: { calendarVersion: `${BASE_VERSION}+cn/2027@1`, previousCalendarVersion: BASE_VERSION } });
  });

  it('QA-3 an administrator has a quality case\'s running deadlines counted again, recorded with the calendar versions', async () => {
    const QA = token(['qa'], 'qa-1');
    const after = await ok(api().POST('/api/v1/complaints', { body: acrossNewYear('SN-2027-C') }));
    const cases = async () => (await ok(api(QA).GET('/api/v1/qa/cases', { params: { query: { complaintId: after.complaintId } } }))).items;
    const deadline = Date.now() + 10_000;
    while ((await cases()).length === 0) {
      if (Date.now() > deadline) throw new Error('no QA case for the accepted complaint');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const [opened] = await cases();
    const onCase = { params: { path: { id: opened.caseId } }, body: { reason: 'the 2027 holidays were published' } };
    expect((await api(QA).POST('/api/v1/qa/cases/{id}/recount-deadlines', onCase)).response.status).toBe(403);
    const recounted = await ok(api(ADMIN).POST('/api/v1/qa/cases/{id}/recount-deadlines', onCase));
    expect(recounted.deadlines).toEqual(opened.deadlines);
    const timeline = await ok(api(token(['auditor'])).GET('/api/v1/qa/cases/{id}/timeline', { params: { path: { id: opened.caseId } } }));
    // Opened after the 2027 year was published: counted again on the same version, nothing moves.
    expect(timeline.events.find((e) => e.type === 'qa.DeadlinesRecounted')).toMatchObject({
      actor: { id: 'ops-1', role: 'admin' },
      data: { calendarVersion: `${BASE_VERSION}+cn/2027@1`, previousCalendarVersion: `${BASE_VERSION}+cn/2027@1`, reason: 'the 2027 holidays were published' },
    });
  });

  it('publishing the same year again appends nothing; a changed one is the next revision; both are listed', async () => {
    const again = await ok(api(ADMIN).PUT('/api/v1/calendars/{region}/years/{year}', { params: { path: { region: 'cn', year: 2027 } }, body: NEW_YEAR_2027 }));
    expect(again).toMatchObject({ revision: 1, changed: false });
    const revised = await ok(
      api(ADMIN).PUT('/api/v1/calendars/{region}/years/{year}', {
        params: { path: { region: 'cn', year: 2027 } },
        body: { ...NEW_YEAR_2027, workdays: [{ date: '2027-01-09', name: 'Adjusted working day', localName: '调休' }] },
      }),
    );
    expect(revised).toMatchObject({ revision: 2, changed: true });
    const shown = await ok(api(token(['auditor'])).GET('/api/v1/calendars/{region}/years/{year}', { params: { path: { region: 'cn', year: 2027 } } }));
    expect(shown).toMatchObject({ revision: 2, workdays: [{ date: '2027-01-09' }] });
    const overview = await ok(api(ADMIN).GET('/api/v1/calendars'));
    expect(overview.regions).toEqual(expect.arrayContaining([{ region: 'cn-east', version: `${BASE_VERSION}+cn/2027@2` }, { region: 'de', version: 'weekly+overrides@2026.1+regions@2026.1' }]));
  });

  it('refuses what is not a calendar year with 4xx naming the problem, and records nothing', async () => {
    const path = (region: string, year: number) => ({ params: { path: { region, year } } });
    const bad = await api(ADMIN).PUT('/api/v1/calendars/{region}/years/{year}', {
      ...path('cn', 2028),
      body: { holidays: [{ date: '2027-12-31', name: 'wrong year' }, { date: '2028-01-01', name: 'New Year' }], workdays: [{ date: '2028-01-01', name: 'twice' }], source: 'x' },
    });
    expect(bad.response.status).toBe(400);
    expect(bad.error).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED' });
    expect((bad.error as unknown as { fieldErrors: { field: string; code: string }[] }).fieldErrors).toEqual([
      expect.objectContaining({ field: 'holidays[0].date', code: 'calendar_day' }),
      expect.objectContaining({ field: 'workdays', code: 'calendar_day' }),
    ]);
    const malformed = await api(ADMIN).PUT('/api/v1/calendars/{region}/years/{year}', { ...path('cn', 2028), body: { holidays: [{ date: '2028-02-30', name: '' }], workdays: [] } as never });
    expect(malformed.response.status).toBe(400);
    expect((await api(ADMIN).PUT('/api/v1/calendars/{region}/years/{year}', { ...path('mars', 2028), body: NEW_YEAR_2027 })).error).toMatchObject({ code: 'PLATFORM.CALENDAR_NOT_FOUND' });
    expect((await api(ADMIN).PUT('/api/v1/calendars/{region}/years/{year}', { ...path('cn', 1900), body: NEW_YEAR_2027 })).response.status).toBe(400);
    expect((await api(CS).PUT('/api/v1/calendars/{region}/years/{year}', { ...path('cn', 2028), body: NEW_YEAR_2027 })).response.status).toBe(403);
    expect((await api(ADMIN).GET('/api/v1/calendars/{region}/years/{year}', path('cn', 2028))).error).toMatchObject({ code: 'PLATFORM.CALENDAR_YEAR_NOT_PUBLISHED' });
    const store = app.get<EventStore>(EVENT_STORE);
    expect(await store.readAll({ streamPrefixes: ['calendar.year-cn-2028', 'calendar.year-mars', 'calendar.year-cn-1900'] })).toEqual([]);
  });

  it('a restart computes with the published year (loaded from the documents, not the package)', async () => {
    await app.close();
    app = await start(dataDir, clock);
    const overview = await ok(api(ADMIN).GET('/api/v1/calendars'));
    expect(overview.regions).toEqual(expect.arrayContaining([{ region: 'cn-east', version: `${BASE_VERSION}+cn/2027@2` }]));
  }, 60_000);
});
