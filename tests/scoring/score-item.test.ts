// Item scores (SPEC 6.1): consensus over the raters' mean, N/A, missing, spread and notes.
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/scoring/score.js';
import { buildScale } from '../helpers/scale-builder.js';
import { buildAssessment, type RatingSpec } from './build-assessment.js';

const scale = buildScale({ domains: [{ id: 'd', items: ['a'] }] });

function itemOf(rating: RatingSpec | undefined) {
  const assessment = buildAssessment({ ratings: rating === undefined ? {} : { a: rating } });
  return scoreAssessment(scale, assessment).items[0]!;
}

describe('item score and status', () => {
  it.each([
    // [what, rating, status, score, consensus]
    ['a consensus number', 3, 'rated', 3, true],
    ['a decimal consensus', 2.5, 'rated', 2.5, true],
    ['a consensus N/A', 'na', 'na', null, true],
    ['the consensus, not the raters mean', { raters: { A: 1, B: 2 }, consensus: 4 }, 'rated', 4, true],
    ['a consensus N/A over numeric raters', { raters: { A: 1, B: 2 }, consensus: 'na' }, 'na', null, true],
    ['a consensus number over raters who said N/A', { raters: { A: 'na', B: 'na' }, consensus: 2 }, 'rated', 2, true],
    ['the mean of the raters without a consensus', { raters: { A: 3, B: 4 } }, 'rated', (3 + 4) / 2, false],
    ['the mean of three raters', { raters: { A: 1, B: 2, C: 4 } }, 'rated', (1 + 2 + 4) / 3, false],
    ['the mean of the numeric raters, N/A left out', { raters: { A: 2, B: 'na', C: 4 } }, 'rated', (2 + 4) / 2, false],
    ['one rater', { raters: { A: 3 } }, 'rated', 3, false],
    ['N/A when every rater said N/A', { raters: { A: 'na', B: 'na' } }, 'na', null, false],
    ['missing when no rating is given', undefined, 'missing', null, false],
    ['missing when a rating has no answers', { raters: {} }, 'missing', null, false],
    ['missing when a rating holds only a note', { note: 'ask again' }, 'missing', null, false],
  ] as const)('%s', (_what, rating, status, score, consensus) => {
    const item = itemOf(rating as RatingSpec | undefined);
    expect(item.status).toBe(status);
    expect(item.score).toBe(score);
    expect(item.consensus).toBe(consensus);
  });
});

describe('item details', () => {
  it('copies the raters answers, keeps the note and names its domain', () => {
    const item = itemOf({ raters: { Anne: 4, Bjørn: 'na' }, consensus: 4, note: 'seen in records' });
    expect(item).toEqual({
      id: 'a',
      domain: 'd',
      status: 'rated',
      score: 4,
      raters: { Anne: 4, Bjørn: 'na' },
      consensus: true,
      spread: null,
      note: 'seen in records',
    });
  });

  it('has a null note and no raters when none are given', () => {
    expect(itemOf(3)).toMatchObject({ raters: {}, note: null, spread: null });
  });

  it.each([
    // [raters, spread]: highest minus lowest numeric score, only with two numeric scores or more
    [{ A: 3 }, null],
    [{ A: 3, B: 'na' }, null],
    [{ A: 3, B: 3 }, 0],
    [{ A: 1, B: 4 }, 4 - 1],
    [{ A: 2, B: 4, C: 3 }, 4 - 2],
    [{ A: 'na', B: 1, C: 3 }, 3 - 1],
    [{ A: 2.5, B: 4 }, 4 - 2.5],
  ] as const)('spread of %o is %s', (raters, spread) => {
    expect(itemOf({ raters: { ...raters } }).spread).toBe(spread);
  });

  it('reports the spread of the raters even when a consensus is given', () => {
    expect(itemOf({ raters: { A: 1, B: 3 }, consensus: 2 }).spread).toBe(3 - 1);
  });

  it('does not share the raters object with the assessment', () => {
    const assessment = buildAssessment({ ratings: { a: { raters: { A: 2 } } } });
    const item = scoreAssessment(scale, assessment).items[0]!;
    assessment.ratings.a!.raters.A = 4;
    expect(item.raters).toEqual({ A: 2 });
  });
});

describe('items in the result', () => {
  it('lists every scale item in scale order, rated or not', () => {
    const three = buildScale({ domains: [{ id: 'x', items: ['x1', 'x2'] }, { id: 'y', items: ['y1'] }] });
    const result = scoreAssessment(three, buildAssessment({ ratings: { y1: 2, x2: 'na' } }));
    expect(result.items.map(({ id, domain, status }) => [id, domain, status])).toEqual([
      ['x1', 'x', 'missing'],
      ['x2', 'x', 'na'],
      ['y1', 'y', 'rated'],
    ]);
  });
});
