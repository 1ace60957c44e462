// Numbers and dates for people, in the report's language.
import type { Lang } from './lang.js';

const LOCALES: Record<Lang, string> = { nb: 'nb-NO', da: 'da-DK', en: 'en-GB' };

export function locale(lang: Lang): string {
  return LOCALES[lang];
}

// Numbers are formatted by hand rather than through Intl: the first Intl.NumberFormat costs about
// 30 ms of ICU start-up per process, and reports need only fixed decimals without grouping.
const DECIMAL_SEPARATOR: Record<Lang, string> = { nb: ',', da: ',', en: '.' };

/**
 * Rounds as people (and Intl) do: half away from zero on the number as it is written, so 0.15 gives
 * 0.2 and 1.005 gives 1.01, where toFixed alone would round the binary value down.
 */
function fixed(value: number, decimals: number): string {
  const written = String(Math.abs(value));
  const scaled = written.includes('e') ? Math.abs(value) * 10 ** decimals : Number(`${written}e${decimals}`);
  const rounded = Math.round(scaled) / 10 ** decimals;
  return (rounded === 0 ? 0 : Math.sign(value) * rounded).toFixed(decimals);
}

/** A number rounded for people ("3,4" in nb and da, "3.4" in en); an ASCII minus sign, never "-0". */
export function formatNumber(value: number | null | undefined, lang: Lang, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = fixed(value, decimals);
  return DECIMAL_SEPARATOR[lang] === '.' ? text : text.replace('.', DECIMAL_SEPARATOR[lang]);
}

/** A signed change: "+0.3", "-0.5", "±0.0". */
export function formatChange(value: number | null | undefined, lang: Lang, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = formatNumber(value, lang, decimals);
  if (/^0([.,]0*)?$/.test(text)) return `±${text}`;
  return value > 0 ? `+${text}` : text;
}

export function formatPercent(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${formatNumber(value, lang, 0)} %`;
}

/** An ISO date (YYYY-MM-DD) as people in `lang` write it: 15.10.2026, 15-10-2026, 15 Oct 2026. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '–';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  if (lang === 'nb') return `${d}.${m}.${y}`;
  if (lang === 'da') return `${d}-${m}-${y}`;
  return iso;
}
