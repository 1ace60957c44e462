// The items' sum, the top-two-points share and the moves since last time, on the tiny fixture,
// against figures worked out by hand from its ratings (report-fixture.ts).
import { describe, expect, it } from 'vitest';
import { itemChanges, itemTotal, topShare } from '../../src/report/item-totals.js';
import { totalText } from '../../src/report/item-totals-text.js';
import { buildResult, scale } from './report-fixture.js';

const result = buildResult();
const [first, second] = result.assessments.filter((a) => a.team === 'Housing First Moss');

describe('item totals', () => {
  it('adds the rated items only, against the most they could be, and says when some are missing', () => {
    // hc1 mean of 2 and 3 = 2.5, hc2 agreed 3, hc3 4, sv1 mean of 1 and 3 = 2; sv2 N/A, sv3 missing.
    expect(itemTotal(scale, first!)).toEqual({ total: 11.5, max: 16, rated: 4, complete: false });
    expect(totalText(itemTotal(scale, first!)!, 'nb')).toBe('11,5 av 16 (de 4 skårede indikatorene)');
  });

  it('counts a mean of 2.5 as below 3 in the share at 3 or above', () => {
    // hc2 (3) and hc3 (4) of the four rated: 50 %, not the 75 % that rounding 2.5 up would give.
    expect(topShare(scale, first!)).toEqual({ point: 3, count: 2, rated: 4, percent: 50 });
  });

  it('lists the moves since the previous round, the largest first, and counts the unchanged', () => {
    // hc1 2.5 -> 3, hc2 3 -> 4, hc3 4 -> 3.5 (mean of 3 and 4), sv1 2 -> 2 (Bjørn N/A: Anne's 2 alone).
    expect(itemChanges(result, second!)).toEqual({
      from: '2026-01-15',
      up: [
        { id: 'hc2', before: 3, now: 4 },
        { id: 'hc1', before: 2.5, now: 3 },
      ],
      down: [{ id: 'hc3', before: 4, now: 3.5 }],
      same: 1,
    });
    expect(itemChanges(result, first!)).toBeNull();
  });
});
