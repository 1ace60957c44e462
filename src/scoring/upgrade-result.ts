// A version 1 result (the first edition) brought up to the current contract: what version 2 added is
// worked out from the result's own items and the scale, by the same rules scoring uses, so a result
// read back judges its level exactly as scoring the data again would.
import type { Scale } from '../scale/model.js';
import type { AssessmentResult, Result, ResultV1 } from '../result/schema.js';
import { RESULT_SCHEMA_VERSION } from '../result/version.js';
import { pickHighlights } from './highlights.js';
import { judgeLevel } from './levels.js';
import { scorePrinciples } from './principles.js';
import { ratedItems } from './rated-item.js';

export function upgradeResult(result: Result | ResultV1, scale: Scale): Result {
  if (result.schemaVersion === RESULT_SCHEMA_VERSION) return result;
  return { ...result, schemaVersion: RESULT_SCHEMA_VERSION, assessments: result.assessments.map((a) => upgradeAssessment(a, scale)) };
}

function upgradeAssessment(assessment: ResultV1['assessments'][number], scale: Scale): AssessmentResult {
  const byId = new Map(assessment.items.map((item) => [item.id, item]));
  const rated = ratedItems(scale.items, byId);
  const { level, scoreLevel, levelWithheld, criticalBelow } = judgeLevel(scale, assessment.overall.score, rated, byId);
  const { overall, principles: _principles, ...rest } = assessment;
  const { distribution, criticalBelow: _below, range, ...head } = overall;
  return {
    ...rest,
    overall: { ...head, level, scoreLevel, levelWithheld, distribution, criticalBelow, range },
    principles: scorePrinciples(scale.principles, scale.items, rated, byId),
    items: assessment.items,
    highlights: pickHighlights(scale.items, byId),
    comments: [],
  };
}
