// When the next assessment is due (SPEC 6.9): each team's latest date plus reviewEveryMonths.
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/scoring/next-due.js';
import { scoreAssessments } from '../../src/scoring/score.js';
import { buildScale } from '../helpers/scale-builder.js';
import { buildAssessment } from './build-assessment.js';

const options = { toolVersion: '0.1.0', scaleName: 'Test scale' };
const scaleEvery = (months: number | null) =>
  buildScale({ reviewEveryMonths: months, domains: [{ id: 'd', items: ['a'] }] });

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 6, '2026-07-15'],
    ['2026-08-31', 6, '2027-02-28'], // clamped to the end of February
    ['2027-08-31', 6, '2028-02-29'], // 2028 is a leap year
    ['2099-08-31', 6, '2100-02-28'], // 2100 is not
    ['2399-08-31', 6, '2400-02-29'], // 2400 is
    ['2026-03-31', 6, '2026-09-30'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-07-15', 18, '2028-01-15'],
    ['2026-10-01', 12, '2027-10-01'],
    ['2026-10-15T09:00:00+02:00', 6, null], // not an ISO date
  ] as const)('%s + %s months = %s', (date, months, due) => {
    expect(addMonths(date, months)).toBe(due);
  });
});

describe('nextDue', () => {
  it('is set on each team latest dated assessment, of any kind, and null elsewhere', () => {
    const result = scoreAssessments(
      scaleEvery(6),
      [
        buildAssessment({ team: 'Moss', date: '2026-02-28', kind: 'external' }),
        buildAssessment({ team: 'Moss', date: '2026-08-31', kind: 'self' }),
        buildAssessment({ team: 'Moss', date: null, kind: 'self' }),
        buildAssessment({ team: 'Rana', date: '2026-03-31', kind: 'external' }),
        buildAssessment({ team: 'Undated', date: null }),
      ],
      options,
    );
    expect(result.assessments.map(({ team, date, nextDue }) => [team, date, nextDue])).toEqual([
      ['Moss', null, null],
      ['Moss', '2026-02-28', null],
      ['Moss', '2026-08-31', '2027-02-28'],
      ['Rana', '2026-03-31', '2026-09-30'],
      ['Undated', null, null],
    ]);
  });

  it('is set on both assessments that share the latest date', () => {
    const result = scoreAssessments(
      scaleEvery(3),
      [buildAssessment({ date: '2026-05-20', kind: 'self' }), buildAssessment({ date: '2026-05-20', kind: 'external' })],
      options,
    );
    expect(result.assessments.map(({ nextDue }) => nextDue)).toEqual(['2026-08-20', '2026-08-20']);
  });

  it('is null everywhere without a review interval', () => {
    const result = scoreAssessments(scaleEvery(null), [buildAssessment({ date: '2026-05-20' })], options);
    expect(result.assessments[0]!.nextDue).toBeNull();
  });
});
