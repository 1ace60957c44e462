// Long unbroken text in a PDF (README "Limits"): a 50,000-character team name, a long URL in a note
// and a long item title in a user's own scale render a valid PDF in bounded time and memory; the
// PDF draws them cut, ending in "…", and says so; the JSON keeps them whole. Through the binary.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, runCli, tempDir } from '../helpers/run-cli.js';

const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined && spawnSync('pdftotext', ['-v']).error === undefined;
const NAME = 'A'.repeat(50_000);
const URL = `https://example.org/${'b'.repeat(20_000)}`;
const TITLE = 'C'.repeat(30_000);

function inputs(): { assessment: string; scale: string; dir: string } {
  const dir = tempDir();
  const moss = readFileSync(path.join(REPO, 'examples/moss/moss-2025-03-11-ekstern.yaml'), 'utf8');
  const assessment = path.join(dir, 'long.yaml');
  writeFileSync(
    assessment,
    moss
      .replace('team: Housing First Moss', `team: ${NAME}`)
      .replace('note: Alle deltakerne har tidsubestemte leiekontrakter.', `note: ${URL}`),
  );
  const own = readFileSync(path.join(REPO, 'tests/fixtures/scales/own-certification.yaml'), 'utf8');
  const scale = path.join(dir, 'own.yaml');
  writeFileSync(scale, own.replace('title: { en: Own lease, nb: Egen leiekontrakt, da: Egen lejekontrakt }', `title: ${TITLE}`));
  return { assessment, scale, dir };
}

/** The PDF's text with every line break and space taken out, so wrapped runs read as one. */
function pdfText(file: string): string {
  const run = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(run.status).toBe(0);
  return run.stdout;
}

describe.skipIf(!hasPoppler)('long unbroken text in a PDF', () => {
  it('draws a 50,000-character team name and a 20 KB URL in a note cut, says so, and keeps them whole in the JSON', () => {
    const { assessment, dir } = inputs();
    const out = path.join(dir, 'long.pdf');
    const run = runCli(['report', assessment, '--format', 'pdf', '--notes', '--out', out]);
    expect(run.stderr).toMatch(/^Wrote .*long\.pdf: \d+ pages\n$/);
    expect(run.status).toBe(0);
    const info = spawnSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info.status).toBe(0);
    expect(info.stdout).toMatch(/Pages:\s+\d+/);
    const text = pdfText(out);
    const joined = text.replace(/\s+/g, '');
    // The name: its first 199 characters and "…", never more of it in one piece.
    expect(joined).toContain(`${'A'.repeat(199)}…`);
    expect(joined).not.toContain('A'.repeat(200));
    // The note: cut at 2,000 characters of the whole cell text, ending in "…".
    expect(joined).toMatch(/https:\/\/example\.org\/b{1000,1990}…/);
    expect(joined).not.toContain('b'.repeat(2000));
    expect(text.replace(/\s+/g, ' ')).toContain('Some texts were too long to draw in full and are shortened here');
    expect(text.replace(/\s+/g, ' ')).toContain('names past 200 characters, other texts past 2,000');

    const json = runCli(['report', assessment, '--format', 'json']);
    expect(json.status).toBe(0);
    const result = JSON.parse(json.stdout) as { assessments: { team: string; items: { note: string | null }[] }[] };
    expect(result.assessments[0]?.team).toBe(NAME);
    expect(result.assessments[0]?.items.some((item) => item.note === URL)).toBe(true);
  });

  it('draws a 30,000-character item title of a user\'s own scale cut, in the user\'s language', () => {
    const { scale, dir } = inputs();
    const data = path.join(dir, 'data.csv');
    writeFileSync(data, 'team,date,rater,h1,h2,s1,t1\nMoss,2026-10-15,Anne,5,4,8,3\n');
    const out = path.join(dir, 'title.pdf');
    const run = runCli(['report', data, '--scale', scale, '--format', 'pdf', '--out', out, '--lang', 'nb']);
    expect(run.stderr).toMatch(/^Skrev .*title\.pdf: \d+ sider?\n$/);
    expect(run.status).toBe(0);
    expect(spawnSync('pdfinfo', [out]).status).toBe(0);
    const text = pdfText(out);
    const joined = text.replace(/\s+/g, '');
    expect(joined).toMatch(/C{1900,1999}…/);
    expect(joined).not.toContain('C'.repeat(2000));
    expect(text.replace(/\s+/g, ' ')).toContain('Noen tekster var for lange til å vises i sin helhet');
  });
});
