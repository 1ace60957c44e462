// Numbers and dates for people, in the report's language.
import { roundHalfAwayFromZero } from '../shared/tolerance.js';
import type { Lang } from './lang.js';
import { ISO_DATE } from '../shared/iso-date.js';

const LOCALES: Record<Lang, string> = { nb: 'nb-NO', da: 'da-DK', en: 'en-GB' };

export function locale(lang: Lang): string {
  return LOCALES[lang];
}

// Numbers are formatted by hand rather than through Intl: the first Intl.NumberFormat costs about
// 30 ms of ICU start-up per process, and reports need only fixed decimals without grouping.
const DECIMAL_SEPARATOR: Record<Lang, string> = { nb: ',', da: ',', en: '.' };

/**
 * A number rounded for people ("3,4" in nb and da, "3.4" in en); an ASCII minus sign, never "-0".
 * Rounded half away from zero by the rule levels are banded with (scoring/tolerance.ts), which
 * forgives floating-point noise: the mean of 4, 3.6 and 2.75 is 3.45 on paper and 3.4499999999999997
 * in binary, and is shown as 3.5, as a person working it out by hand would write it, and as the
 * level rule of a scale with `levelRounding: 1` reads it. (Intl would show 3.4 here.)
 */
export function formatNumber(value: number | null | undefined, lang: Lang, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  // Past 1e21 toFixed writes exponent notation; no score gets there, and rounding would not show.
  const rounded = Math.abs(value) < 1e21 ? roundHalfAwayFromZero(value, decimals) : value;
  const text = (rounded === 0 ? 0 : rounded).toFixed(decimals);
  return DECIMAL_SEPARATOR[lang] === '.' ? text : text.replace('.', DECIMAL_SEPARATOR[lang]);
}

/**
 * A number from a scale file (a threshold, a weight, a rating bound) exactly as written there, with the
 * language's decimal separator: "3,5" and "0,25" in nb and da.
 */
export function formatExact(value: number, lang: Lang): string {
  const text = String(value);
  return DECIMAL_SEPARATOR[lang] === '.' ? text : text.replace('.', DECIMAL_SEPARATOR[lang]);
}

/** A signed change: "+0.3", "-0.5", "±0.0". */
export function formatChange(value: number | null | undefined, lang: Lang, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = formatNumber(value, lang, decimals);
  if (/^0([.,]0*)?$/.test(text)) return `±${text}`;
  return value > 0 ? `+${text}` : text;
}

/**
 * The change from `current - change` to `current` as the difference of the two values as a reader
 * sees them written with `decimals` (3.44 to 3.76 is shown as 3.4 to 3.8, so "+0.4", not "+0.3").
 */
export function formatChangeOf(current: number | null | undefined, change: number | null | undefined, lang: Lang, decimals = 1): string {
  if (current === null || current === undefined || change === null || change === undefined) return formatChange(null, lang);
  const shown = roundHalfAwayFromZero(current, decimals) - roundHalfAwayFromZero(current - change, decimals);
  return formatChange(roundHalfAwayFromZero(shown, decimals), lang, decimals);
}

/** A bound of a range: whole numbers without decimals ("4"), others with one ("3.5"); "–" for none. */
export function formatBound(value: number | null | undefined, lang: Lang): string {
  return formatNumber(value, lang, Number.isInteger(value) ? 0 : 1);
}

export function formatPercent(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${formatNumber(value, lang, 0)} %`;
}

/** An ISO date (YYYY-MM-DD) as people in `lang` write it: 15.10.2026, 15-10-2026, 15 Oct 2026. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '–';
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  if (lang === 'nb') return `${d}.${m}.${y}`;
  if (lang === 'da') return `${d}-${m}-${y}`;
  return iso;
}
