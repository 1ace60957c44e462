// Intraclass correlations of a complete subjects x raters table: the six forms of Shrout and Fleiss
// (1979), from one-way and two-way analysis of variance, each with the F-based 95 % interval of McGraw
// and Wong (1996), as R's psych::ICC computes them. Pure arithmetic; no rounding.
import { fQuantile } from './f-distribution.js';

export const ICC_FORMS = ['ICC1', 'ICC2', 'ICC3', 'ICC1k', 'ICC2k', 'ICC3k'] as const;
export type IccForm = (typeof ICC_FORMS)[number];

export interface IccValue {
  /** Null where the form's denominator is 0: no variance at all in the table, or a degenerate one. */
  value: number | null;
  /** Null with the value, or where the F ratio is infinite (no disagreement within subjects). */
  ci95: [number, number] | null;
}

export type IccTable = Record<IccForm, IccValue>;

const NONE: IccValue = { value: null, ci95: null };

/**
 * The ratio, or null where the denominator is 0: exactly, or within rounding of the mean squares'
 * size (a denominator of 1e-17 is a 0 that floating point missed, and would give a figure of 1e16).
 */
function ratio(top: number, bottom: number, size: number): number | null {
  if (Math.abs(bottom) <= 1e-12 * size) return null;
  const value = top / bottom;
  return Number.isFinite(value) ? value : null;
}

function interval(lo: number, hi: number): [number, number] | null {
  return Number.isFinite(lo) && Number.isFinite(hi) ? [lo, hi] : null;
}

/**
 * `rows`: one row per subject, one column per rater, every cell a number. With fewer than two
 * subjects or two raters there is no variance to part, and every form is null.
 */
export function intraclassCorrelations(rows: readonly (readonly number[])[]): IccTable {
  const n = rows.length;
  const k = rows[0]?.length ?? 0;
  if (n < 2 || k < 2) return { ICC1: NONE, ICC2: NONE, ICC3: NONE, ICC1k: NONE, ICC2k: NONE, ICC3k: NONE };

  const grand = rows.flat().reduce((s, x) => s + x, 0) / (n * k);
  const rowMeans = rows.map((row) => row.reduce((s, x) => s + x, 0) / k);
  const colMeans = Array.from({ length: k }, (_, j) => rows.reduce((s, row) => s + row[j]!, 0) / n);
  let total = 0;
  for (const row of rows) for (const x of row) total += (x - grand) ** 2;
  const ssRows = k * rowMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const ssCols = n * colMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  // Rounding can leave a sum of squares a hair below 0 where it is 0.
  const ssError = Math.max(0, total - ssRows - ssCols);
  const ssWithin = Math.max(0, total - ssRows);

  const msr = ssRows / (n - 1);
  const msw = ssWithin / (n * (k - 1));
  const msc = ssCols / (k - 1);
  const mse = ssError / ((n - 1) * (k - 1));

  const size = msr + msw + msc + mse;
  const icc1 = ratio(msr - msw, msr + (k - 1) * msw, size);
  const icc2 = ratio(msr - mse, msr + (k - 1) * mse + (k * (msc - mse)) / n, size);
  const icc3 = ratio(msr - mse, msr + (k - 1) * mse, size);
  const icc1k = ratio(msr - msw, msr, size);
  const icc2k = ratio(msr - mse, msr + (msc - mse) / n, size);
  const icc3k = ratio(msr - mse, msr, size);

  // One-way (ICC1) and consistency (ICC3) intervals from F = MSR / MSW or MSR / MSE.
  const fInterval = (f: number, df1: number, df2: number) => {
    const lower = f / fQuantile(0.975, df1, df2);
    const upper = f * fQuantile(0.975, df2, df1);
    return {
      single: interval((lower - 1) / (lower + k - 1), (upper - 1) / (upper + k - 1)),
      average: interval(1 - 1 / lower, 1 - 1 / upper),
    };
  };
  const one = fInterval(msr / msw, n - 1, n * (k - 1));
  const three = fInterval(msr / mse, n - 1, (n - 1) * (k - 1));

  // Absolute agreement (ICC2): Satterthwaite's degrees of freedom (McGraw and Wong 1996, table 7).
  let two: [number, number] | null = null;
  let twoK: [number, number] | null = null;
  if (icc2 !== null) {
    const fj = msc / mse;
    const a = k * icc2;
    const b = n * (1 + (k - 1) * icc2) - a;
    const v = ((k - 1) * (n - 1) * (a * fj + b) ** 2) / ((n - 1) * a * a * fj * fj + b * b);
    const upperF = fQuantile(0.975, n - 1, v);
    const lowerF = fQuantile(0.975, v, n - 1);
    const spread = k * msc + (k * n - k - n) * mse;
    const lo = (n * (msr - upperF * mse)) / (upperF * spread + n * msr);
    const hi = (n * (lowerF * msr - mse)) / (spread + n * lowerF * msr);
    two = interval(lo, hi);
    twoK = two && interval((lo * k) / (1 + lo * (k - 1)), (hi * k) / (1 + hi * (k - 1)));
  }

  const form = (value: number | null, ci95: [number, number] | null): IccValue => ({ value, ci95: value === null ? null : ci95 });
  return {
    ICC1: form(icc1, one.single),
    ICC2: form(icc2, two),
    ICC3: form(icc3, three.single),
    ICC1k: form(icc1k, one.average),
    ICC2k: form(icc2k, twoK),
    ICC3k: form(icc3k, three.average),
  };
}
