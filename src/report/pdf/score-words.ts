// The PDF's words for scores: an overall score or change as the page shows it, what the kind of
// assessment says, and the level core items held the score from.
import type { Lang } from '../../i18n/lang.js';
import { formatChange } from '../../i18n/format.js';
import { t, type MessageKey } from '../../i18n/catalogue.js';
import type { Level, Scale } from '../../scale/model.js';
import { levelById } from '../../scale/lookup.js';
import type { AssessmentResult } from '../../result/schema.js';
import { formatBound, formatScore } from '../phrases.js';
import { isMean } from './chart-axes.js';

/**
 * The level the score alone would reach and the minimum it sets on core items, when core items
 * hold the assessment below it (overall.criticalBelow is not empty).
 */
export function heldDownLevel(scale: Scale, assessment: AssessmentResult): { level: Level; min: number } | undefined {
  if (assessment.overall.criticalBelow.length === 0) return undefined;
  // Scoring listed core items below, so the level the score reaches is the one they held it from.
  const level = levelById(scale, assessment.overall.scoreLevel);
  return !level || level.minCritical === null ? undefined : { level, min: level.minCritical };
}

const KIND_SAYS = {
  self: 'pdf.kindSays.self',
  external: 'pdf.kindSays.external',
  unknown: 'pdf.kindSays.unknown',
} as const satisfies Record<NonNullable<AssessmentResult['kind']> | 'unknown', MessageKey>;

export function kindSays(lang: Lang, kind: AssessmentResult['kind']): string {
  return t(lang, KIND_SAYS[kind ?? 'unknown']);
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
