import { DISPATCH } from './errors';
import { OutletCommand, outletDecider } from './outlet.decider';
import { errorOf, scenario, single } from './testing-fixtures';

const now = new Date('2026-03-03T02:00:00.000Z');
const register: OutletCommand = {
  type: 'Register',
  outletId: 'o-1',
  details: { name: 'Suzhou service point', region: 'cn-east', scopes: ['minor_repair', 'spare_parts', 'minor_repair'], address: '88 Renmin Rd, Suzhou', contactPhone: '0512-5555', openingHours: 'Mon-Sat 9-18' },
  by: 'admin-1',
  now,
};
const close: OutletCommand = { type: 'Close', outletId: 'o-1', reason: 'Moved', by: 'admin-1', now };

describe('DI-2 outlet decider', () => {
  const { given, when } = scenario(outletDecider);

  it('DI-2 registers an outlet with region, scopes (each once), address and published contact, once', () => {
    expect(single(when([], register), 'dispatch.OutletRegistered').data).toMatchObject({ region: 'cn-east', scopes: ['minor_repair', 'spare_parts'], contactPhone: '0512-5555' });
    expect(errorOf(() => when([register], register))).toMatchObject({ code: DISPATCH.OUTLET_EXISTS });
  });

  it('DI-2 closes an outlet once; a closed one stays closed', () => {
    expect(given(register, close).state.status).toBe('closed');
    expect(errorOf(() => when([register, close], close))).toMatchObject({ code: DISPATCH.OUTLET_CLOSED });
    expect(errorOf(() => when([], close))).toMatchObject({ code: DISPATCH.OUTLET_NOT_FOUND });
  });
});
