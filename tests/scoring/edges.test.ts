// The scoring helpers at the edges the whole-assessment tests do not reach: a scale of no items, a
// score outside every range, a zero-width range, an absent item, two assessments that tie on team,
// date and kind, and the level a score reaches before critical items are weighed. Every expected
// value is worked out by hand in the comment beside it.
import { describe, expect, it } from 'vitest';
import { distributionOf } from '../../src/scoring/distribution.js';
import { reachedLevel } from '../../src/scoring/levels.js';
import { compareAssessments, compareText } from '../../src/scoring/order.js';
import { percentOf } from '../../src/scoring/percent.js';
import { countStatuses } from '../../src/scoring/score-assessment.js';
import type { ItemResult } from '../../src/result/schema.js';
import { buildScale } from '../helpers/scale-builder.js';

describe('distributionOf', () => {
  it('has no points for a scale of no items, and counts whatever was rated at its own point', () => {
    expect(distributionOf([], [])).toEqual({});
    const [item] = buildScale({ domains: [{ id: 'd', items: ['a'] }] }).items;
    // 2.5 rounds half up to 3.
    expect(distributionOf([], [{ item: item!, score: 2.5 }])).toEqual({ '3': 1 });
  });

  it('keeps a score outside every range (refused on input) at its point instead of losing it', () => {
    const [item] = buildScale({ domains: [{ id: 'd', items: ['a'] }] }).items; // rated 1-4
    expect(distributionOf([item!], [{ item: item!, score: 6 }])).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0, '6': 1 });
  });
});

describe('percentOf', () => {
  it('is null on a range of no width, and on a maximum of 0', () => {
    expect(percentOf('range', 3, { min: 3, max: 3 })).toBeNull();
    expect(percentOf('max', 0, { min: 0, max: 0 })).toBeNull();
    // (3 - 1) / (4 - 1) = 2/3; 3 / 4 = 75 %.
    expect(percentOf('range', 3, { min: 1, max: 4 })).toBeCloseTo(200 / 3, 12);
    expect(percentOf('max', 3, { min: 1, max: 4 })).toBe(75);
  });
});

describe('countStatuses', () => {
  const item = (status: ItemResult['status']): ItemResult => ({ id: 'x', domain: 'd', status, score: null, raters: {}, consensus: false, spread: null, note: null });

  it('counts an item with no result as missing', () => {
    expect(countStatuses([item('rated'), undefined, item('na'), undefined, item('missing')])).toEqual({ rated: 1, na: 1, missing: 3 });
  });
});

describe('compareAssessments', () => {
  const a = { team: 'Moss', date: '2026-10-15', kind: 'self' as const, sources: ['a.csv'] };

  it('breaks a tie of team, date and kind by the sources, so the order never depends on the input order', () => {
    const b = { ...a, sources: ['b.csv'] };
    expect(compareAssessments(a, b)).toBe(-1);
    expect(compareAssessments(b, a)).toBe(1);
    expect(compareAssessments(a, { ...a, sources: ['a.csv'] })).toBe(0);
  });

  it('puts the team first (Å after Ø, as in Norwegian), then an undated assessment before a dated one', () => {
    expect(compareText('Ålesund', 'Ørsta')).toBeGreaterThan(0);
    expect(compareAssessments({ ...a, team: 'Ålesund' }, { ...a, team: 'Oslo' })).toBeGreaterThan(0);
    expect(compareAssessments({ ...a, date: null }, a)).toBe(-1);
    expect(compareAssessments({ ...a, kind: null }, a)).toBe(-1);
  });
});

describe('reachedLevel', () => {
  const { levels } = buildScale({
    levels: [{ id: 'high', min: 3.5, minCritical: 3 }, { id: 'fair', min: 3 }, { id: 'low' }],
    domains: [{ id: 'd', items: ['a'] }],
  });

  it('is the first level the score reaches, rounded to levelRounding decimals when set', () => {
    // 3.45 unrounded is under 3.5: fair. Rounded to one decimal, half away from zero: 3.5, high.
    expect(reachedLevel(levels, null, 3.45)?.id).toBe('fair');
    expect(reachedLevel(levels, 1, 3.45)?.id).toBe('high');
    // The last level has no min: every score reaches it.
    expect(reachedLevel(levels, null, 1)?.id).toBe('low');
    expect(reachedLevel([], null, 4)).toBeUndefined();
  });
});
