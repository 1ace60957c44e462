// The whole message catalogue, every table (cli, scale, input, assess, report, pdf): every key in nb,
// da and en with the same placeholders, plural forms where a count chooses them, no key in two tables,
// and no key the code has no use for. (A key the code uses but no table has does not compile.)
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { registerMessages, t } from '../../src/i18n/catalogue.js';
import { LANGS } from '../../src/i18n/lang.js';
import { ALL_MESSAGES, MESSAGE_TABLES, forms } from '../helpers/all-messages.js';
import { REPO } from '../helpers/run-cli.js';

const placeholders = (texts: string[]): string[] => [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe('message catalogue', () => {
  it.each(Object.keys(ALL_MESSAGES))('%s is written in nb, da and en with the same placeholders', (key) => {
    const entry = ALL_MESSAGES[key]!;
    const en = placeholders(forms(entry.en));
    for (const lang of LANGS) {
      const texts = forms(entry[lang]);
      expect(texts.length, `${key} in ${lang}`).toBeGreaterThan(0);
      for (const text of texts) expect(text.trim(), `${key} in ${lang}`).toBeTruthy();
      expect(placeholders(texts), `${key} in ${lang}`).toEqual(en);
      // A plural message is chosen by {count}; its `other` form names the count.
      if (typeof entry[lang] !== 'string') expect(forms(entry[lang])[1], `${key} in ${lang}`).toContain('{count}');
    }
  });

  it('has no key in two tables', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, table] of Object.entries(MESSAGE_TABLES)) {
      for (const key of Object.keys(table)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)}, ${name})`);
        seen.set(key, name);
      }
    }
    expect(twice).toEqual([]);
  });

  it('has no key the code has no use for', () => {
    const code = sources(path.join(REPO, 'src'))
      .filter((file) => !file.includes(`${path.sep}i18n${path.sep}messages${path.sep}`))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(Object.keys(ALL_MESSAGES).filter((key) => !code.includes(`'${key}'`))).toEqual([]);
  });

  it('writes no "(s)" or "(er)" plural: a count picks the form', () => {
    const bad: string[] = [];
    for (const [key, entry] of Object.entries(ALL_MESSAGES)) {
      for (const lang of LANGS) for (const text of forms(entry[lang])) if (/\p{L}\((?:s|es|er|e|r|n|ne|erne)\)/u.test(text)) bad.push(`${key} ${lang}: ${text}`);
    }
    expect(bad).toEqual([]);
  });

  it('chooses the plural form by count in each language', () => {
    registerMessages(MESSAGE_TABLES.report!);
    expect(t('nb', 'report.naCount', { count: 1 })).toBe('1 ikke aktuell');
    expect(t('nb', 'report.naCount', { count: 2 })).toBe('2 ikke aktuelle');
    expect(t('da', 'report.naCount', { count: 1 })).toBe('1 ikke relevant');
    expect(t('en', 'report.naCount', { count: 0 })).toBe('0 not applicable');
  });

  it('registers a late table once, and it is found', () => {
    registerMessages(MESSAGE_TABLES.pdf!);
    expect(t('nb', 'pdf.page', { page: 2, pages: 5 })).toBe('Side 2 av 5');
    expect(t('da', 'pdf.page', { page: 2, pages: 5 })).toBe('Side 2 af 5');
    expect(t('en', 'pdf.page', { page: 2, pages: 5 })).toBe('Page 2 of 5');
  });
});
