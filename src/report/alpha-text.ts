// What Krippendorff's alpha of an assessment means, in one plain sentence, for every renderer: the
// ordinal alpha (scores on a rating scale are ordered) against Krippendorff's (2004) thresholds.
import { t } from '../i18n/catalogue.js';
import { formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import type { AgreementResult } from '../result/schema.js';
import { roundHalfAwayFromZero } from '../shared/tolerance.js';

/** Krippendorff (2004, p. 241): rely on data with alpha >= .800; draw tentative conclusions from .667 on. */
const RELIABLE = 0.8;
const TENTATIVE = 0.667;

/** Three decimals, as Krippendorff writes alpha, so a figure and the 0.667 threshold compare as read. */
const DECIMALS = 3;

/** Both alphas as figures: "0.815 (ordinal), 0.849 (interval)". */
export function alphaValues(agreement: AgreementResult, lang: Lang): string {
  return t(lang, 'reliability.alpha.values', {
    ordinal: formatNumber(agreement.alpha.ordinal, lang, DECIMALS),
    interval: formatNumber(agreement.alpha.interval, lang, DECIMALS),
  });
}

/** The sentence: how far the raters agree beyond chance, or why no alpha is given. */
export function alphaSentence(agreement: AgreementResult, lang: Lang): string {
  const alpha = agreement.alpha.ordinal;
  // No item two raters scored: nothing to pair. Otherwise a null alpha means every paired score is one value.
  if (alpha === null) return t(lang, agreement.compared === 0 ? 'reliability.alpha.tooFew' : 'reliability.alpha.noVariation');
  // Judged on the figure as shown, so "0.800" never reads as below 0.80.
  const shown = roundHalfAwayFromZero(alpha, DECIMALS);
  const key = shown >= RELIABLE ? 'reliability.alpha.reliable' : shown >= TENTATIVE ? 'reliability.alpha.tentative' : 'reliability.alpha.low';
  return t(lang, key, { alpha: formatNumber(alpha, lang, DECIMALS) });
}
