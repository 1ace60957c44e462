// How far raters agree (SPEC 6.8, 15): exact and adjacent shares, items to discuss, N/A disagreements,
// and Krippendorff's alpha.
import type { AgreementResult, AlphaResult, ItemResult } from '../result/schema.js';
import { atMost, atLeast } from '../shared/tolerance.js';
import { krippendorffAlphas } from '../statistics/krippendorff-alpha.js';

/**
 * Null with fewer than two raters: there is nobody to agree with. A consensus is not a rater. The raters
 * are those the assessment lists plus any named in a rating, so a rater missing from the list still counts.
 */
export function agreementOf(raters: readonly string[], items: readonly ItemResult[]): AgreementResult | null {
  const names = new Set(raters);
  for (const item of items) for (const name of Object.keys(item.raters)) names.add(name);
  if (names.size < 2) return null;

  // An item has a spread exactly when two or more raters scored it numerically.
  const compared = items.filter((item): item is ItemResult & { spread: number } => item.spread !== null);
  // Spreads of decimal scores carry floating-point noise (3.3 - 2.3 is not exactly 1), hence the tolerance.
  const exact = compared.filter(({ spread }) => atMost(spread, 0)).length;
  const adjacent = compared.filter(({ spread }) => atMost(spread, 1)).length;
  return {
    raters: names.size,
    compared: compared.length,
    exact: compared.length === 0 ? null : exact / compared.length,
    adjacent: compared.length === 0 ? null : adjacent / compared.length,
    discuss: compared.filter(({ spread }) => atLeast(spread, 2)).map(({ id }) => id),
    applicability: items
      .filter(({ raters }) => {
        const answers = Object.values(raters);
        return answers.includes('na') && answers.some((answer) => answer !== 'na');
      })
      .map(({ id }) => id),
    alpha: alphaOf(items),
  };
}

/**
 * Krippendorff's alpha over items x raters: each item a unit, its raters' numeric scores the values
 * (N/A and unrated left out; the consensus is not a rater, and is not among `raters`).
 */
export function alphaOf(items: readonly Pick<ItemResult, 'raters'>[]): AlphaResult {
  const units = items.map(({ raters }) => Object.values(raters).filter((answer): answer is number => answer !== 'na'));
  return krippendorffAlphas(units);
}
