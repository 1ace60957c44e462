// The axes the PDF's charts are drawn on: level thresholds as lines, the range of overall scores and
// of parts, and round ticks.
import type { Lang } from '../../i18n/lang.js';
import { localize } from '../../i18n/lang.js';
import { formatPercent } from '../../i18n/format.js';
import type { Level, Range, Scale } from '../../scale/model.js';
import type { AssessmentResult } from '../../result/schema.js';
import { formatBound } from '../phrases.js';
import { isMean } from '../level-judgement.js';

export { isMean };

export interface Threshold {
  value: number;
  label: string;
}

/** The levels that begin at a score, highest first, as lines to draw on a chart. */
export function thresholds(scale: Scale, lang: Lang): Threshold[] {
  return scale.levels
    .filter((level): level is Level & { min: number } => level.min !== null)
    .map((level) => ({ value: level.min, label: localize(level.label, lang) }));
}

/** True when every domain shares the scale's rating range, so domain means sit on one axis. */
export function domainsShareRange(scale: Scale): boolean {
  return scale.domains.every((d) => d.rating.min === scale.rating.min && d.rating.max === scale.rating.max);
}

/** The axis for overall scores of these assessments: the rating range for means, the widest range for sums. */
export function overallAxis(scale: Scale, assessments: readonly AssessmentResult[]): Range {
  if (isMean(scale) && domainsShareRange(scale)) return { ...scale.rating };
  let min = Infinity;
  let max = -Infinity;
  for (const a of assessments) {
    if (a.overall.range) {
      min = Math.min(min, a.overall.range.min);
      max = Math.max(max, a.overall.range.max);
    }
  }
  for (const level of scale.levels) {
    if (level.min !== null) {
      min = Math.min(min, level.min);
      max = Math.max(max, level.min);
    }
  }
  if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min) return { ...scale.rating };
  return { min, max };
}

/** The highest possible overall score of one assessment given its rated items, for "3,4 av 4". */
export function overallMax(scale: Scale, assessment: AssessmentResult): number {
  return assessment.overall.range?.max ?? scale.rating.max;
}

/** Round numbers for axis ticks: every whole point on short ranges, else about five steps. */
export function ticks(range: Range): number[] {
  const span = range.max - range.min;
  if (span <= 0) return [range.min];
  let step = 1;
  if (span > 10) {
    const rough = span / 5;
    const power = 10 ** Math.floor(Math.log10(rough));
    step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  }
  const out: number[] = [];
  const first = Math.ceil(range.min / step - 1e-9) * step;
  for (let value = first; value <= range.max + 1e-9; value += step) out.push(Number(value.toFixed(6)));
  if (span <= 10 && !out.includes(range.min)) out.unshift(range.min);
  return out;
}

/**
 * The scale a chart of scores is drawn on: the scale's own rating range and ticks where every part
 * shares it (`onScale`), else percent of each part's range.
 */
export function scoreAxis(scale: Scale, onScale: boolean, lang: Lang): { range: Range; ticks: number[]; text: (value: number) => string } {
  return onScale
    ? { range: scale.rating, ticks: ticks(scale.rating), text: (value) => formatBound(value, lang) }
    : { range: { min: 0, max: 100 }, ticks: [0, 25, 50, 75, 100], text: (value) => formatPercent(value, lang) };
}
