// One assessment against its scale: items -> domains -> overall, level, principles and agreement.
import type { Assessment } from '../assessment/model.js';
import type { Scale } from '../scale/model.js';
import { agreementOf } from './agreement.js';
import { aggregateOverall, meanOfItems, type ScoredDomain } from './aggregate.js';
import { distributionOf } from './distribution.js';
import { pickHighlights } from './highlights.js';
import { judgeLevel } from './levels.js';
import { percentOf } from './percent.js';
import { scorePrinciples } from './principles.js';
import { ratedItems } from './rated-item.js';
import type { AssessmentResult, DomainResult, ItemResult, OverallResult } from '../result/schema.js';
import { scoreItem } from './score-item.js';
import { mean, sum } from './weighted-mean.js';

/** Scores one assessment. `change` and `nextDue` are null: they need the other assessments (score.ts). */
export function scoreAssessment(scale: Scale, assessment: Assessment): AssessmentResult {
  // Only the scale's items are scored; the input layer refuses ratings of items the scale lacks.
  const items = scale.items.map((item) => scoreItem(item, assessment.ratings[item.id]));
  const byId = new Map(items.map((result) => [result.id, result]));
  const rated = ratedItems(scale.items, byId);

  const scoredDomains: ScoredDomain[] = scale.domains.map((domain) => ({
    domain,
    scored: meanOfItems(ratedItems(domain.items, byId)),
  }));
  const domains: DomainResult[] = scoredDomains.map(({ domain, scored }) => ({
    id: domain.id,
    score: scored.score,
    percent: percentOf(scale.percent, scored.score, scored.bounds),
    ...countStatuses(domain.items.map(({ id }) => byId.get(id))),
    range: { ...domain.rating },
  }));

  const { score, bounds } = aggregateOverall(scale.aggregation, rated, scoredDomains);
  const scores = rated.map(({ score }) => score);
  const judgement = judgeLevel(scale, score, rated, byId);
  const overall: OverallResult = {
    score,
    itemMean: mean(scores),
    total: sum(scores),
    percent: percentOf(scale.percent, score, bounds),
    level: judgement.level,
    scoreLevel: judgement.scoreLevel,
    levelWithheld: judgement.levelWithheld,
    ...countStatuses(items),
    distribution: distributionOf(scale.items, rated),
    criticalBelow: judgement.criticalBelow,
    range: bounds,
  };

  return {
    team: assessment.team,
    date: assessment.date,
    kind: assessment.kind,
    // The key is left out of complete assessments (SPEC 7), not set to "complete".
    ...(assessment.status === 'in-progress' ? { status: 'in-progress' as const } : {}),
    raters: [...assessment.raters],
    sources: [...assessment.sources],
    overall,
    domains,
    principles: scorePrinciples(scale.principles, scale.items, rated, byId),
    items,
    highlights: pickHighlights(rated),
    agreement: agreementOf(assessment.raters, items),
    change: null,
    nextDue: null,
    strengths: [...assessment.strengths],
    recommendations: [...assessment.recommendations],
    actions: assessment.actions.map((action) => ({ ...action })),
    comments: (assessment.comments ?? []).map((comment) => ({ ...comment })),
    ...(assessment.review ? { review: structuredClone(assessment.review) } : {}),
    ...(assessment.keyMessages ? { keyMessages: [...assessment.keyMessages] } : {}),
    ...(assessment.barriers ? { barriers: assessment.barriers.map((b) => ({ ...b, ...(b.items ? { items: [...b.items] } : {}) })) } : {}),
    ...(assessment.followUp ? { followUp: assessment.followUp.map((f) => ({ ...f })) } : {}),
  };
}

/** rated / na / missing of a set of items, counted from their statuses; an absent item counts as missing. */
export function countStatuses(items: readonly (ItemResult | undefined)[]): { rated: number; na: number; missing: number } {
  const counts = { rated: 0, na: 0, missing: 0 };
  for (const item of items) counts[item?.status ?? 'missing']++;
  return counts;
}
