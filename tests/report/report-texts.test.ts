// The report's messages: every key in en, nb and da with the same placeholders, and every key the
// renderers use present in the table.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang.js';
import { reportMessages } from '../../src/report/report-texts.js';
import { AGGREGATIONS, PERCENT_RULES } from '../../src/scale/schema.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('reportMessages', () => {
  it.each(Object.keys(reportMessages))('%s is written in every language with the same placeholders', (key) => {
    const entry = reportMessages[key]!;
    for (const lang of LANGS) expect(entry[lang]?.trim(), `${key} ${lang}`).toBeTruthy();
    for (const lang of LANGS) expect(placeholders(entry[lang]), `${key} ${lang}`).toEqual(placeholders(entry.en));
  });

  it('has every key the Markdown, CSV and text helpers use', () => {
    const dir = path.resolve(import.meta.dirname, '../../src/report');
    const files = readdirSync(dir).filter((name) => /^(render-(markdown|csv|json)|md-.*|csv-.*|text-.*)\.ts$/.test(name));
    const used = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/'(report\.[\w.-]+)'/g)) used.add(match[1]!);
    }
    for (const kind of ['self', 'external']) used.add(`report.kind.${kind}`);
    for (const rule of AGGREGATIONS) used.add(`report.aggregation.${rule}`);
    for (const rule of PERCENT_RULES) used.add(`report.percent.${rule}`);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !(key in reportMessages))).toEqual([]);
  });

  it('uses no key the code has no use for', () => {
    const dir = path.resolve(import.meta.dirname, '../../src/report');
    const code = readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && name !== 'report-texts.ts')
      .map((name) => readFileSync(path.join(dir, name), 'utf8'))
      .join('\n');
    const dynamic = /^report\.(kind|aggregation|percent|naCount)\./;
    expect(Object.keys(reportMessages).filter((key) => !dynamic.test(key) && !code.includes(`'${key}'`))).toEqual([]);
  });
});
