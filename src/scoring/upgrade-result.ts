// A version 1 result (the first edition) brought up to the current contract: what version 2 added is
// worked out from the result's own items and the scale, by the same rules scoring uses, so a result
// read back judges its level exactly as scoring the data again would. A version 2 result written
// before Krippendorff's alpha gets it from its items' raters.
import type { Scale } from '../scale/model.js';
import type { AssessmentResult, Result, ResultRead, ResultV1 } from '../result/schema.js';
import { alphaOf } from './agreement.js';
import { RESULT_SCHEMA_VERSION } from '../result/version.js';
import { pickHighlights } from './highlights.js';
import { judgeLevel } from './levels.js';
import { scorePrinciples } from './principles.js';
import { ratedItems } from './rated-item.js';

export function upgradeResult(result: ResultRead | ResultV1, scale: Scale): Result {
  if (result.schemaVersion === RESULT_SCHEMA_VERSION) return { ...result, assessments: result.assessments.map(withAlpha) };
  return { ...result, schemaVersion: RESULT_SCHEMA_VERSION, assessments: result.assessments.map((a) => upgradeAssessment(a, scale)) };
}

/** Krippendorff's alpha, where a result was written before it: from the items' raters, as scoring does. */
function withAlpha<A extends ResultRead['assessments'][number] | ResultV1['assessments'][number]>(assessment: A): A & Pick<AssessmentResult, 'agreement'> {
  const agreement = assessment.agreement;
  if (agreement === null || agreement.alpha !== undefined) return assessment as A & Pick<AssessmentResult, 'agreement'>;
  return { ...assessment, agreement: { ...agreement, alpha: alphaOf(assessment.items) } };
}

function upgradeAssessment(v1: ResultV1['assessments'][number], scale: Scale): AssessmentResult {
  const assessment = withAlpha(v1);
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
    highlights: pickHighlights(rated),
    comments: [],
  };
}
