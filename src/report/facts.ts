// The facts every report format shares, picked from a result and its scale: strengths, areas to
// improve with their next step, levels, and the lookups renderers need. Pure; no text is written here.
import type { Text } from '../i18n/lang.js';
import type { Domain, Item, Level, Principle, Scale } from '../scale/model.js';
import type { AssessmentResult, ItemResult, Result } from '../scoring/result.js';

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

interface ScaleIndex {
  items: Map<string, Item>;
  domains: Map<string, Domain>;
  principles: Map<string, Principle>;
  levels: Map<string, Level>;
  /** Principle id -> ids of the items mapped to it. */
  principleItems: Map<string, Set<string>>;
}

// Built once per scale on first use. A scale is plain data that is never changed after loading.
const indexes = new WeakMap<Scale, ScaleIndex>();

/** id -> entry; the first entry wins, as a search from the start would. */
function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) if (!map.has(entry.id)) map.set(entry.id, entry);
  return map;
}

function indexOf(scale: Scale): ScaleIndex {
  let index = indexes.get(scale);
  if (!index) {
    const principleItems = new Map<string, Set<string>>();
    for (const item of scale.items) {
      for (const principle of item.principles) {
        const ids = principleItems.get(principle) ?? new Set<string>();
        ids.add(item.id);
        principleItems.set(principle, ids);
      }
    }
    index = {
      items: byId(scale.items),
      domains: byId(scale.domains),
      principles: byId(scale.principles),
      levels: byId(scale.levels),
      principleItems,
    };
    indexes.set(scale, index);
  }
  return index;
}

export function itemById(scale: Scale, id: string): Item | undefined {
  return indexOf(scale).items.get(id);
}

export function domainById(scale: Scale, id: string): Domain | undefined {
  return indexOf(scale).domains.get(id);
}

export function principleById(scale: Scale, id: string): Principle | undefined {
  return indexOf(scale).principles.get(id);
}

export function levelById(scale: Scale, id: string | null): Level | undefined {
  return id === null ? undefined : indexOf(scale).levels.get(id);
}

/** Ids of the scale's items mapped to each principle (a principle without items is absent). */
export function principleItemIds(scale: Scale): ReadonlyMap<string, ReadonlySet<string>> {
  return indexOf(scale).principleItems;
}

/** Rated items with their scale definition, in scale order. */
export function ratedItems(scale: Scale, assessment: AssessmentResult): ItemFact[] {
  const out: ItemFact[] = [];
  for (const result of assessment.items) {
    const item = itemById(scale, result.id);
    if (item && result.status === 'rated' && result.score !== null) out.push({ item, result, score: result.score });
  }
  return out;
}

/** Position of a score within its item's range, 0..1, so items on different ranges compare fairly. */
function relative(fact: ItemFact): number {
  const { min, max } = fact.item.rating;
  return (fact.score - min) / (max - min);
}

/**
 * The `count` highest-scoring items (relative to their range), ties in scale order. Only items at or
 * above the middle of their range count as strengths.
 */
export function strengths(scale: Scale, assessment: AssessmentResult, count = 3): ItemFact[] {
  return ratedItems(scale, assessment)
    .map((fact, index) => ({ fact, index }))
    .filter(({ fact }) => relative(fact) >= 0.5)
    .sort((a, b) => relative(b.fact) - relative(a.fact) || a.index - b.index)
    .slice(0, count)
    .map(({ fact }) => fact);
}

/** The next whole score above `score` in `item`'s range, or null at the top. */
function nextScoreUp(item: Item, score: number): number | null {
  const next = Math.floor(score + 1e-9) + 1;
  return next <= item.rating.max ? next : null;
}

/**
 * The `count` lowest-scoring items below the top of their range, ties in scale order (critical
 * items first), each with the anchor of the next score up as the concrete next step.
 */
export function improvements(scale: Scale, assessment: AssessmentResult, count = 3): Improvement[] {
  return ratedItems(scale, assessment)
    .map((fact, index) => ({ fact, index }))
    .filter(({ fact }) => fact.score < fact.item.rating.max)
    .sort(
      (a, b) =>
        relative(a.fact) - relative(b.fact) ||
        Number(b.fact.item.critical) - Number(a.fact.item.critical) ||
        a.index - b.index,
    )
    .slice(0, count)
    .map(({ fact }) => {
      const nextScore = nextScoreUp(fact.item, fact.score);
      return { ...fact, nextScore, nextAnchor: nextScore === null ? null : fact.item.anchors[String(nextScore)] ?? null };
    });
}

/** The assessments to put on a comparison page: the latest of each team (by date, any kind). */
export function latestPerTeam(result: Result): AssessmentResult[] {
  const latest = new Map<string, AssessmentResult>();
  for (const assessment of result.assessments) {
    const seen = latest.get(assessment.team);
    if (!seen || (assessment.date ?? '') >= (seen.date ?? '')) latest.set(assessment.team, assessment);
  }
  return [...latest.values()];
}

/** The teams of a result, each once, in result order (by team, as scoring orders them). */
export function teamsOf(result: Result): string[] {
  return [...new Set(result.assessments.map((a) => a.team))];
}

/** The assessments of one team, oldest first (results are already ordered by team, then date). */
export function teamHistory(result: Result, team: string): AssessmentResult[] {
  return result.assessments.filter((a) => a.team === team);
}

/** The previous assessment this one's `change` refers to, for laying it over the current round. */
export function previousOf(result: Result, assessment: AssessmentResult): AssessmentResult | undefined {
  if (!assessment.change?.from) return undefined;
  return result.assessments.find(
    (a) => a.team === assessment.team && a.kind === assessment.kind && a.date === assessment.change?.from,
  );
}

/** Share of the scale's items with a score or N/A, 0..1. */
export function completeness(assessment: AssessmentResult): number {
  const { rated, na, missing } = assessment.overall;
  const total = rated + na + missing;
  return total === 0 ? 0 : (rated + na) / total;
}
