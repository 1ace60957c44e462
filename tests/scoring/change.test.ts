// Ordering and change since last time (SPEC 6.9, 7): same team, same kind, previous dated assessment.
import { describe, expect, it } from 'vitest';
import { scoreAssessments } from '../../src/scoring/score.js';
import { buildScale } from '../helpers/scale-builder.js';
import { buildAssessment } from './build-assessment.js';

const scale = buildScale({
  domains: [
    { id: 'd', items: [{ id: 'd1', principles: ['p'] }, { id: 'd2', principles: ['q'] }] },
    { id: 'e', items: [{ id: 'e1', principles: ['p'] }] },
  ],
});
const options = { toolVersion: '0.1.0', scaleName: 'Test scale' };

const assessments = [
  buildAssessment({ team: 'Rana', date: '2026-02-01', kind: 'self', ratings: { d1: 1 } }),
  buildAssessment({ team: 'Moss', date: '2026-06-10', kind: 'self', ratings: { d1: 3, d2: 3, e1: 'na' } }),
  buildAssessment({ team: 'Moss', date: '2026-03-01', kind: 'external', ratings: { d1: 4, d2: 4, e1: 4 } }),
  buildAssessment({ team: 'Moss', date: null, kind: 'self', ratings: { d1: 1, d2: 1, e1: 1 } }),
  buildAssessment({ team: 'Moss', date: '2026-01-10', kind: 'self', ratings: { d1: 2, d2: 3, e1: 2 } }),
  buildAssessment({ team: 'Moss', date: '2026-07-01', kind: null, ratings: { d1: 4 } }),
  buildAssessment({ team: 'Moss', date: '2026-02-01', kind: null, ratings: { d1: 2 } }),
];
const result = scoreAssessments(scale, assessments, options);
const find = (team: string, date: string | null, kind: string | null) =>
  result.assessments.find((a) => a.team === team && a.date === date && a.kind === kind)!;

describe('order', () => {
  it('is by team, then date with undated first', () => {
    expect(result.assessments.map(({ team, date, kind }) => `${team} ${date} ${kind}`)).toEqual([
      'Moss null self',
      'Moss 2026-01-10 self',
      'Moss 2026-02-01 null',
      'Moss 2026-03-01 external',
      'Moss 2026-06-10 self',
      'Moss 2026-07-01 null',
      'Rana 2026-02-01 self',
    ]);
  });

  it('sorts team names as Norwegian readers expect, Å last', () => {
    const teams = ['Ålesund', 'Oslo', 'Grünerløkka', 'Bærum', 'Østfold', 'Asker'];
    const sorted = scoreAssessments(scale, teams.map((team) => buildAssessment({ team })), options);
    expect(sorted.assessments.map(({ team }) => team)).toEqual(['Asker', 'Bærum', 'Grünerløkka', 'Oslo', 'Østfold', 'Ålesund']);
  });

  it('orders two assessments of one team on one date by kind', () => {
    const twice = [
      buildAssessment({ date: '2026-05-05', kind: 'self' }),
      buildAssessment({ date: '2026-05-05', kind: 'external' }),
    ];
    const kinds = (list: typeof twice) => scoreAssessments(scale, list, options).assessments.map(({ kind }) => kind);
    expect(kinds(twice)).toEqual(['external', 'self']);
    expect(kinds([...twice].reverse())).toEqual(['external', 'self']);
  });
});

describe('change', () => {
  it('compares a self-assessment with the previous self-assessment, never the external review between', () => {
    // before: d1 2, d2 3, e1 2; after: d1 3, d2 3, e1 N/A
    const change = find('Moss', '2026-06-10', 'self').change!;
    expect(change.from).toBe('2026-01-10');
    expect(change.overall).toBeCloseTo((3 + 3) / 2 - (2 + 3 + 2) / 3, 12);
    expect(change.domains).toEqual({ d: (3 + 3) / 2 - (2 + 3) / 2, e: null }); // e has no score now
    expect(Object.keys(change.principles)).toEqual(['p', 'q']);
    expect(change.principles.p).toBeCloseTo(3 - (2 + 2) / 2, 12); // p: d1 and e1
    expect(change.principles.q).toBe(3 - 3);
  });

  it('is null for the first of its kind, even after another kind', () => {
    expect(find('Moss', '2026-01-10', 'self').change).toBeNull();
    expect(find('Moss', '2026-03-01', 'external').change).toBeNull();
    expect(find('Moss', '2026-02-01', null).change).toBeNull();
  });

  it('compares an unknown kind only with an unknown kind', () => {
    const change = find('Moss', '2026-07-01', null).change!;
    expect(change.from).toBe('2026-02-01');
    expect(change.overall).toBe(4 - 2);
    expect(change.domains).toEqual({ d: 4 - 2, e: null }); // e unrated on both sides
  });

  it('is null for an undated assessment, which is also never a previous one', () => {
    expect(find('Moss', null, 'self').change).toBeNull();
  });

  it('never compares two teams', () => {
    expect(find('Rana', '2026-02-01', 'self').change).toBeNull();
  });
});
