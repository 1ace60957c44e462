// The PDF's messages: every key written in en, nb and da with the same placeholders, every key the
// PDF modules use present, and no key left unused.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMessage, t } from '../../src/i18n/catalogue.js';
import { LANGS } from '../../src/i18n/lang.js';
import { pdfMessages } from '../../src/report/pdf/pdf-texts.js';
import { AGGREGATIONS, PERCENT_RULES } from '../../src/scale/schema.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

const dir = path.resolve(import.meta.dirname, '../../src/report/pdf');
const source = readdirSync(dir)
  .filter((name) => name.endsWith('.ts') && name !== 'pdf-texts.ts')
  .map((name) => readFileSync(path.join(dir, name), 'utf8'))
  .join('\n');

/** Keys built at run time from a prefix and a value. */
const dynamic = [
  ...['self', 'external', 'unknown'].map((kind) => `pdf.kindSays.${kind}`),
  ...AGGREGATIONS.map((rule) => `pdf.agg.${rule}`),
  ...PERCENT_RULES.map((rule) => `pdf.percent.${rule}`),
];

describe('pdfMessages', () => {
  it.each(Object.keys(pdfMessages))('%s is written in every language with the same placeholders', (key) => {
    const entry = pdfMessages[key]!;
    for (const lang of LANGS) expect(entry[lang]?.trim(), `${key} ${lang}`).toBeTruthy();
    for (const lang of LANGS) expect(placeholders(entry[lang]), `${key} ${lang}`).toEqual(placeholders(entry.en));
  });

  it('has every key the PDF modules use, and uses every key it has', () => {
    const used = new Set([...source.matchAll(/'(pdf\.[\w.-]+)'/g)].map((m) => m[1]!));
    for (const key of dynamic) used.add(key);
    expect([...used].filter((key) => !(key in pdfMessages))).toEqual([]);
    expect(Object.keys(pdfMessages).filter((key) => !used.has(key))).toEqual([]);
  });

  it('is registered with the catalogue when the module loads', () => {
    expect(hasMessage('pdf.page')).toBe(true);
    expect(t('nb', 'pdf.page', { page: 2, pages: 5 })).toBe('Side 2 av 5');
    expect(t('da', 'pdf.page', { page: 2, pages: 5 })).toBe('Side 2 af 5');
    expect(t('en', 'pdf.page', { page: 2, pages: 5 })).toBe('Page 2 of 5');
  });
});
