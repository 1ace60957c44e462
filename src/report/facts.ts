// The items a report names, with their scale definitions: the strengths and areas to improve that
// scoring picked (the result's highlights), each area with the anchor of the next score up as the
// concrete next step. Pure; no text is written here.
import type { Text } from '../i18n/lang.js';
import type { Item, Scale } from '../scale/model.js';
import type { AssessmentResult, ItemResult } from '../result/schema.js';
import { itemById } from '../scale/lookup.js';

export interface ItemFact {
  item: Item;
  result: ItemResult;
  /** The item's score (always a number for rated items). */
  score: number;
}

export interface Improvement extends ItemFact {
  /** The next whole score above the current one, and what the scale says it looks like. */
  nextScore: number | null;
  nextAnchor: Text | null;
}

/** The items of a pick (or of any list of ids), with their definitions and results. */
export function itemFacts(scale: Scale, assessment: AssessmentResult, ids: readonly string[]): ItemFact[] {
  const out: ItemFact[] = [];
  for (const id of ids) {
    const item = itemById(scale, id);
    const result = assessment.items.find((r) => r.id === id);
    if (item && result && result.status === 'rated' && result.score !== null) out.push({ item, result, score: result.score });
  }
  return out;
}

/** The strengths scoring picked. */
export function strengths(scale: Scale, assessment: AssessmentResult): ItemFact[] {
  return itemFacts(scale, assessment, assessment.highlights.strengths.items);
}

/** The next whole score above `score` in `item`'s range, or null at the top. */
function nextScoreUp(item: Item, score: number): number | null {
  const next = Math.floor(score + 1e-9) + 1;
  return next <= item.rating.max ? next : null;
}

/** Items as areas to improve, each with the anchor of its next score up. */
export function withNextStep(facts: readonly ItemFact[]): Improvement[] {
  return facts.map((fact) => {
    const nextScore = nextScoreUp(fact.item, fact.score);
    return { ...fact, nextScore, nextAnchor: nextScore === null ? null : fact.item.anchors[String(nextScore)] ?? null };
  });
}

/** The areas to improve scoring picked, each with its next step. */
export function improvements(scale: Scale, assessment: AssessmentResult): Improvement[] {
  return withNextStep(itemFacts(scale, assessment, assessment.highlights.improve.items));
}

