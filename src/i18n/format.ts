// Numbers and dates for people, through Intl, in the report's language.
import type { Lang } from './lang.js';

const LOCALES: Record<Lang, string> = { nb: 'nb-NO', da: 'da-DK', en: 'en-GB' };

export function locale(lang: Lang): string {
  return LOCALES[lang];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number rounded for people ("3,4" in nb and da, "3.4" in en); an ASCII minus sign. */
export function formatNumber(value: number | null | undefined, lang: Lang, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const key = `${lang}:${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: false,
    });
    numberFormats.set(key, format);
  }
  // Intl writes U+2212 for minus in nb; keep text searchable and spreadsheet-safe.
  const text = format.format(value).replace('\u2212', '-');
  return text === '-0' || /^-0[.,]0*$/.test(text) ? text.slice(1) : text;
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
