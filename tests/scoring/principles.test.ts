// Principle scores (SPEC 6.6): the unweighted mean of the rated items mapped to each principle.
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/scoring/score.js';
import { buildScale } from '../helpers/scale-builder.js';
import { buildAssessment } from './build-assessment.js';

const scale = buildScale({
  principles: ['choice', 'recovery', 'human-right', 'community'],
  domains: [
    {
      id: 'housing',
      items: [
        { id: 'h1', principles: ['choice', 'human-right'], weight: 3 },
        { id: 'h2', principles: ['choice'] },
      ],
    },
    {
      id: 'services',
      items: [
        { id: 's1', principles: ['recovery', 'choice'] },
        { id: 's2', principles: ['recovery'] },
        { id: 's3', principles: ['human-right'] },
      ],
    },
  ],
});

describe('principles', () => {
  const { principles } = scoreAssessment(
    scale,
    buildAssessment({ ratings: { h1: 4, h2: 2, s1: 3, s2: 'na' } }), // s3 missing
  );

  it('come in scale order, each principle once, mapped or not', () => {
    expect(principles.map(({ id }) => id)).toEqual(['choice', 'recovery', 'human-right', 'community']);
  });

  it.each([
    // [principle, score, rated]
    ['choice', (4 + 2 + 3) / 3, 3], // unweighted: h1's weight 3 does not count here
    ['recovery', 3, 1], // s2 is N/A
    ['human-right', 4, 1], // s3 is missing
    ['community', null, 0], // no item maps to it
  ] as const)('%s scores %s from %s rated items', (id, score, rated) => {
    const principle = principles.find((p) => p.id === id)!;
    expect(principle.rated).toBe(rated);
    if (score === null) expect(principle.score).toBeNull();
    else expect(principle.score).toBeCloseTo(score, 12);
  });

  it('are empty when the scale has none', () => {
    const plain = buildScale({ domains: [{ id: 'd', items: ['a'] }] });
    expect(scoreAssessment(plain, buildAssessment({ ratings: { a: 3 } })).principles).toEqual([]);
  });
});
