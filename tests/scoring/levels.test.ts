// Levels (SPEC 6.5): thresholds, level rounding, minCritical holding a level down, criticalBelow.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/assessment/model.js';
import type { LevelNeeds } from '../../src/scale/model.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { roundHalfAwayFromZero, roundHalfUp } from '../../src/shared/tolerance.js';
import { buildScale, type LevelSpec } from '../helpers/scale-builder.js';
import { buildAssessment, consensusScores } from './build-assessment.js';

const BANDS: LevelSpec[] = [
  { id: 'high', min: 3.5, minCritical: 3 },
  { id: 'fair', min: 3.0 },
  { id: 'low' },
];

/**
 * Items i1..iN with the given consensus scores; c1 (critical) is rated only when given. The banding
 * rules are tested on their own here, so a level needs nothing rated unless `levelNeeds` is given
 * (the tests of withheld levels below give it).
 */
function levelOf(scores: Answer[], options: { levelRounding?: number; critical?: Answer; levels?: LevelSpec[]; levelNeeds?: LevelNeeds } = {}) {
  const scale = buildScale({
    levelRounding: options.levelRounding ?? null,
    levelNeeds: options.levelNeeds ?? { rated: 0, critical: 'none' },
    levels: options.levels ?? BANDS,
    domains: [
      {
        id: 'd',
        items: [...scores.map((_, index) => `i${index + 1}`), { id: 'c1', critical: true }],
      },
    ],
  });
  const ratings = { ...consensusScores('i', scores), ...(options.critical === undefined ? {} : { c1: options.critical }) };
  return scoreAssessment(scale, buildAssessment({ ratings })).overall;
}

describe('level thresholds', () => {
  it.each([
    // [scores, level]: a score exactly on a threshold takes that level
    [[4], 'high'],
    [[3.5], 'high'],
    [[3, 4], 'high'],
    [[3.49], 'fair'],
    [[3], 'fair'],
    [[2.99], 'low'],
    [[1], 'low'],
  ] as const)('%o -> %s', (scores, level) => {
    expect(levelOf([...scores]).level).toBe(level);
  });

  it('a mean of exact decimals a hair under a threshold still reaches it', () => {
    // 2.6 + 4 + 3.8 + 3.6 = 14 on paper, so the mean is 3.5, but binary floating point gives 3.4999999999999996
    expect((2.6 + 4 + 3.8 + 3.6) / 4).toBeLessThan(3.5);
    expect(levelOf([2.6, 4, 3.8, 3.6])).toMatchObject({ level: 'high', criticalBelow: [] });
  });

  it('is null when there is no score, or no levels', () => {
    expect(levelOf(['na']).level).toBeNull();
    expect(levelOf([4], { levels: [] }).level).toBeNull();
  });

  it('is null when the score is below every level and none catches all', () => {
    expect(levelOf([2], { levels: [{ id: 'high', min: 3.5 }, { id: 'fair', min: 3 }] }).level).toBeNull();
  });
});

describe('level rounding', () => {
  it.each([
    // [score, levelRounding, level]
    [3.45, 1, 'high'], // 3.45 -> 3.5
    [3.45, null, 'fair'], // unrounded, 3.45 is below 3.5
    [3.44, 1, 'fair'], // 3.44 -> 3.4
    [3.449, 2, 'fair'], // 3.449 -> 3.45
    [3.449, 1, 'fair'], // rounded once, to 3.4: no double rounding
    [3.4951, 2, 'high'], // 3.4951 -> 3.50
    [2.95, 1, 'fair'], // 2.95 -> 3.0
    [3.2, 0, 'fair'], // 3.2 -> 3
    [3.5, 0, 'high'], // 3.5 -> 4
    [2.5, 0, 'fair'], // 2.5 -> 3
  ] as const)('%s rounded to %s decimals is %s', (score, levelRounding, level) => {
    expect(levelOf([score], levelRounding === null ? {} : { levelRounding }).level).toBe(level);
  });

  it('rounds a computed 3.45 that floating point holds as 3.4499999999999997 up to 3.5', () => {
    expect((2.1 + 4 + 3.8 + 3.9) / 4).toBeLessThan(3.45);
    expect(levelOf([2.1, 4, 3.8, 3.9], { levelRounding: 1 }).level).toBe('high');
  });

  it('rounds only for banding: the score itself keeps full precision', () => {
    const overall = levelOf([3.45], { levelRounding: 1 });
    expect(overall.score).toBe(3.45);
    expect(overall.level).toBe('high');
  });

  it.each([
    // [value, decimals, rounded half away from zero]
    [3.45, 1, 3.5],
    [1.15, 1, 1.2], // 1.15 × 10 is 11.499999999999998 in binary
    [1.005, 2, 1.01], // 1.005 × 100 is 100.49999999999999
    [2.675, 2, 2.68],
    [2.25, 1, 2.3],
    [-2.25, 1, -2.3],
    [3.44, 1, 3.4],
    [0.5, 0, 1],
    [3.999, 2, 4],
  ])('roundHalfAwayFromZero(%s, %s) = %s', (value, decimals, rounded) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(rounded);
  });

  it.each([
    [2.5, 3],
    [2.4999999999999996, 3],
    [2.49, 2],
    [3.5, 4],
    [-2.5, -2],
    [1, 1],
  ])('roundHalfUp(%s) = %s', (value, rounded) => {
    expect(roundHalfUp(value)).toBe(rounded);
  });
});

describe('minCritical', () => {
  it.each([
    // [critical item score, level, criticalBelow]; the other items alone score 4
    [2, 'fair', ['c1']], // c1 is below high's minCritical 3: the level is held down to fair
    [2.99, 'fair', ['c1']],
    [3, 'high', []], // exactly on minCritical meets it
    ['na', 'high', []], // an N/A critical item is not rated, so it cannot hold a level down
    [undefined, 'high', []], // nor can a missing one
  ] as const)('critical item at %s -> %s', (critical, level, criticalBelow) => {
    const scores = [4, 4, 4, 4, 4];
    // with c1 = 2 the overall is (4·5 + 2) / 6 = 3.67, still at or above 3.5
    expect((4 * 5 + 2) / 6).toBeGreaterThanOrEqual(3.5);
    expect(levelOf(scores, critical === undefined ? {} : { critical })).toMatchObject({
      level,
      criticalBelow: [...criticalBelow],
    });
  });

  it('lists nothing when the score alone does not reach a level with a minCritical', () => {
    // (3 + 3 + 2) / 3 = 2.67 < 3.5: high is out of reach by score, so c1 held nothing down
    expect(levelOf([3, 3], { critical: 2 })).toMatchObject({ level: 'low', criticalBelow: [] });
  });

  it('lists the critical items below the highest level held down, in scale order', () => {
    const levels: LevelSpec[] = [
      { id: 'top', min: 3.5, minCritical: 3.5 },
      { id: 'high', min: 3, minCritical: 3 },
      { id: 'mid', min: 2, minCritical: 2 },
      { id: 'low' },
    ];
    const scale = buildScale({
      levels,
      domains: [
        { id: 'd', items: ['i1', 'i2', 'i3', { id: 'c1', critical: true }, { id: 'c2', critical: true }] },
        { id: 'e', items: [{ id: 'c3', critical: true }] },
      ],
    });
    const ratings = { i1: 4, i2: 4, i3: 4, c1: 2.5, c2: 3.2, c3: 4 };
    // (4 + 4 + 4 + 2.5 + 3.2 + 4) / 6 = 3.62: top fails on c1 and c2, high on c1, mid holds
    const { overall } = scoreAssessment(scale, buildAssessment({ ratings }));
    expect(overall.score).toBeCloseTo((4 + 4 + 4 + 2.5 + 3.2 + 4) / 6, 12);
    expect(overall.level).toBe('mid');
    expect(overall.criticalBelow).toEqual(['c1', 'c2']);
  });

  it('applies minCritical only to critical items', () => {
    const scale = buildScale({
      levels: BANDS,
      domains: [{ id: 'd', items: ['i1', 'i2', 'i3', 'i4', { id: 'c1', critical: true }] }],
    });
    // i4 = 2 is below 3, but not critical: (4 + 4 + 4 + 2 + 4) / 5 = 3.6 -> high
    const { overall } = scoreAssessment(scale, buildAssessment({ ratings: { i1: 4, i2: 4, i3: 4, i4: 2, c1: 4 } }));
    expect(overall).toMatchObject({ level: 'high', criticalBelow: [] });
  });

  it('uses the rounded score to decide which levels the score reaches', () => {
    // (4 + 2.9) / 2 = 3.45: rounded to 3.5 it reaches high, where c1 = 2.9 fails minCritical 3
    expect(levelOf([4], { levelRounding: 1, critical: 2.9 })).toMatchObject({ level: 'fair', criticalBelow: ['c1'] });
    // unrounded, 3.45 never reaches high, so nothing was held down
    expect(levelOf([4], { critical: 2.9 })).toMatchObject({ level: 'fair', criticalBelow: [] });
  });
});

describe('a level needs enough ratings (SPEC 11)', () => {
  const LEVELS: LevelSpec[] = [{ id: 'high', min: 3.5, minCritical: 3 }, { id: 'fair', min: 3 }, { id: 'low' }];
  /** 38 items, c1 and c2 core; the first `rated` items (core items first) at `score`, then N/A ones. */
  function judge(rated: number, options: { na?: number; score?: number; coreFirst?: boolean } = {}) {
    const ids = ['c1', 'c2', ...Array.from({ length: 36 }, (_, i) => `i${i + 1}`)];
    const scale = buildScale({
      levels: LEVELS,
      domains: [{ id: 'd', items: ids.map((id) => ({ id, critical: id.startsWith('c'), na: true })) }],
    });
    const order = options.coreFirst === false ? [...ids.slice(2), ...ids.slice(0, 2)] : ids;
    const ratings: Record<string, Answer> = {};
    order.slice(0, rated).forEach((id) => (ratings[id] = options.score ?? 4));
    order.slice(rated, rated + (options.na ?? 0)).forEach((id) => (ratings[id] = 'na'));
    return scoreAssessment(scale, buildAssessment({ ratings: consensusOf(ratings) })).overall;
  }
  function consensusOf(ratings: Record<string, Answer>) {
    return Object.fromEntries(Object.entries(ratings).map(([id, score]) => [id, { consensus: score, raters: {} }]));
  }

  it('withholds the level with 5 of 38 rated: 80 % of 38 is 30.4, so 31 are needed', () => {
    const overall = judge(5);
    expect(overall.score).toBe(4);
    expect(overall.scoreLevel).toBe('high');
    expect(overall.level).toBeNull();
    expect(overall.levelWithheld).toEqual({ reason: 'too-few-rated', rated: 5, needed: 31, items: [] });
  });

  it('withholds it at 30 of 38 and gives it at 31 of 38', () => {
    expect(judge(30).levelWithheld).toMatchObject({ reason: 'too-few-rated', rated: 30, needed: 31 });
    expect(judge(30).level).toBeNull();
    expect(judge(31).levelWithheld).toBeNull();
    expect(judge(31).level).toBe('high');
  });

  it('leaves N/A items out of the count: 28 rated and 3 N/A of 38 is 28 of 35, and 80 % of 35 is 28', () => {
    expect(judge(28, { na: 3 }).levelWithheld).toBeNull();
    expect(judge(27, { na: 3 }).levelWithheld).toEqual({ reason: 'too-few-rated', rated: 27, needed: 28, items: [] });
  });

  it('withholds it when a core item is not rated, naming the item, even with every other item rated', () => {
    const overall = judge(36, { coreFirst: false });
    expect(overall.level).toBeNull();
    expect(overall.scoreLevel).toBe('high');
    expect(overall.levelWithheld).toEqual({ reason: 'critical-not-rated', rated: 36, needed: 31, items: ['c1', 'c2'] });
  });

  it('says what the score alone reaches when a core item holds the level down', () => {
    // 37 items at 4 and core item c1 at 2: (37 x 4 + 2) / 38 = 150 / 38 = 3.947..., which reaches high,
    // but high needs every core item at 3 or more, so the level is fair.
    const ids = ['c1', ...Array.from({ length: 37 }, (_, i) => `i${i + 1}`)];
    const scale = buildScale({ levels: LEVELS, domains: [{ id: 'd', items: ids.map((id) => ({ id, critical: id === 'c1' })) }] });
    const ratings = consensusOf(Object.fromEntries(ids.map((id) => [id, id === 'c1' ? 2 : 4])));
    const overall = scoreAssessment(scale, buildAssessment({ ratings })).overall;
    expect(overall.score).toBeCloseTo(150 / 38, 12);
    expect(overall).toMatchObject({ level: 'fair', scoreLevel: 'high', levelWithheld: null, criticalBelow: ['c1'] });
  });

  it('is given with nothing required (levelNeeds rated 0, critical none)', () => {
    expect(levelOf([4], { levelNeeds: { rated: 0, critical: 'none' } }).levelWithheld).toBeNull();
    // i1 rated and core item c1 not: 1 of 2 meets a need of half, but not the need of every core item.
    expect(levelOf([4], { levelNeeds: { rated: 0.5, critical: 'all' } }).levelWithheld).toEqual({ reason: 'critical-not-rated', rated: 1, needed: 1, items: ['c1'] });
    expect(levelOf([4], { levelNeeds: { rated: 0.8, critical: 'all' } }).levelWithheld).toMatchObject({ reason: 'too-few-rated', rated: 1, needed: 2 });
  });
});
