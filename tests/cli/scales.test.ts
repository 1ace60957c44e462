// `scales list|show|validate|schema`, run in-process (tests/helpers/run-in-process.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const fixture = (name: string) => path.join('tests/fixtures/scales', name);

describe('scales list', () => {
  it('lists both built-in scales with their item counts', async () => {
    const run = await runInProcess(['scales', 'list']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/hf-principles\s+1\.1/);
    expect(run.stdout).toMatch(/pathways-hf\s+1\.1 .*5 domains, 38 items/);
  });

  it('adds the scales in --scales-dir and warns about an invalid one there', async () => {
    const dir = tempDir();
    copyFileSync(path.join(REPO, fixture('own-certification.yaml')), path.join(dir, 'own.yaml'));
    copyFileSync(path.join(REPO, fixture('misspelt-and-duplicate.yaml')), path.join(dir, 'broken.yaml'));
    const run = await runInProcess(['scales', 'list', '--scales-dir', dir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('moss-certification');
    expect(run.stderr).toContain('broken.yaml');
    const viaEnv = await runInProcess(['scales'], { env: { HF_FIDELITY_SCALES: dir } });
    expect(viaEnv.stdout).toContain('moss-certification');
  });

  it('speaks Norwegian with --lang nb and from LANG', async () => {
    expect((await runInProcess(['scales', 'list', '--lang', 'nb'])).stdout).toContain('38 indikatorer');
    expect((await runInProcess(['scales', 'list'], { env: { LANG: 'da_DK.UTF-8' } })).stdout).toContain('38 indikatorer');
  });
});

describe('scales validate', () => {
  it.each(['hf-principles', 'pathways-hf'])('accepts the built-in scale %s with no warnings', async (id) => {
    const run = await runInProcess(['scales', 'validate', `fidelity-scales/${id}.yaml`]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/valid \(\d+ items in \d+ domains\)/);
    expect(run.stderr).not.toContain('warning');
  });

  it('names a misspelt key (with the nearest known key) and a duplicate id, each with its line', async () => {
    const run = await runInProcess(['scales', 'validate', fixture('misspelt-and-duplicate.yaml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('misspelt-and-duplicate.yaml:9:9: error: domains[0].items[0].titel: unknown key "titel" (did you mean "title"?)');
    expect(run.stderr).toContain('misspelt-and-duplicate.yaml:15:9: error: domains[1].items[0].id: duplicate item id "h1" (first used at line 8)');
    expect(run.stderr).toContain('misspelt-and-duplicate.yaml:8:9: error: domains[0].items[0].title: required key is missing');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('accepts a 1-5 scale with a 1-8 domain, sum-of-domain-means and four levels, and shows it', async () => {
    const file = fixture('own-certification.yaml');
    expect((await runInProcess(['scales', 'validate', file])).status).toBe(0);
    const show = await runInProcess(['scales', 'show', file, '--lang', 'nb']);
    expect(show.status).toBe(0);
    expect(show.stdout).toContain('Skår: 1-5');
    expect(show.stdout).toContain('Totalskår: summen av områdeskårene');
    expect(show.stdout).toContain('Oppfølging [support, 1-8]');
    for (const level of ['Gull', 'Sølv', 'Bronse', 'Ikke sertifisert']) expect(show.stdout).toContain(level);
    expect(show.stdout).toContain('8: Ukentlig eller som avtalt');
  });

  it('reports every file, and exits 2 when any is invalid', async () => {
    const run = await runInProcess(['scales', 'validate', fixture('own-certification.yaml'), fixture('misspelt-and-duplicate.yaml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('own-certification.yaml: valid');
    expect(run.stderr).toContain('misspelt-and-duplicate.yaml: 3 problems');
  });

  it('refuses a missing file, a file over 2 MB, an alias bomb and deep nesting with exit 2', async () => {
    const dir = tempDir();
    const big = path.join(dir, 'big.yaml');
    writeFileSync(big, `id: big\n# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    const bomb = path.join(dir, 'bomb.yaml');
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    writeFileSync(bomb, `${lines.join('\n')}\n`);
    const deep = path.join(dir, 'deep.yaml');
    writeFileSync(deep, `id: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    const run = await runInProcess(['scales', 'validate', path.join(dir, 'missing.yaml'), big, bomb, deep]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing.yaml: error: file not found');
    expect(run.stderr).toMatch(/big\.yaml: error: the file is 2\.0 MB, larger than the 2\.0 MB/);
    expect(run.stderr).toContain('bomb.yaml: error: the YAML uses too many aliases');
    expect(run.stderr).toContain('deep.yaml: error: the YAML is nested deeper than');
  });
});

describe('scales schema', () => {
  it('prints the JSON Schema, the same as the checked-in schema/scale.schema.json', async () => {
    const run = await runInProcess(['scales', 'schema']);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'name', 'domains']));
    expect(schema.additionalProperties).toBe(false);
    // Editors read the checked-in copy (see the README); regenerate it with `scales schema --out ... --force`.
    expect(JSON.parse(readFileSync(path.join(REPO, 'schema/scale.schema.json'), 'utf8'))).toEqual(schema);
  });

  it('never replaces an existing file without --force, and writes atomically with it', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'sub', 'schema.json');
    mkdirSync(path.dirname(out));
    writeFileSync(out, 'old');
    const refused = await runInProcess(['scales', 'schema', '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('already exists');
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect((await runInProcess(['scales', 'schema', '--out', out, '--force'])).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).title).toBe('hf-fidelity scale');
  });
});

describe('usage errors', () => {
  it('exits 2 on an unknown command or option, 0 on --help and --version', async () => {
    expect((await runInProcess(['frobnicate'])).status).toBe(2);
    expect((await runInProcess(['scales', 'list', '--bogus'])).status).toBe(2);
    expect((await runInProcess(['--help'])).status).toBe(0);
    expect((await runInProcess(['help', 'score'])).status).toBe(0);
    // No command at all: the help is shown on stderr, as bad usage.
    const bare = await runInProcess([]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('Usage: hf-fidelity');
    expect((await runInProcess(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('writes commander\'s help and errors in the user\'s language, with no English word left', async () => {
    const nb = (await runInProcess(['--help', '--lang', 'nb'])).stdout;
    expect(nb).toContain('Bruk: hf-fidelity [valg] [kommando]');
    expect(nb).toContain('Valg:');
    expect(nb).toContain('Kommandoer:');
    expect(nb).toContain('help [kommando]');
    const da = (await runInProcess(['score', '--help', '--lang', 'da'])).stdout;
    expect(da).toContain('Brug: hf-fidelity score [tilvalg] <input...>');
    expect(da).toMatch(/Argumenter:[\s\S]*Tilvalg:[\s\S]*Fælles tilvalg:/);
    expect(da).toContain('standard: table');
    expect(da).toContain('en af: table, json, csv');
    for (const text of [nb, da]) expect(text).not.toMatch(/Usage|Options|Commands|Arguments|\[options\]|\[command\]|display help|default:|choices:/);
    expect((await runInProcess(['--lang', 'nb', '--frob'])).stderr).toContain('feil: ukjent valg --frob');
    expect((await runInProcess(['score', '--lang', 'da', '--format', 'xx'])).stderr).toContain('fejl: »xx« er ikke tilladt for --format');
    expect((await runInProcess(['template', '--lang', 'nb', 'a', 'b'])).stderr).toContain('feil: for mange argumenter');
  });

  it('shows a scale\'s numbers as the language writes them (decimal comma in nb and da)', async () => {
    expect((await runInProcess(['scales', 'show', 'pathways-hf', '--lang', 'da'])).stdout).toContain('Høj fidelitet (>= 3,5, alle kerneindikatorer >= 3)');
    expect((await runInProcess(['scales', 'show', 'pathways-hf', '--lang', 'nb'])).stdout).toContain('(>= 2,5)');
    expect((await runInProcess(['scales', 'show', 'pathways-hf', '--lang', 'en'])).stdout).toContain('(>= 3.5, every core item >= 3)');
  });

  it('marks adapted items with † after the title, and says once what the mark means', async () => {
    const en = await runInProcess(['scales', 'show', 'pathways-hf', '--lang', 'en']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('  hcs1  Housing choice † (core item)');
    expect(en.stdout).toMatch(/^  hcs2  Housing availability \(core item\)$/m);
    expect(en.stdout.replace(/\s+/g, ' ')).toContain("† Adapted: this item's topic or wording is this tool's own, not confirmed against the published scale");
    const nb = await runInProcess(['scales', 'show', 'pathways-hf', '--lang', 'nb']);
    expect(nb.stdout.replace(/\s+/g, ' ')).toContain('† Tilpasset: denne indikatoren har et tema eller en ordlyd som dette verktøyet har valgt selv');
    const principles = await runInProcess(['scales', 'show', 'hf-principles', '--lang', 'en']);
    expect(principles.stdout).not.toContain('†');
  });

  it('says which scales exist when asked for an unknown one', async () => {
    const run = await runInProcess(['scales', 'show', 'no-such-scale']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('built-in scales are hf-principles, pathways-hf');
  });
});
