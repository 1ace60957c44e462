// The distribution (SPEC 6.7): how many rated items sit at each whole rating point.
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/scoring/score.js';
import { buildScale } from '../helpers/scale-builder.js';
import { buildAssessment } from './build-assessment.js';

describe('distribution', () => {
  it('has a key for every point of the rating range, counting rated items only', () => {
    const scale = buildScale({ domains: [{ id: 'd', items: ['a', 'b', 'c', 'd', 'e', 'f'] }] });
    const { overall } = scoreAssessment(scale, buildAssessment({ ratings: { a: 4, b: 4, c: 1, d: 'na', e: 3 } }));
    expect(overall.distribution).toEqual({ '1': 1, '2': 0, '3': 1, '4': 2 });
  });

  it('counts decimal scores at their point rounded half up', () => {
    const scale = buildScale({ domains: [{ id: 'd', items: ['a', 'b', 'c', 'd', 'e'] }] });
    const ratings = {
      a: { raters: { A: 2, B: 3 } }, // 2.5 -> 3
      b: { raters: { A: 1, B: 2, C: 2 } }, // 1.67 -> 2
      c: { raters: { A: 3, B: 3, C: 4 } }, // 3.33 -> 3
      d: 1.49, // -> 1
      e: 3.5, // -> 4
    };
    const { overall } = scoreAssessment(scale, buildAssessment({ ratings }));
    expect(overall.distribution).toEqual({ '1': 1, '2': 1, '3': 2, '4': 1 });
  });

  it('spans from the lowest rating.min to the highest rating.max of all items', () => {
    const scale = buildScale({
      domains: [
        { id: 'low', rating: { min: 0, max: 3 }, items: ['l1'] },
        { id: 'high', rating: { min: 1, max: 6 }, items: ['h1'] },
      ],
    });
    const { overall } = scoreAssessment(scale, buildAssessment({ ratings: { l1: 0, h1: 6 } }));
    expect(overall.distribution).toEqual({ '0': 1, '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 1 });
    expect(Object.keys(overall.distribution)).toEqual(['0', '1', '2', '3', '4', '5', '6']);
  });

  it('is all zeros when nothing is rated', () => {
    const scale = buildScale({ domains: [{ id: 'd', items: ['a'] }] });
    expect(scoreAssessment(scale, buildAssessment()).overall.distribution).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0 });
  });
});
