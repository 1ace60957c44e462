// The level as a reader is told it (SPEC 11): its label or "No level", the score with the decimals that
// decide its band, and, wherever the level is not what the score alone reaches (or none is given),
// the reason in one plain sentence beside it. Every format that shows a level comes here.
import { t } from '../i18n/catalogue.js';
import { formatBound, formatChangeOf, formatNumber } from '../i18n/format.js';
import { localize, type Lang } from '../i18n/lang.js';
import type { Scale } from '../scale/model.js';
import { itemById, levelById } from '../scale/lookup.js';
import type { AssessmentResult } from '../result/schema.js';
import { reachedLevel } from '../scoring/levels.js';
import { roundHalfAwayFromZero } from '../shared/tolerance.js';

type Levels = Pick<Scale, 'levels' | 'levelRounding'>;



/** The band the score alone falls in, as scoring sets it. */
function bandOf(scale: Levels, score: number): string | undefined {
  return reachedLevel(scale.levels, scale.levelRounding, score)?.id;
}

/**
 * How many decimals a score needs so that the band can be read from it: one, unless rounding to one
 * would put it across a threshold (3.47 is Fair, and "3.5" would read as High), then as many as it takes.
 * Where the scale rounds before banding (levelRounding), its own decimals.
 */
export function bandDecimals(scale: Levels, score: number | null): number {
  if (score === null || !Number.isFinite(score)) return 1;
  if (scale.levelRounding !== null) return Math.max(1, scale.levelRounding);
  const band = bandOf(scale, score);
  for (let decimals = 1; decimals < 6; decimals++) {
    if (bandOf(scale, roundHalfAwayFromZero(score, decimals)) === band) return decimals;
  }
  return 6;
}

/** True when the overall score is a mean, on the items' own scale. */
export function isMean(scale: Pick<Scale, 'aggregation'>): boolean {
  return scale.aggregation === 'mean-of-items' || scale.aggregation === 'mean-of-domains';
}

/** An overall score as it stands beside a level: "3.4", "3.47" where one decimal would cross a band; sums as they are. */
export function levelScoreText(scale: Scale, score: number | null, lang: Lang): string {
  if (score !== null && !isMean(scale) && Number.isInteger(score)) return formatBound(score, lang);
  return formatNumber(score, lang, bandDecimals(scale, score));
}

/**
 * A change of the overall score as the difference of the two scores as shown (3.4 to 3.8 is +0.4,
 * never +0.3 from unrounded values), each with the decimals its own level needs.
 */
export function shownChangeText(scale: Scale, current: number | null, change: number | null, lang: Lang): string {
  if (current === null || change === null) return formatChangeOf(null, null, lang);
  const previous = current - change;
  const whole = !isMean(scale) && Number.isInteger(current) && Number.isInteger(previous);
  return formatChangeOf(current, change, lang, whole ? 0 : Math.max(bandDecimals(scale, current), bandDecimals(scale, previous)));
}

/** The level's label, or "No level". */
export function levelName(scale: Scale, assessment: AssessmentResult, lang: Lang): string {
  const level = levelById(scale, assessment.overall.level);
  return level ? localize(level.label, lang) : t(lang, 'judge.noLevel');
}

function itemName(scale: Scale, id: string, lang: Lang): string {
  const title = localize(itemById(scale, id)?.title, lang);
  return title ? `${id} (${title})` : id;
}

function joinList(parts: readonly string[], lang: Lang): string {
  if (parts.length < 2) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${t(lang, 'judge.and')} ${parts.at(-1)!}`;
}

/**
 * Why the level is not the one the score alone reaches, or why there is none, as one plain sentence;
 * null where the level is simply what the score reaches (or the scale has no levels, or nothing is rated).
 */
export function levelReason(scale: Scale, assessment: AssessmentResult, lang: Lang): string | null {
  const { overall } = assessment;
  const withheld = overall.levelWithheld;
  if (withheld) {
    if (withheld.reason === 'too-few-rated') {
      const key = scale.levelNeeds.critical === 'all' ? 'judge.tooFewRated.core' : 'judge.tooFewRated';
      return t(lang, key, { rated: withheld.rated, applicable: overall.rated + overall.missing, needed: withheld.needed });
    }
    const items = joinList(withheld.items.map((id) => itemName(scale, id, lang)), lang);
    return t(lang, withheld.items.length === 1 ? 'judge.coreNotRated.one' : 'judge.coreNotRated.other', { items });
  }
  if (overall.level === overall.scoreLevel || overall.scoreLevel === null || overall.criticalBelow.length === 0) return null;
  const reached = levelById(scale, overall.scoreLevel);
  const level = levelName(scale, assessment, lang);
  const scoreLevel = reached ? localize(reached.label, lang) : overall.scoreLevel;
  // Items below a core minimum are rated, so each has a score.
  const scoreOf = (id: string) => formatBound(assessment.items.find((i) => i.id === id)?.score, lang);
  if (overall.criticalBelow.length === 1) {
    const id = overall.criticalBelow[0]!;
    return t(lang, 'judge.heldDown.one', { level, scoreLevel, item: itemName(scale, id, lang), score: scoreOf(id) });
  }
  const items = overall.criticalBelow.map((id) => t(lang, 'judge.itemAt', { item: itemName(scale, id, lang), score: scoreOf(id) }));
  const min = reached?.minCritical ?? null;
  return t(lang, 'judge.heldDown.other', { level, scoreLevel, min: min === null ? '–' : formatBound(min, lang), items: joinList(items, lang) });
}


/**
 * What stands where a level stands: the reason where there is one (it begins with the level, or with
 * "No level"), else the level's label; with the note that the score was rounded before banding where
 * the scale says so (FACTs and other instruments that publish it).
 */
export function levelWithReason(scale: Scale, assessment: AssessmentResult, lang: Lang): string {
  const text = levelReason(scale, assessment, lang) ?? levelName(scale, assessment, lang);
  const rounding = assessment.overall.score === null ? null : roundingNote(scale, lang);
  return rounding === null ? text : `${text} ${rounding}`;
}

/** That the score is rounded before its level is set, where the scale says so; else null. */
export function roundingNote(scale: Pick<Scale, 'levelRounding'>, lang: Lang): string | null {
  if (scale.levelRounding === null) return null;
  return t(lang, scale.levelRounding === 1 ? 'judge.rounded.one' : 'judge.rounded.other', { decimals: scale.levelRounding });
}

/**
 * The reason as it stands under a level already shown (a table cell): without the level it begins
 * with ("Fair fidelity: the score reaches ..." -> "The score reaches ..."); null where there is none.
 */
export function reasonUnderLevel(scale: Scale, assessment: AssessmentResult, lang: Lang): string | null {
  const reason = levelReason(scale, assessment, lang);
  if (reason === null) return null;
  const lead = `${levelName(scale, assessment, lang)}: `;
  const rest = reason.startsWith(lead) ? reason.slice(lead.length) : reason;
  return rest.charAt(0).toLocaleUpperCase(lang) + rest.slice(1);
}

/**
 * "and 4 more items at 4": a tie at the cut of a picked list is said as a tie, never cut silently.
 * Null where no other item shares the last picked item's score.
 */
export function tieText(pick: AssessmentResult['highlights']['strengths'], assessment: AssessmentResult, lang: Lang): string | null {
  const last = pick.items.at(-1);
  if (pick.tiedWithLast === 0 || last === undefined) return null;
  const score = assessment.items.find((i) => i.id === last)?.score;
  return t(lang, 'judge.tiedMore', { count: pick.tiedWithLast, score: formatBound(score, lang) });
}
