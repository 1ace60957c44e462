// A published table, reproduced: Odden et al. 2019 (Int J Ment Health Syst 13:65), Table 1.
// Mean TMACT item scores of 12 Norwegian ACT teams on a 1-5 scale, at 12 and 30 months. The paper
// reports the subscale means rounded to one decimal: operations and structure (OS) 3.9 then 4.1,
// core team (CT) 3.6 then 3.9.
import { describe, expect, it } from 'vitest';
import { scoreAssessments } from '../../src/scoring/score.js';
import { buildScale } from '../helpers/scale-builder.js';
import { CT_12, CT_30, OS_12, OS_30, PUBLISHED } from '../fixtures/odden-2019.js';
import { buildAssessment, consensusScores } from './build-assessment.js';

const tmact = buildScale({
  id: 'tmact-os-ct',
  rating: { min: 1, max: 5 },
  domains: [
    { id: 'os', items: OS_12.map((_, index) => `os${index + 1}`) },
    { id: 'ct', items: CT_12.map((_, index) => `ct${index + 1}`) },
  ],
});

// The study's two measurements; the dates stand for "12 months" and "30 months" after the start.
const result = scoreAssessments(
  tmact,
  [
    buildAssessment({ team: 'Norwegian ACT teams', date: '2016-06-01', kind: 'external', ratings: {
      ...consensusScores('os', OS_30),
      ...consensusScores('ct', CT_30),
    } }),
    buildAssessment({ team: 'Norwegian ACT teams', date: '2014-12-01', kind: 'external', ratings: {
      ...consensusScores('os', OS_12),
      ...consensusScores('ct', CT_12),
    } }),
  ],
  { toolVersion: '0.1.0', scaleName: 'TMACT (OS and CT)' },
);
const [first, second] = result.assessments;
const domain = (assessment: typeof first, id: string) => assessment!.domains.find((d) => d.id === id)!.score!;

describe('Odden et al. 2019, Table 1', () => {
  it.each(PUBLISHED)('%s, %s: %s', (when, id, published, byHand) => {
    const score = domain(when === '12 months' ? first : second, id);
    expect(score.toFixed(1)).toBe(published);
    expect(score).toBeCloseTo(byHand, 12);
  });

  it('counts every item as rated and none as missing', () => {
    expect(first!.overall).toMatchObject({ rated: 12 + 7, na: 0, missing: 0 });
  });

  it('gives the overall mean of all 19 items, and its percent of the 1-5 range', () => {
    const mean = (46.4 + 25.3) / 19;
    expect(first!.overall.score).toBeCloseTo(mean, 12);
    expect(first!.overall.percent).toBeCloseTo(((mean - 1) / (5 - 1)) * 100, 10);
  });

  it('reports the change from 12 to 30 months', () => {
    const change = second!.change!;
    expect(change.from).toBe('2014-12-01');
    expect(change.domains.os).toBeCloseTo((49.7 - 46.4) / 12, 12);
    expect(change.domains.ct).toBeCloseTo((27.3 - 25.3) / 7, 12);
    expect(change.overall).toBeCloseTo((49.7 + 27.3 - (46.4 + 25.3)) / 19, 12);
  });
});
