// The message catalogue of the command line, scales and inputs (the report, PDF and assess tables
// have tests of their own): every key in nb, da and en, with the same placeholders, and every key
// the code uses exists.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { cliMessages } from '../../src/i18n/messages/cli.js';
import { scaleMessages } from '../../src/i18n/messages/scale.js';
import { inputMessages } from '../../src/i18n/messages/input.js';
import { assessMessages } from '../../src/i18n/messages/assess.js';
import { judgementMessages } from '../../src/i18n/messages/judgement.js';
import { dataKeptMessages } from '../../src/i18n/messages/data-kept.js';
import { LANGS } from '../../src/i18n/lang.js';
import { REPO } from '../helpers/run-cli.js';

const tables = { ...cliMessages, ...scaleMessages, ...inputMessages, ...judgementMessages, ...dataKeptMessages };
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe('message catalogue', () => {
  it.each(Object.keys(tables))('%s is written in nb, da and en with the same placeholders', (key) => {
    const entry = tables[key]!;
    for (const lang of LANGS) {
      expect(entry[lang], `${key} in ${lang}`).toBeTruthy();
      expect(placeholders(entry[lang]), `${key} in ${lang}`).toEqual(placeholders(entry.en));
    }
  });

  it('has every key that src/cli, src/scale, src/input and src/yaml use', () => {
    const used = new Set<string>();
    for (const dir of ['cli', 'scale', 'input', 'yaml', 'files']) {
      for (const file of sources(path.join(REPO, 'src', dir))) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/(?:problem|fail|msg|t\(\w+(?:\.lang)?,|m)\(\s*'([a-z]+\.[A-Za-z.]+)'/g)) used.add(m[1]!);
        for (const m of text.matchAll(/\bt\(\s*[\w.]+,\s*'([a-z]+\.[A-Za-z.]+)'/g)) used.add(m[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((key) => !(key in tables) && !(key in assessMessages));
    expect(missing).toEqual([]);
  });
});
