import { exceeds, formatMinor, isCurrency, minorDigitsOf, parseAmount, parseFraction, ratioString } from './money';

describe('FR-1 money in integer minor units, compared exactly', () => {
  it('FR-1 parses decimal strings into minor units of the currency, never through a float', () => {
    expect(parseAmount('0.1', 'CNY')).toBe(10n);
    expect(parseAmount('0.10', 'CNY')).toBe(10n);
    expect(parseAmount('12.3', 'CNY')).toBe(1230n);
    expect(parseAmount('7', 'CNY')).toBe(700n);
    expect(parseAmount('1500', 'JPY')).toBe(1500n);
    expect(parseAmount('1.234', 'KWD')).toBe(1234n);
    // 0.1 + 0.2 as floats is 0.30000000000000004; in minor units it is 30.
    expect(0.1 + 0.2).not.toBe(0.3);
    expect((parseAmount('0.1', 'CNY') as bigint) + (parseAmount('0.2', 'CNY') as bigint)).toBe(parseAmount('0.3', 'CNY'));
    // Ten cents one at a time: a float sums to 0.09999999999999999, minor units to exactly 10.
    expect(Array.from({ length: 10 }, () => 0.01).reduce((a, b) => a + b, 0)).not.toBe(0.1);
    expect(Array.from({ length: 10 }, () => parseAmount('0.01', 'CNY') as bigint).reduce((a, b) => a + b, 0n)).toBe(10n);
  });

  it('FR-1 refuses what is not an amount of the currency rather than rounding it', () => {
    expect(parseAmount('0.001', 'CNY')).toBe('too_many_decimals');
    expect(parseAmount('0.100', 'CNY')).toBe(10n);
    expect(parseAmount('1.5', 'JPY')).toBe('too_many_decimals');
    expect(parseAmount('1e3', 'CNY')).toBe('not_a_decimal');
    expect(parseAmount('12,30', 'CNY')).toBe('not_a_decimal');
    expect(parseAmount('-1', 'CNY')).toBe('negative');
    expect(parseAmount('99999999999999.99', 'CNY')).toBe('too_large');
  });

  it('knows currencies and their minor digits, and formats minor units back', () => {
    expect(isCurrency('CNY')).toBe(true);
    expect(isCurrency('XXY')).toBe(false);
    expect(isCurrency('cny')).toBe(false);
    expect(minorDigitsOf('CNY')).toBe(2);
    expect(minorDigitsOf('JPY')).toBe(0);
    expect(formatMinor(30n, 'CNY')).toBe('0.30');
    expect(formatMinor(123456n, 'CNY')).toBe('1234.56');
    expect(formatMinor(1500n, 'JPY')).toBe('1500');
  });

  it('FR-1 a ratio exactly at the limit is within it; one minor unit more exceeds it', () => {
    const fivePercent = parseFraction('0.05');
    expect(exceeds(5n, 100n, fivePercent)).toBe(false);
    expect(exceeds(6n, 100n, fivePercent)).toBe(true);
    expect(exceeds(500n, 10_000n, fivePercent)).toBe(false);
    expect(exceeds(501n, 10_000n, fivePercent)).toBe(true);
    // 0.1 + 0.2 of 1.00 against a limit of 0.3: exactly at the limit (a float says 0.30000000000000004 > 0.3).
    expect((0.1 + 0.2) / 1 > 0.3).toBe(true);
    expect(exceeds(10n + 20n, 100n, parseFraction('0.3'))).toBe(false);
    // Nothing purchased: nothing exchanged is within any limit, anything exchanged is over it.
    expect(exceeds(0n, 0n, fivePercent)).toBe(false);
    expect(exceeds(1n, 0n, fivePercent)).toBe(true);
  });

  it('shows ratios to six places, rounded half up, for display only', () => {
    expect(ratioString(1n, 3n)).toBe('0.333333');
    expect(ratioString(2n, 3n)).toBe('0.666667');
    expect(ratioString(30n, 100n)).toBe('0.300000');
    expect(ratioString(1n, 0n)).toBeNull();
  });
});
