// Plain-language phrases every report format can share: names, kinds, scores "3.4 of 4", the overall
// sentence, completeness, levels and method rules, in the report's language. Returns plain text
// (no Markdown); a renderer escapes it for its own format.
import { msg, t, type MessageKey } from '../i18n/catalogue.js';
import { formatBound, formatNumber, formatPercent } from '../i18n/format.js';
import { localize, type Lang, type Text } from '../i18n/lang.js';
import type { Level, Scale } from '../scale/model.js';
import type { Aggregation, PercentRule } from '../scale/schema.js';
import type { Kind } from '../assessment/model.js';
import type { AssessmentResult, ItemResult, Result } from '../result/schema.js';
import { domainById, itemById, levelById, principleById } from '../scale/lookup.js';
import '../i18n/messages/report.js';
import { levelScoreText } from './level-judgement.js';

/** A score for people: one decimal ("3.4", "3,4"). */
export function formatScore(value: number | null | undefined, lang: Lang): string {
  return formatNumber(value, lang, 1);
}

export { formatBound } from '../i18n/format.js';

/** A scale text (a name, a title) in the language, or the id where the scale does not know it. */
export function nameOf(text: Text | undefined, id: string, lang: Lang): string {
  return localize(text, lang) || id;
}

/** A domain's, principle's or item's name in `lang`; its id where the scale gives none. */
export function domainName(scale: Scale, id: string, lang: Lang): string {
  return nameOf(domainById(scale, id)?.name, id, lang);
}

export function principleName(scale: Scale, id: string, lang: Lang): string {
  return nameOf(principleById(scale, id)?.name, id, lang);
}

export function itemTitle(scale: Scale, id: string, lang: Lang): string {
  return nameOf(itemById(scale, id)?.title, id, lang);
}

/** The scale's name in the report's language; the name the result was scored under where the scale has none. */
export function scaleName(scale: Scale, result: Result, lang: Lang): string {
  return localize(scale.name, lang) || result.scale.name;
}

const KIND_TEXT = { self: 'report.kind.self', external: 'report.kind.external' } as const satisfies Record<Kind, MessageKey>;

const AGGREGATION_TEXT = {
  'mean-of-items': 'report.aggregation.mean-of-items',
  'mean-of-domains': 'report.aggregation.mean-of-domains',
  'sum-of-domain-means': 'report.aggregation.sum-of-domain-means',
  'sum-of-items': 'report.aggregation.sum-of-items',
} as const satisfies Record<Aggregation, MessageKey>;

const PERCENT_TEXT = { range: 'report.percent.range', max: 'report.percent.max' } as const satisfies Record<PercentRule, MessageKey>;

/** "Self-assessment", "External review", or that the kind is not known. */
export function kindText(kind: AssessmentResult['kind'], lang: Lang): string {
  return t(lang, kind === null ? 'report.kind.unknown' : KIND_TEXT[kind]);
}

/** "3.4 of 4"; just "3.4" where the upper bound is unknown, and "–" where there is no score. */
export function scoreOf(score: number | null, max: number | null | undefined, lang: Lang): string {
  if (score === null || max === null || max === undefined) return formatScore(score, lang);
  return t(lang, 'report.scoreOf', { score: formatScore(score, lang), max: formatBound(max, lang) });
}

/** "3.4 of 4", the overall score with the decimals that decide its band ("3.47 of 4" where 3.5 would mislead). */
export function overallScoreOf(scale: Scale, assessment: AssessmentResult, lang: Lang): string {
  const { score, range } = assessment.overall;
  if (score === null || range === null) return levelScoreText(scale, score, lang);
  return t(lang, 'report.scoreOf', { score: levelScoreText(scale, score, lang), max: formatBound(range.max, lang) });
}

/** "3.4 of 4 (80 %)": the overall score against the highest it could be, with the percent. */
function overallScoreText(scale: Scale, assessment: AssessmentResult, lang: Lang): string {
  const { percent } = assessment.overall;
  const text = overallScoreOf(scale, assessment, lang);
  return percent === null ? text : `${text} (${formatPercent(percent, lang)})`;
}

/** An item's score for a table: the number, or "N/A" / "missing". */
export function itemScoreText(item: ItemResult, lang: Lang): string {
  if (item.status === 'na') return t(lang, 'report.value.na');
  if (item.status === 'missing' || item.score === null) return t(lang, 'report.value.missing');
  return formatScore(item.score, lang);
}

/** One rater's answer: a number, "N/A", or empty when the rater did not answer. */
export function raterAnswerText(answer: number | 'na' | undefined, lang: Lang): string {
  if (answer === undefined) return '';
  return answer === 'na' ? t(lang, 'report.value.na') : formatScore(answer, lang);
}

/** A level's label; `fallback` (the id, or "–") where the scale has no such level. */
export function levelLabel(scale: Scale, id: string | null, lang: Lang, fallback = id ?? '–'): string {
  const level = levelById(scale, id);
  return level ? localize(level.label, lang) : fallback;
}

/** "High fidelity" -> "high fidelity" inside a sentence; acronyms and names ("HF", "Moss") are kept. */
function inSentence(label: string): string {
  const [first, second] = [...label];
  if (first === undefined || second === undefined) return label;
  return first !== first.toLowerCase() && second === second.toLowerCase() && second !== second.toUpperCase()
    ? first.toLowerCase() + label.slice(first.length)
    : label;
}

/** The overall result in one or two plain sentences: score, percent, level and what the level means. */
export function overallSentence(scale: Scale, assessment: AssessmentResult, lang: Lang): string {
  if (assessment.overall.score === null) return t(lang, 'report.sentence.noScore');
  const result = overallScoreText(scale, assessment, lang);
  const level = levelById(scale, assessment.overall.level);
  if (!level) return t(lang, 'report.sentence.noLevel', { result });
  const label = inSentence(localize(level.label, lang));
  const description = level.description === null ? '' : localize(level.description, lang).trim();
  return description === ''
    ? t(lang, 'report.sentence.levelOnly', { result, level: label })
    : t(lang, 'report.sentence.level', { result, level: label, description });
}

/** "36 of 38 items rated, 1 not applicable, 1 missing; the scores rest on the rated items." */
export function completenessText(assessment: AssessmentResult, lang: Lang): string {
  const { rated, na, missing } = assessment.overall;
  const naCount = msg('report.naCount', { count: na });
  return t(lang, 'report.completeness', { rated, na: naCount, missing, total: rated + na + missing });
}

/** How the overall score is made, as the end of a sentence. */
export function aggregationText(scale: Scale, lang: Lang): string {
  return t(lang, AGGREGATION_TEXT[scale.aggregation]);
}

export function percentRuleText(scale: Scale, lang: Lang): string {
  return t(lang, PERCENT_TEXT[scale.percent]);
}

/** How N/A and missing items count. */
export function naRuleText(lang: Lang): string {
  return t(lang, 'report.method.naText');
}

export interface LevelRuleOptions {
  /**
   * Name the score the catch-all level lies below ("below 2.5", or "any score" when no level above
   * it has a minimum) instead of "below that".
   */
  restBelowMin?: boolean;
}

/** Each level and what it takes, highest first: "High fidelity: from 3.5, with every rated core item at 3 or more". */
export function levelRules(scale: Scale, lang: Lang, options: LevelRuleOptions = {}): string[] {
  return scale.levels.map((level: Level, index) => {
    const label = localize(level.label, lang);
    let rule: string;
    if (level.min !== null) {
      rule = t(lang, 'report.level.from', { label, min: formatBound(level.min, lang) });
    } else if (options.restBelowMin) {
      const above = scale.levels[index - 1]?.min ?? null;
      rule =
        above === null
          ? t(lang, 'report.level.any', { label })
          : t(lang, 'report.level.below', { label, min: formatBound(above, lang) });
    } else {
      rule = t(lang, 'report.level.rest', { label });
    }
    if (level.minCritical !== null) rule = t(lang, 'report.level.critical', { rule, min: formatBound(level.minCritical, lang) });
    return rule;
  });
}

/** That the overall score is rounded before its level is set, or null where the scale does not round. */
export function levelRoundingText(scale: Scale, lang: Lang): string | null {
  return scale.levelRounding === null ? null : t(lang, 'report.level.rounding', { count: scale.levelRounding });
}
