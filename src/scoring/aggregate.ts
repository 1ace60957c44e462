// Domain and overall scores, each with the lowest and highest score the same rated items could have given.
import type { Aggregation } from '../scale/schema.js';
import type { Domain } from '../scale/model.js';
import type { RatedItem } from './rated-item.js';
import type { Range } from '../scale/model.js';
import { sum, weightedMean } from './weighted-mean.js';

/** A score and its bounds; both null together, when there is nothing to score. */
export interface Scored {
  score: number | null;
  bounds: Range | null;
}

const NOTHING: Scored = { score: null, bounds: null };

/**
 * Weighted mean of the rated items by item weight. The bounds are the same weighted mean of each item's
 * rating.min and rating.max, so a domain mixing 1-8 and 1-4 items gets the bounds its mix could reach.
 */
export function meanOfItems(rated: readonly RatedItem[]): Scored {
  return weightedScore(rated.map(({ item, score }) => ({ score, min: item.rating.min, max: item.rating.max, weight: item.weight })));
}

/** A score with its bounds and its weight in a mean. */
interface Part {
  score: number;
  min: number;
  max: number;
  weight: number;
}

/** The weighted mean of the parts' scores, and of their bounds by the same weights. */
function weightedScore(parts: readonly Part[]): Scored {
  const score = weightedMean(parts.map(({ score, weight }) => ({ value: score, weight })));
  const min = weightedMean(parts.map(({ min, weight }) => ({ value: min, weight })));
  const max = weightedMean(parts.map(({ max, weight }) => ({ value: max, weight })));
  return score === null || min === null || max === null ? NOTHING : { score, bounds: { min, max } };
}

export interface ScoredDomain {
  domain: Domain;
  scored: Scored;
}

/** The overall score by the scale's aggregation (SPEC 6.3), with bounds that follow the same rule. */
export function aggregateOverall(
  aggregation: Aggregation,
  rated: readonly RatedItem[],
  domains: readonly ScoredDomain[],
): Scored {
  switch (aggregation) {
    case 'mean-of-items':
      return meanOfItems(rated);
    case 'mean-of-domains':
      return meanOfDomains(domains);
    case 'sum-of-domain-means':
      return sumOfDomainMeans(domains);
    case 'sum-of-items':
      return sumOfItems(rated);
  }
}

function meanOfDomains(domains: readonly ScoredDomain[]): Scored {
  return weightedScore(
    domains.flatMap(({ domain, scored: { score, bounds } }) =>
      score === null || bounds === null ? [] : [{ score, min: bounds.min, max: bounds.max, weight: domain.weight }],
    ),
  );
}

function sumOfDomainMeans(domains: readonly ScoredDomain[]): Scored {
  const scores: number[] = [];
  const mins: number[] = [];
  const maxes: number[] = [];
  for (const { scored } of domains) {
    // A sum with a domain left out would look like a low score, not an incomplete one.
    if (scored.score === null || scored.bounds === null) return NOTHING;
    scores.push(scored.score);
    mins.push(scored.bounds.min);
    maxes.push(scored.bounds.max);
  }
  return sumOf(scores, mins, maxes);
}

function sumOfItems(rated: readonly RatedItem[]): Scored {
  return sumOf(
    rated.map(({ score }) => score),
    rated.map(({ item }) => item.rating.min),
    rated.map(({ item }) => item.rating.max),
  );
}

function sumOf(scores: number[], mins: number[], maxes: number[]): Scored {
  const score = sum(scores);
  const min = sum(mins);
  const max = sum(maxes);
  return score === null || min === null || max === null ? NOTHING : { score, bounds: { min, max } };
}
