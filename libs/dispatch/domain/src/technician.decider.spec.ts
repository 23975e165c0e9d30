import { DISPATCH } from './errors';
import { TechnicianCommand, technicianDecider } from './technician.decider';
import { qualificationInForce } from './technician';
import { errorOf, scenario, single } from './testing-fixtures';

const now = new Date('2026-03-03T02:00:00.000Z');
const register: TechnicianCommand = { type: 'Register', technicianId: 'tech-1', name: 'Wang', region: 'cn-east', employer: null, outletId: null, by: 'admin-1', now };
const qualify = (issuedOn: string, expiresOn: string, productLine = 'pumps'): TechnicianCommand => ({
  type: 'AddQualification',
  technicianId: 'tech-1',
  qualification: { productLine, certificateNo: `C-${productLine}-${issuedOn}`, issuedOn, expiresOn },
  by: 'admin-1',
  now,
});

describe('TR-2 technician decider: registered, with product-line qualifications that have an issue date and an expiry', () => {
  const { given, when } = scenario(technicianDecider);

  it('TR-2 registers a technician once and adds qualifications', () => {
    single(when([], register), 'dispatch.TechnicianRegistered');
    expect(errorOf(() => when([register], register))).toMatchObject({ code: DISPATCH.TECHNICIAN_EXISTS });
    expect(given(register, qualify('2025-01-01', '2026-12-31')).state).toMatchObject({ status: 'active', qualifications: [{ productLine: 'pumps', expiresOn: '2026-12-31' }] });
  });

  it("DI-2 a technician may be registered on an outlet's staff; a registration recorded before outlets had staff reads as none", () => {
    const onStaff: TechnicianCommand = { ...register, outletId: 'outlet-1', employer: 'Suzhou Service Partner Ltd' } as TechnicianCommand;
    expect(single(when([], onStaff), 'dispatch.TechnicianRegistered').data).toMatchObject({ outletId: 'outlet-1' });
    expect(given(onStaff).state).toMatchObject({ status: 'active', outletId: 'outlet-1' });
    const before = { type: 'dispatch.TechnicianRegistered' as const, data: { technicianId: 'tech-1', name: 'Wang', region: 'cn-east', employer: null, registeredBy: 'admin-1', registeredAt: now.toISOString() } };
    expect(technicianDecider.evolve(technicianDecider.initialState(), before)).toMatchObject({ status: 'active', outletId: null });
  });

  describe('DI-2 moving a technician to another outlet', () => {
    const FIRST = '0190f5c2-0000-7000-8000-0000000000f1';
    const SECOND = '0190f5c2-0000-7000-8000-0000000000f2';
    const onFirst: TechnicianCommand = { ...register, outletId: FIRST } as TechnicianCommand;
    const move = (outlet: { outletId: string; region?: string; open?: boolean }, technicianId = 'tech-1'): TechnicianCommand => ({
      type: 'ChangeOutlet',
      technicianId,
      outlet: { outletId: outlet.outletId, region: outlet.region ?? 'cn-east', open: outlet.open ?? true },
      reason: 'Suzhou counter short-staffed',
      by: 'admin-1',
      now,
    });

    it('DI-2 records who moved them from which outlet to which, when and why; the state then names the new outlet', () => {
      expect(single(when([onFirst], move({ outletId: SECOND })), 'dispatch.TechnicianOutletChanged').data).toEqual({
        technicianId: 'tech-1',
        fromOutletId: FIRST,
        toOutletId: SECOND,
        reason: 'Suzhou counter short-staffed',
        changedBy: 'admin-1',
        changedAt: now.toISOString(),
      });
      expect(given(onFirst, move({ outletId: SECOND })).state).toMatchObject({ status: 'active', outletId: SECOND });
      // One on no outlet's staff (ours, or registered before outlets had staff) is put on one.
      expect(single(when([register], move({ outletId: SECOND })), 'dispatch.TechnicianOutletChanged').data).toMatchObject({ fromOutletId: null, toOutletId: SECOND });
    });

    it('DI-2 refuses a closed outlet, an outlet of another region than the technician\'s, the outlet they are on already, and a technician not registered', () => {
      expect(errorOf(() => when([onFirst], move({ outletId: SECOND, open: false })))).toMatchObject({ code: DISPATCH.OUTLET_CLOSED, details: { outletId: SECOND } });
      expect(errorOf(() => when([onFirst], move({ outletId: SECOND, region: 'cn-north' })))).toMatchObject({
        code: DISPATCH.OUTLET_REGION_MISMATCH,
        details: { technicianId: 'tech-1', outletId: SECOND, outletRegion: 'cn-north', region: 'cn-east' },
      });
      expect(errorOf(() => when([onFirst], move({ outletId: FIRST })))).toMatchObject({ code: DISPATCH.TECHNICIAN_AT_OUTLET_ALREADY });
      expect(errorOf(() => when([], move({ outletId: SECOND })))).toMatchObject({ code: DISPATCH.TECHNICIAN_NOT_FOUND });
    });

    it('DI-2 the qualifications stay with the technician across a move', () => {
      expect(given(onFirst, qualify('2025-01-01', '2026-12-31'), move({ outletId: SECOND })).state).toMatchObject({ outletId: SECOND, qualifications: [{ productLine: 'pumps' }] });
    });
  });

  it('TR-2 refuses a qualification that expires before it is issued, and one for a technician not registered', () => {
    expect(errorOf(() => when([register], qualify('2026-01-02', '2026-01-01')))).toMatchObject({ code: DISPATCH.QUALIFICATION_DATES_INVALID });
    expect(errorOf(() => when([], qualify('2026-01-01', '2026-12-31')))).toMatchObject({ code: DISPATCH.TECHNICIAN_NOT_FOUND });
  });

  it('TR-2 the qualification in force is valid from its issue date through its expiry date', () => {
    const q = [{ productLine: 'pumps', certificateNo: 'A', issuedOn: '2025-01-01', expiresOn: '2026-03-02' }];
    expect(qualificationInForce(q, 'pumps', '2025-01-01')).toEqual(q[0]);
    expect(qualificationInForce(q, 'pumps', '2026-03-02')).toEqual(q[0]);
    expect(qualificationInForce(q, 'pumps', '2026-03-03')).toBeNull();
    expect(qualificationInForce(q, 'pumps', '2024-12-31')).toBeNull();
    expect(qualificationInForce(q, 'valves', '2025-06-01')).toBeNull();
  });
});
