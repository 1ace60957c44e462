// Change since the previous assessment of the same team and kind (SPEC 6.9).
import type { AssessmentResult, ChangeResult } from '../result/schema.js';

/** current - previous for the overall, every domain and every principle; null where either side is null. */
function changeBetween(previous: AssessmentResult, current: AssessmentResult): ChangeResult {
  const previousDomains = new Map(previous.domains.map(({ id, score }) => [id, score]));
  const previousPrinciples = new Map(previous.principles.map(({ id, score }) => [id, score]));
  return {
    from: previous.date,
    overall: difference(current.overall.score, previous.overall.score),
    domains: Object.fromEntries(
      current.domains.map(({ id, score }) => [id, difference(score, previousDomains.get(id))]),
    ),
    principles: Object.fromEntries(
      current.principles.map(({ id, score }) => [id, difference(score, previousPrinciples.get(id))]),
    ),
  };
}

/**
 * Sets `change` on each dated assessment that has an earlier dated one of the same team and kind.
 * `sorted` must be in result order (team, then date). Kinds are kept apart because a self-assessment and
 * an external review measure differently; a null kind only meets another null kind.
 */
export function withChanges(sorted: readonly AssessmentResult[]): AssessmentResult[] {
  const latest = new Map<string, AssessmentResult>();
  return sorted.map((result) => {
    if (result.date === null) return { ...result, change: null };
    const key = JSON.stringify([result.team, result.kind]);
    const previous = latest.get(key);
    latest.set(key, result);
    return { ...result, change: previous === undefined ? null : changeBetween(previous, result) };
  });
}

function difference(current: number | null, previous: number | null | undefined): number | null {
  return current === null || previous === null || previous === undefined ? null : current - previous;
}
