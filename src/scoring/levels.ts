// The level an overall score earns, and the critical items that hold it below a higher one.
import type { Item, Level, LevelNeeds } from '../scale/model.js';
import type { ItemResult, LevelWithheld, OverallResult } from '../result/schema.js';
import type { RatedItem } from './rated-item.js';
import { atLeast, roundHalfAwayFromZero } from '../shared/tolerance.js';

export interface LevelOutcome {
  level: string | null;
  criticalBelow: string[];
}

/**
 * The highest level the score alone reaches, critical items aside: what `bandLevel` starts from, and
 * the level a report names as held down when `criticalBelow` is not empty.
 */
export function reachedLevel(levels: readonly Level[], levelRounding: number | null, score: number): Level | undefined {
  const banded = levelRounding === null ? score : roundHalfAwayFromZero(score, levelRounding);
  return levels.find((level) => reaches(level, banded));
}

// Thresholds are compared with a tolerance: a mean of exact decimals that lands a hair under a
// threshold (3.4999999999 for 3.5) has reached it.
function reaches(level: Level, banded: number): boolean {
  return level.min === null || atLeast(banded, level.min);
}

/**
 * The first level, highest first, whose min the score reaches (after rounding to `levelRounding`
 * decimals where set) and whose minCritical every rated critical item meets (SPEC 6.5).
 * `criticalBelow` names the rated critical items that kept the score from the highest level its value
 * alone reaches; empty when no level was held down.
 */
export function bandLevel(
  levels: readonly Level[],
  levelRounding: number | null,
  score: number | null,
  rated: readonly RatedItem[],
): LevelOutcome {
  if (score === null) return { level: null, criticalBelow: [] };
  const banded = levelRounding === null ? score : roundHalfAwayFromZero(score, levelRounding);
  const critical = rated.filter(({ item }) => item.critical);

  let criticalBelow: string[] | null = null;
  for (const level of levels) {
    if (!reaches(level, banded)) continue;
    const minCritical = level.minCritical;
    const below = minCritical === null ? [] : critical.filter(({ score }) => !atLeast(score, minCritical));
    if (below.length === 0) return { level: level.id, criticalBelow: criticalBelow ?? [] };
    // Only the highest level held down is reported: that is the one the team is being told it missed.
    criticalBelow ??= below.map(({ item }) => item.id);
  }
  return { level: null, criticalBelow: criticalBelow ?? [] };
}

/**
 * Whether enough is rated for a level to be given (SPEC 11), or why not: too few of the applicable
 * items rated (N/A items leave the denominator), or a core item not rated. Null when a level may stand.
 */
export function levelWithheld(
  needs: LevelNeeds,
  scaleItems: readonly Item[],
  items: ReadonlyMap<string, Pick<ItemResult, 'status'>>,
): LevelWithheld | null {
  let rated = 0;
  let applicable = 0;
  const coreNotRated: string[] = [];
  for (const item of scaleItems) {
    const status = items.get(item.id)?.status ?? 'missing';
    if (status === 'na') continue;
    applicable++;
    if (status === 'rated') rated++;
    else if (item.critical) coreNotRated.push(item.id);
  }
  // The share is compared in whole items: 80 % of 38 is 30.4, so 31 are needed. The small allowance
  // keeps 0.8 x 40 = 32.000000000000004 at 32.
  const needed = Math.ceil(needs.rated * applicable - 1e-9);
  if (rated < needed) return { reason: 'too-few-rated', rated, needed, items: [] };
  if (needs.critical === 'all' && coreNotRated.length > 0) {
    return { reason: 'critical-not-rated', rated, needed, items: coreNotRated };
  }
  return null;
}

export type LevelJudgement = Pick<OverallResult, 'level' | 'scoreLevel' | 'levelWithheld' | 'criticalBelow'>;

/**
 * The whole judgement of an overall score: the level it earns, the level its value alone reaches, why
 * a level is withheld, and the core items that hold it down. Scoring and the reading of older results
 * both come here, so a level is judged by one set of rules.
 */
export function judgeLevel(
  scale: { levels: readonly Level[]; levelRounding: number | null; levelNeeds: LevelNeeds; items: readonly Item[] },
  score: number | null,
  rated: readonly RatedItem[],
  items: ReadonlyMap<string, Pick<ItemResult, 'status'>>,
): LevelJudgement {
  const scoreLevel = score === null ? null : reachedLevel(scale.levels, scale.levelRounding, score)?.id ?? null;
  const banded = bandLevel(scale.levels, scale.levelRounding, score, rated);
  const withheld = levelWithheld(scale.levelNeeds, scale.items, items);
  return {
    level: withheld ? null : banded.level,
    scoreLevel,
    levelWithheld: withheld,
    criticalBelow: banded.criticalBelow,
  };
}
