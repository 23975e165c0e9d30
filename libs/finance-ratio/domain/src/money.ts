/**
 * Money as integer minor units of a currency (bigint): never a float (STYLE.md, issue 14). Amounts
 * travel in events and on the wire as integer strings of minor units (`"1230"` = 12.30 CNY) or, at
 * the edge, as decimal strings (`"12.30"`) parsed here exactly.
 */

/** An ISO 4217 code the runtime knows (Intl), e.g. `CNY`. */
export function isCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code);
}

const KNOWN_CURRENCIES = new Set<string>(Intl.supportedValuesOf('currency'));

/** The currency's minor-unit digits (ISO 4217: CNY 2, JPY 0, KWD 3), from Intl. */
export function minorDigitsOf(currency: string): number {
  let digits = DIGITS.get(currency);
  if (digits === undefined) DIGITS.set(currency, (digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2));
  return digits;
}

const DIGITS = new Map<string, number>();

export type AmountProblem = 'not_a_decimal' | 'too_many_decimals' | 'negative' | 'too_large';

/** The largest amount a line may carry, in minor units (10^15: far beyond any invoice, far below bigint's reach). */
export const MAX_MINOR = 10n ** 15n;

/**
 * A decimal string (`"12.3"`, `"0.10"`, `"7"`) as minor units of `currency`, exactly: `"0.1"` CNY is
 * 10n. More decimals than the currency has is a problem, never a rounding.
 */
export function parseAmount(text: string, currency: string): bigint | AmountProblem {
  const match = /^(-)?(\d{1,18})(?:\.(\d{1,6}))?$/.exec(text.trim());
  if (!match) return 'not_a_decimal';
  if (match[1]) return 'negative';
  const digits = minorDigitsOf(currency);
  const fraction = match[3] ?? '';
  if (fraction.replace(/0+$/, '').length > digits) return 'too_many_decimals';
  const minor = BigInt(match[2]) * 10n ** BigInt(digits) + BigInt((fraction + '0'.repeat(digits)).slice(0, digits) || '0');
  return minor > MAX_MINOR ? 'too_large' : minor;
}

/** Minor units as the currency's decimal string: 30n CNY → `"0.30"`. */
export function formatMinor(minor: bigint, currency: string): string {
  const digits = minorDigitsOf(currency);
  const negative = minor < 0n;
  const abs = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const whole = digits === 0 ? abs : abs.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${abs.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** An integer string of minor units as stored in events (`"1230"`). */
export function minorOf(stored: string): bigint {
  return BigInt(stored);
}

/**
 * A ratio limit as an exact fraction: `"0.05"` is 5/100. Stored and published as the decimal
 * string the policy wrote.
 */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

export function parseFraction(decimal: string): Fraction {
  const match = /^(\d{1,6})(?:\.(\d{1,9}))?$/.exec(decimal);
  if (!match) throw new Error(`not a non-negative decimal: ${decimal}`);
  const fraction = match[2] ?? '';
  return { numerator: BigInt(match[1] + fraction), denominator: 10n ** BigInt(fraction.length) };
}

/**
 * Whether numerator/denominator is above the limit, exactly (cross-multiplied in bigint): a ratio
 * equal to the limit is within it. Nothing purchased and something exchanged is above any limit.
 */
export function exceeds(numerator: bigint, denominator: bigint, limit: Fraction): boolean {
  if (denominator === 0n) return numerator > 0n;
  return numerator * limit.denominator > limit.numerator * denominator;
}

/** numerator/denominator as a decimal string with `places` digits, rounded half up (display only; decisions use `exceeds`). */
export function ratioString(numerator: bigint, denominator: bigint, places = 6): string | null {
  if (denominator === 0n) return null;
  const scale = 10n ** BigInt(places);
  const scaled = (numerator * scale * 2n + denominator) / (denominator * 2n);
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(places, '0');
  return places === 0 ? whole.toString() : `${whole}.${fraction}`;
}
