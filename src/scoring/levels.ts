// The level an overall score earns, and the critical items that hold it below a higher one.
import type { Level } from '../scale/model.js';
import type { RatedItem } from './rated-item.js';
import { atLeast, roundHalfAwayFromZero } from './tolerance.js';

export interface LevelOutcome {
  level: string | null;
  criticalBelow: string[];
}

/**
 * The first level, highest first, whose min the score reaches (after rounding to `levelRounding`
 * decimals where set) and whose minCritical every rated critical item meets (SPEC 6.5).
 * `criticalBelow` names the rated critical items that kept the score from the highest level its value
 * alone reaches; empty when no level was held down.
 */
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
