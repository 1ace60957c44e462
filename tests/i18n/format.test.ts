import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatChange, formatExact, formatNumber, formatPercent } from '../../src/i18n/format.js';

describe('formatNumber', () => {
  it('writes a decimal comma in nb and da, a point in en, and never groups thousands', () => {
    expect(formatNumber(3.44, 'nb')).toBe('3,4');
    expect(formatNumber(3.44, 'da')).toBe('3,4');
    expect(formatNumber(3.44, 'en')).toBe('3.4');
    expect(formatNumber(12345.678, 'en', 2)).toBe('12345.68');
  });

  it('rounds half away from zero, as a person (and the level rule) would', () => {
    // As binary doubles 0.15 and 1.005 lie just below the half, so toFixed alone gives 0.1 and 1.00.
    expect(formatNumber(0.15, 'en')).toBe('0.2');
    expect(formatNumber(1.005, 'en', 2)).toBe('1.01');
    expect(formatNumber(2.25, 'en')).toBe('2.3');
    expect(formatNumber(-2.25, 'en')).toBe('-2.3');
    expect(formatNumber(7 / 3, 'nb', 2)).toBe('2,33');
    expect(formatNumber(99.95, 'en')).toBe('100.0');
    expect(formatNumber(2.5, 'en', 0)).toBe('3');
    // The mean of 4, 3.6 and 2.75 is 3.45 on paper, 3.4499999999999997 in binary (Intl shows 3.4).
    expect((4 + 3.6 + 2.75) / 3).toBe(3.4499999999999997);
    expect(formatNumber((4 + 3.6 + 2.75) / 3, 'nb')).toBe('3,5');
    // A change from 1.00 to 1.45.
    expect(formatNumber(1.45 - 1, 'en')).toBe('0.5');
    // Really below the half stays below.
    expect(formatNumber(3.4499, 'en')).toBe('3.4');
    expect(formatNumber(2.614, 'en', 2)).toBe('2.61');
  });

  it('never writes a negative zero, and writes a dash for no value', () => {
    expect(formatNumber(-0.04, 'en')).toBe('0.0');
    expect(formatNumber(-1e-7, 'nb', 2)).toBe('0,00');
    expect(formatNumber(-0, 'en', 0)).toBe('0');
    expect(formatNumber(null, 'en')).toBe('–');
    expect(formatNumber(Number.NaN, 'en')).toBe('–');
  });

  it('shows the mean of decimal ratings as its exact value rounded by hand (integer arithmetic)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 10, max: 50 }), { minLength: 1, maxLength: 6 }), fc.constantFrom(0, 1, 2), (tenths, decimals) => {
        // Ratings with one decimal (1.0 to 5.0), averaged as scoring does, in floating point.
        const mean = tenths.map((t) => t / 10).reduce((a, b) => a + b, 0) / tenths.length;
        // Exactly: mean = sum / (10 n). In units of 10^-decimals that is sum * 10^decimals / (10 n);
        // rounded half up (the mean is positive) with integers only.
        const sum = tenths.reduce((a, b) => a + b, 0);
        const numerator = sum * 10 ** decimals;
        const denominator = 10 * tenths.length;
        const units = Math.floor((2 * numerator + denominator) / (2 * denominator));
        const digits = String(units).padStart(decimals + 1, '0');
        const expected = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
        expect(formatNumber(mean, 'en', decimals)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formatChange and formatPercent', () => {
  it('sign a change and mark no change with ±', () => {
    expect(formatChange(0.25, 'nb')).toBe('+0,3');
    expect(formatChange(-0.5, 'en')).toBe('-0.5');
    expect(formatChange(0.04, 'en')).toBe('±0.0');
    expect(formatPercent(66.66, 'da')).toBe('67 %');
  });
});

describe('formatExact', () => {
  it.each([
    [3.5, 'nb', '3,5'],
    [0.25, 'da', '0,25'],
    [3, 'da', '3'],
    [1.25, 'en', '1.25'],
  ] as const)('%s in %s is %s', (value, lang, text) => {
    expect(formatExact(value, lang)).toBe(text);
  });
});
