// Principle scores: the unweighted mean of the rated items mapped to each principle, for the spider chart.
import type { Principle } from '../scale/model.js';
import type { RatedItem } from './rated-item.js';
import type { PrincipleResult } from './result.js';
import { mean } from './weighted-mean.js';

export function scorePrinciples(principles: readonly Principle[], rated: readonly RatedItem[]): PrincipleResult[] {
  return principles.map(({ id }) => {
    const scores = rated.filter(({ item }) => item.principles.includes(id)).map(({ score }) => score);
    // Unweighted (SPEC 6): weights shape domains and the overall, not how a principle is lived.
    return { id, score: mean(scores), rated: scores.length };
  });
}
