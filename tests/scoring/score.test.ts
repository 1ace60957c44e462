// The Result envelope (SPEC 7): version, tool, scale, what is copied from each assessment.
import { describe, expect, it } from 'vitest';
import { RESULT_SCHEMA_VERSION } from '../../src/result/version.js';
import { scoreAssessment, scoreAssessments } from '../../src/scoring/score.js';
import { buildScale } from '../helpers/scale-builder.js';
import { buildAssessment } from './build-assessment.js';

const scale = buildScale({ id: 'pathways-hf', version: '1.0', domains: [{ id: 'd', items: ['a', 'b'] }] });

describe('scoreAssessments', () => {
  it('wraps the assessments in a versioned result with no warnings of its own', () => {
    const result = scoreAssessments(scale, [buildAssessment({ ratings: { a: 3 } })], {
      toolVersion: '1.2.3',
      scaleName: 'Pathways Housing First',
    });
    expect(result.schemaVersion).toBe(RESULT_SCHEMA_VERSION);
    expect(result.tool).toEqual({ name: 'hf-fidelity', version: '1.2.3' });
    expect(result.scale).toEqual({ id: 'pathways-hf', version: '1.0', name: 'Pathways Housing First' });
    expect(result.warnings).toEqual([]);
    expect(result.assessments).toHaveLength(1);
  });

  it('gives an empty list for no assessments', () => {
    expect(scoreAssessments(scale, [], { toolVersion: '1', scaleName: 'x' }).assessments).toEqual([]);
  });

  it('does not change the assessments it is given', () => {
    const assessments = [
      buildAssessment({ team: 'Rana', ratings: { a: { raters: { B: 2, A: 3 } } } }),
      buildAssessment({ team: 'Moss', ratings: { b: 'na' } }),
    ];
    const before = structuredClone(assessments);
    scoreAssessments(scale, assessments, { toolVersion: '1', scaleName: 'x' });
    expect(assessments).toEqual(before);
  });
});

describe('scoreAssessment', () => {
  const assessment = {
    ...buildAssessment({ team: 'Housing First Moss', date: '2026-10-15', kind: 'external', raters: ['Anne', 'Bjørn'] }),
    sources: ['moss-2026.yaml'],
    strengths: ['Home visits every week'],
    recommendations: ['Written collaboration agreement'],
    actions: [{ item: 'b', action: 'Draft an agreement', owner: 'Team lead', due: '2027-03-01' }],
  };

  it('copies who, when, what kind, raters, sources, strengths, recommendations and actions', () => {
    const result = scoreAssessment(scale, assessment);
    expect(result).toMatchObject({
      team: 'Housing First Moss',
      date: '2026-10-15',
      kind: 'external',
      raters: ['Anne', 'Bjørn'],
      sources: ['moss-2026.yaml'],
      strengths: ['Home visits every week'],
      recommendations: ['Written collaboration agreement'],
      actions: [{ item: 'b', action: 'Draft an agreement', owner: 'Team lead', due: '2027-03-01' }],
      change: null,
      nextDue: null,
    });
    expect(result.actions[0]).not.toBe(assessment.actions[0]);
  });

  it('adds status only to an in-progress assessment', () => {
    expect('status' in scoreAssessment(scale, assessment)).toBe(false);
    expect(scoreAssessment(scale, { ...assessment, status: 'in-progress' }).status).toBe('in-progress');
  });

  it('puts the keys in the order of SPEC section 7 (with the picked highlights after the items)', () => {
    const scored = scoreAssessment(scale, { ...assessment, status: 'in-progress' });
    expect(Object.keys(scored)).toEqual([
      'team', 'date', 'kind', 'status', 'raters', 'sources', 'overall', 'domains', 'principles', 'items',
      'highlights', 'agreement', 'change', 'nextDue', 'strengths', 'recommendations', 'actions', 'comments',
    ]);
    expect(Object.keys(scored.overall)).toEqual([
      'score', 'itemMean', 'total', 'percent', 'level', 'scoreLevel', 'levelWithheld', 'rated', 'na', 'missing',
      'distribution', 'criticalBelow', 'range',
    ]);
  });

  it('is JSON-safe: nothing is lost in a round trip', () => {
    const result = scoreAssessment(scale, { ...assessment, ratings: { a: { raters: { Anne: 3, Bjørn: 'na' } } } });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
