import { describe, expect, it } from 'vitest';
import { formatChange, formatNumber, formatPercent } from '../../src/i18n/format.js';

describe('formatNumber', () => {
  it('writes a decimal comma in nb and da, a point in en, and never groups thousands', () => {
    expect(formatNumber(3.44, 'nb')).toBe('3,4');
    expect(formatNumber(3.44, 'da')).toBe('3,4');
    expect(formatNumber(3.44, 'en')).toBe('3.4');
    expect(formatNumber(12345.678, 'en', 2)).toBe('12345.68');
  });

  it('rounds half away from zero on the number as written, like a person (and Intl) would', () => {
    // As binary doubles 0.15 and 1.005 lie just below the half, so toFixed alone gives 0.1 and 1.00.
    expect(formatNumber(0.15, 'en')).toBe('0.2');
    expect(formatNumber(1.005, 'en', 2)).toBe('1.01');
    expect(formatNumber(2.25, 'en')).toBe('2.3');
    expect(formatNumber(-2.25, 'en')).toBe('-2.3');
    expect(formatNumber(7 / 3, 'nb', 2)).toBe('2,33');
    expect(formatNumber(99.95, 'en')).toBe('100.0');
    expect(formatNumber(2.5, 'en', 0)).toBe('3');
  });

  it('never writes a negative zero, and writes a dash for no value', () => {
    expect(formatNumber(-0.04, 'en')).toBe('0.0');
    expect(formatNumber(-1e-7, 'nb', 2)).toBe('0,00');
    expect(formatNumber(-0, 'en', 0)).toBe('0');
    expect(formatNumber(null, 'en')).toBe('–');
    expect(formatNumber(Number.NaN, 'en')).toBe('–');
  });

  it('agrees with Intl.NumberFormat to the digit', () => {
    const intl = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
    for (let i = -2000; i <= 2000; i++) {
      const value = i / 200; // steps of 0.005: every second one is an exact tie as written
      expect(formatNumber(value, 'en')).toBe(intl.format(value).replace('\u2212', '-').replace(/^-(0\.0)$/, '$1'));
    }
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
