// `report --summary` (SPEC 12): the leaders' version, page one of each team's latest round and, with
// several teams, one comparison page; nothing else. Through the real binary, pages counted by pdfinfo.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, tempDir } from '../helpers/run-cli.js';

const MOSS = ['examples/moss/moss-2025-03-11-ekstern.yaml', 'examples/moss/moss-2025-10-14-egenvurdering.yaml', 'examples/moss/moss-2026-09-22-ekstern.yaml'];
const TWO_TEAMS = [...MOSS, 'examples/rana/rana-fidelity.csv', '--scale', 'pathways-hf'];
const dir = tempDir('hf-summary-');
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const text = (file: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });

describe('report --summary', () => {
  it('two teams: a comparison page, then page one of each team\'s latest round (3 pages)', () => {
    const out = path.join(dir, 'two.pdf');
    const run = runCli(['report', ...TWO_TEAMS, '--format', 'pdf', '--summary', '--out', out]);
    expect(run.status).toBe(0);
    expect(pages(out)).toBe(3);
    expect(text(out, 1)).toContain('Fidelity across teams');
    expect(text(out, 2)).toContain('Housing First Moss');
    expect(text(out, 2)).toContain('2026-09-22');
    expect(text(out, 3)).toContain('Housing First Rana');
    expect(text(out, 3)).toContain('2026-09-29');
  });

  it('one team of three rounds: one page, the latest', () => {
    const out = path.join(dir, 'one.pdf');
    expect(runCli(['report', ...MOSS, '--format', 'pdf', '--summary', '--out', out]).status).toBe(0);
    expect(pages(out)).toBe(1);
    expect(text(out, 1)).toContain('2026-09-22');
  });

  it('Markdown the same: the comparison and each latest round\'s page-one sections, no items, no method', () => {
    const run = runCli(['report', ...TWO_TEAMS, '--format', 'md', '--summary']);
    expect(run.status).toBe(0);
    const headings = run.stdout.split('\n').filter((line) => /^## /.test(line));
    expect(headings).toEqual(['## Comparison across teams', '## Housing First Moss – External review, 2026-09-22', '## Housing First Rana – External review, 2026-09-29']);
    expect(run.stdout).not.toContain('Items by domain');
    expect(run.stdout).not.toContain('## Method');
  });

  it('is refused for CSV and JSON, which always hold every assessment', () => {
    const run = runCli(['report', ...MOSS, '--format', 'csv', '--summary']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--summary makes the leaders\' version');
  });
});

describe('one team over several rounds', () => {
  it('puts the method on the history page where it fits, not on a page of its own', () => {
    const dir = tempDir('hf-history-');
    const round = (date: string, score: number) =>
      [
        'hfFidelityAssessment: 1',
        'scale: { id: tiny-hf, version: "1.0" }',
        'team: Moss',
        `date: ${date}`,
        'kind: self',
        'status: complete',
        'ratings:',
        ...['h1', 'h3', 's1', 's2'].map((id) => `  ${id}: { score: ${score} }`),
        '  h2: { na: true }',
        '',
      ].join('\n');
    writeFileSync(path.join(dir, 'a.yaml'), round('2025-10-01', 2));
    writeFileSync(path.join(dir, 'b.yaml'), round('2026-10-01', 3));
    const out = path.join(dir, 'r.pdf');
    // With a notice, which stands at the foot of the page: the method goes above it.
    const scale = path.join(dir, 'tiny.yaml');
    writeFileSync(scale, readFileSync(path.join(REPO, 'tests/session/fixtures/tiny-hf.yaml'), 'utf8').replace(/^version: "1.0"$/m, 'version: "1.0"\nnotice: A scale of this test, not a real one.'));
    const run = runCli(['report', path.join(dir, 'a.yaml'), path.join(dir, 'b.yaml'), '--scale', scale, '--format', 'pdf', '--lang', 'en', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const one = execFileSync('pdftotext', ['-f', '1', '-l', '1', out, '-'], { encoding: 'utf8' });
    expect(one).toContain('All assessments');
    expect(one).toContain('Method and source');
    expect(one.indexOf('Method and source')).toBeLessThan(one.indexOf('A scale of this test, not a real one.'));
    // History with the method, then each round's page one and detail pages.
    expect(execFileSync('pdftotext', ['-f', '2', '-l', '2', out, '-'], { encoding: 'utf8' })).not.toContain('Method and source');
  });
});
