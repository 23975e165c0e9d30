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
