// The largest scale (README "Limits": 4,000 items in all, at most 100 domains of at most 500) is one
// every command can use: its template is a data sheet the tool reads back, and a PDF of many
// assessments of it leaves the items tables out with a sentence pointing to CSV and JSON. Just past
// the limit the scale is refused with a clear message. Through the binary.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/run-cli.js';

const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;

function scale(dir: string, domains: number, items: number): string {
  const lines = ['id: big', 'version: "1"', 'name: Big', 'levels:', '  - { id: high, min: 3.5, label: High }', '  - { id: low, label: Low }', 'domains:'];
  for (let d = 0; d < domains; d++) {
    lines.push(`  - id: d${d}`, `    name: D${d}`, '    items:');
    for (let i = 0; i < items; i++) lines.push(`      - {id: d${d}i${i}, title: I}`);
  }
  const file = path.join(dir, `big-${domains * items}.yaml`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('the largest scale', () => {
  it('refuses a scale of 4,100 items (100 domains of 41) in every command, in the user\'s language, writing nothing', () => {
    const dir = tempDir();
    const file = scale(dir, 100, 41);
    const validate = runCli(['scales', 'validate', file]);
    expect(validate.status).toBe(2);
    expect(validate.stderr).toContain('error: domains: the scale has 4100 items, more than the 4000 a scale may have in all');
    const data = path.join(dir, 'data.csv');
    writeFileSync(data, 'team,date,rater,d0i0\nMoss,2026-10-15,Anne,3\n');
    const out = path.join(dir, 'out.pdf');
    const report = runCli(['--lang', 'da', 'report', data, '--scale', file, '--format', 'pdf', '--out', out]);
    expect(report.status).toBe(2);
    expect(report.stderr).toContain('skalaen har 4100 indikatorer, flere end de 4000, en skala må have i alt');
    expect(report.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!hasPoppler)('at 4,000 items: the template reads back, and a PDF of 7 assessments leaves the items tables out and says so', () => {
    const dir = tempDir();
    const file = scale(dir, 40, 100);
    expect(runCli(['scales', 'validate', file]).status).toBe(0);
    expect(runCli(['scales', 'show', file]).status).toBe(0);
    const sheet = path.join(dir, 'sheet.csv');
    const template = runCli(['template', file, '--out', sheet]);
    expect(template.status).toBe(0);
    const header = readFileSync(sheet, 'utf8').split(/\r?\n/)[0] ?? '';
    expect(header.split(',')).toHaveLength(4004);
    const rows = Array.from({ length: 7 }, (_, t) => `Team ${t},2026-10-15,Anne,external,${Array.from({ length: 4000 }, (_, k) => 1 + ((t + k) % 4)).join(',')}`);
    writeFileSync(sheet, `${header}\n${rows.join('\n')}\n`);
    const score = runCli(['score', sheet, '--scale', file, '--quiet']);
    expect(score.stderr).toBe('');
    expect(score.status).toBe(0);
    const out = path.join(dir, 'big.pdf');
    const pdf = runCli(['report', sheet, '--scale', file, '--format', 'pdf', '--out', out]);
    expect(pdf.stderr).toMatch(/^Wrote .*\.pdf: \d+ pages\n$/);
    expect(pdf.status).toBe(0);
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('This report holds 28,000 item scores in all, more than the 24,000 a PDF lists, so the items table is left out of each assessment.');
  });
});
