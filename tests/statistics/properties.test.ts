// Reliability invariants over generated ratings (fast-check): alpha is 1 where raters agree and the
// data vary; alpha, the ICC and the pairs do not depend on the order of raters or of subjects; no
// figure is ever NaN.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../src/statistics/krippendorff-alpha.js';
import { reliabilityStudy, type Subject } from '../../src/scoring/reliability-study.js';

const RATERS = ['Anne', 'Bjørn', 'Cecilie', 'Dag'];

/** Subjects x raters, scores 1-5, some missing (null). */
const tableArb = fc
  .integer({ min: 2, max: 4 })
  .chain((raters) => fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 }), { minLength: raters, maxLength: raters }), { minLength: 2, maxLength: 12 }));

function subjects(table: (number | null)[][], names: readonly string[] = RATERS): Subject[] {
  return table.map((row) => new Map(row.flatMap((score, i) => (score === null ? [] : [[names[i]!, score] as const]))));
}

function close(a: number | null, b: number | null): void {
  if (a === null || b === null) expect(a).toBe(b);
  else expect(a).toBeCloseTo(b, 9);
}

describe("Krippendorff's alpha", () => {
  it('is 1 when every rater gives each unit the same score and the units differ', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 2, max: 4 })), { minLength: 2, maxLength: 12 }),
        (units) => {
          fc.pre(new Set(units.map(([score]) => score)).size >= 2);
          const values = units.map(([score, raters]) => Array<number>(raters).fill(score));
          expect(krippendorffAlpha(values, 'ordinal')).toBeCloseTo(1, 12);
          expect(krippendorffAlpha(values, 'interval')).toBeCloseTo(1, 12);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is at most 1, and a number or null, never NaN', () => {
    fc.assert(
      fc.property(tableArb, (table) => {
        const units = subjects(table).map((s) => [...s.values()]);
        for (const metric of ['ordinal', 'interval'] as const) {
          const alpha = krippendorffAlpha(units, metric);
          if (alpha !== null) {
            expect(Number.isFinite(alpha)).toBe(true);
            expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('a reliability study', () => {
  it('does not depend on the order of raters or of subjects', () => {
    fc.assert(
      fc.property(tableArb, fc.infiniteStream(fc.nat()), (table, randoms) => {
        const random = randoms[Symbol.iterator]();
        const shuffle = <T>(list: readonly T[]): T[] => {
          const copy = [...list];
          for (let i = copy.length - 1; i > 0; i--) {
            const j = random.next().value % (i + 1);
            [copy[i], copy[j]] = [copy[j]!, copy[i]!];
          }
          return copy;
        };
        const k = table[0]!.length;
        const order = shuffle([...Array(k).keys()]);
        // The same ratings, the raters' columns in another order (names follow their scores) and the rows shuffled.
        const reordered = shuffle(table.map((row) => order.map((i) => row[i]!)));
        const a = reliabilityStudy(subjects(table)).study;
        const b = reliabilityStudy(subjects(reordered, order.map((i) => RATERS[i]!))).study;
        expect(b.raters).toEqual(a.raters);
        expect(b.subjects).toBe(a.subjects);
        close(b.alpha.ordinal, a.alpha.ordinal);
        close(b.alpha.interval, a.alpha.interval);
        for (const form of ['ICC1', 'ICC2', 'ICC3', 'ICC1k', 'ICC2k', 'ICC3k'] as const) {
          close(b.icc[form].value, a.icc[form].value);
          expect(b.icc[form].ci95 === null).toBe(a.icc[form].ci95 === null);
          if (a.icc[form].ci95) a.icc[form].ci95!.forEach((x, i) => close(b.icc[form].ci95![i]!, x));
        }
        b.pairs.forEach((pair, i) => {
          expect(pair.raters).toEqual(a.pairs[i]!.raters);
          close(pair.exact, a.pairs[i]!.exact);
          close(pair.kappaWeighted, a.pairs[i]!.kappaWeighted);
        });
        expect(JSON.stringify(a)).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 200 },
    );
  });
});
