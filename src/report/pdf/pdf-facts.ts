// Facts only the PDF needs, picked from a result and its scale: chart axes and ticks, level
// thresholds, the level a score alone would reach, and the words for kinds and overall scores.
import type { Lang } from '../../i18n/lang.js';
import { ISO_DATE } from '../../iso-date.js';
import { localize } from '../../i18n/lang.js';
import { formatChange, formatPercent } from '../../i18n/format.js';
import { t } from '../../i18n/catalogue.js';
import type { Level, Scale } from '../../scale/model.js';
import { reachedLevel } from '../../scoring/levels.js';
import type { AssessmentResult, Range } from '../../scoring/result.js';
import { formatBound, formatScore } from '../text-summary.js';

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

/** True when the overall score is a mean, on the items' own scale. */
export function isMean(scale: Scale): boolean {
  return scale.aggregation === 'mean-of-items' || scale.aggregation === 'mean-of-domains';
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
 * The level the score alone would reach and the minimum it sets on core items, when core items
 * hold the assessment below it (overall.criticalBelow is not empty).
 */
export function heldDownLevel(scale: Scale, assessment: AssessmentResult): { level: Level; min: number } | undefined {
  const score = assessment.overall.score;
  if (score === null || assessment.overall.criticalBelow.length === 0) return undefined;
  // Scoring listed critical items below, so the level the score reaches is the one they held it from.
  const level = reachedLevel(scale.levels, scale.levelRounding, score);
  return !level || level.minCritical === null ? undefined : { level, min: level.minCritical };
}

export function kindSays(lang: Lang, kind: AssessmentResult['kind']): string {
  return t(lang, `pdf.kindSays.${kind ?? 'unknown'}`);
}

/** An overall score or threshold: one decimal for means ("3,0"); sums as they are ("119", "13,5"). */
export function overallText(scale: Scale, value: number | null, lang: Lang): string {
  return isMean(scale) ? formatScore(value, lang) : formatBound(value, lang);
}

/** A signed change of an overall score, in the same manner. */
export function overallChangeText(scale: Scale, value: number | null, lang: Lang): string {
  const whole = value !== null && !isMean(scale) && Number.isInteger(value);
  return formatChange(value, lang, whole ? 0 : 1);
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

/** Days since 1970 of an ISO date, by arithmetic (no clock, no time zone). */
export function dayNumber(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

/** The ISO date of a moment in UTC. */
export function isoDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}
