// One word per term and language (src/i18n/glossary.ts): every term's nb, da and en word is the one
// the messages use, and no message of the catalogue or text of a built-in scale uses a variant.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GLOSSARY } from '../../src/i18n/glossary.js';
import { LANGS, type Lang } from '../../src/i18n/lang.js';
import { ALL_MESSAGES, forms } from '../helpers/all-messages.js';
import { REPO } from '../helpers/run-cli.js';

/** Every text of each language: the catalogue's messages, then the built-in scales' texts. */
const TEXTS: Record<Lang, { where: string; text: string }[]> = { nb: [], da: [], en: [] };
for (const [key, entry] of Object.entries(ALL_MESSAGES)) {
  for (const lang of LANGS) for (const text of forms(entry[lang])) TEXTS[lang].push({ where: key, text });
}

const SCALES = path.join(REPO, 'fidelity-scales');
function collect(value: unknown, where: string): void {
  if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${where}[${i}]`));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (LANGS.includes(key as Lang) && typeof v === 'string') TEXTS[key as Lang].push({ where: `${where}.${key}`, text: v });
      else collect(v, `${where}.${key}`);
    }
  }
}
for (const file of readdirSync(SCALES).filter((name) => name.endsWith('.yaml'))) collect(parse(readFileSync(path.join(SCALES, file), 'utf8')), file);

const rows = Object.entries(GLOSSARY).map(([term, entry]) => [`${term}: en "${entry.en}", nb "${entry.nb}", da "${entry.da}"`, { term, ...entry }] as const);

describe('the glossary', () => {
  it.each(rows)('%s; no variant in any text', (_title, entry) => {
    for (const lang of LANGS) {
      const word = entry[lang].replace(/ \(.*\)$/, '').toLowerCase();
      expect(TEXTS[lang].some(({ text }) => text.toLowerCase().includes(word)), `"${word}" in some ${lang} text`).toBe(true);
      const avoid: readonly RegExp[] = (entry.avoid as Partial<Record<Lang, readonly RegExp[]>>)[lang] ?? [];
      const found = TEXTS[lang].filter(({ text }) => avoid.some((pattern) => pattern.test(text))).map(({ where, text }) => `${where}: ${text}`);
      expect(found, `${entry.term} in ${lang}: use "${entry[lang]}"`).toEqual([]);
    }
  });

  it('reads the texts of the catalogue and of the built-in scales', () => {
    for (const lang of LANGS) expect(TEXTS[lang].length).toBeGreaterThan(1000);
  });
});
