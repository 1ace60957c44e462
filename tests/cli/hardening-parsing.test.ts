// Parsing promises kept through the real binary: a cell that only starts with a number is no score,
// one name is one name however it is encoded or spaced, scale numbers cannot overflow a score, YAML
// keys that are one key once read are a duplicate, errors name the right line of the right file, and
// neither a NUL byte nor a rater named __proto__ is lost or made into a team.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/run-cli.js';

function write(name: string, text: string | Buffer, dir = tempDir()): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

interface Scored {
  team: string;
  raters: string[];
  items: { id: string; score: number | null; raters: Record<string, number | 'na'> }[];
}

function scored(stdout: string): Scored[] {
  return (JSON.parse(stdout) as { assessments: Scored[] }).assessments;
}

/** Exit 2, nothing on stdout, and stderr with every one of `parts`. */
function expectRefused(run: ReturnType<typeof runCli>, ...parts: string[]): void {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  for (const part of parts) expect(run.stderr).toContain(part);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('a score cell that only starts with a number', () => {
  it.each(['3-4', '3–5', '2:30', '3.5.2026', '1/2', '4 - Not in place', '4 - something else'])('refuses %j as no score', (cell) => {
    const file = write('data.csv', `team,date,hr1\nMoss,2026-01-01,${cell}\n`);
    expectRefused(runCli(['score', file, '--scale', 'hf-principles']), `data.csv:2:`, `"${cell}" is not a score for hr1`);
  });

  it.each([
    ['hf-principles', 'hr1', '4 – Fully in place'],
    ['hf-principles', 'hr1', '4 - Fuldt ud på plads'],
    ['pathways-hf', 'hcs1', '4 - Fullt implementert'],
  ])('reads a number followed by its label (%s %s %j) as that number', (scale, item, cell) => {
    const file = write('data.csv', `team,date,${item}\nMoss,2026-01-01,${cell}\n`);
    const run = runCli(['score', file, '--scale', scale, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    expect(scored(run.stdout)[0]!.items.find((i) => i.id === item)!.score).toBe(4);
  });
});

describe('one name, however it is encoded or spaced', () => {
  it('reads a team written in NFC and in NFD as one team', () => {
    const file = write('data.csv', 'team,date,rater,hr1\nBé,2026-01-01,Anne,3\nBe\u0301,2026-01-01,Bjørn,4\n');
    const run = runCli(['score', file, '--scale', 'hf-principles', '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const assessments = scored(run.stdout);
    expect(assessments.map((a) => a.team)).toEqual(['Bé']);
    expect(assessments[0]!.raters).toEqual(['Anne', 'Bjørn']);
  });

  it('reads a workbook the same way: a team in NFC and NFD, a score cell that only starts with a number', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const dir = tempDir();
    const book = async (rows: (string | number)[][]) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Data');
      for (const row of rows) sheet.addRow(row);
      const file = path.join(dir, `book-${rows.length}-${String(rows[1]![3])}.xlsx`);
      await workbook.xlsx.writeFile(file);
      return file;
    };
    const good = await book([['team', 'date', 'rater', 'hr1'], ['Bé', '2026-01-01', 'Anne', 3], ['Be\u0301', '2026-01-01', 'Åse', 4]]);
    const run = runCli(['score', good, '--scale', 'hf-principles', '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    expect(scored(run.stdout).map((a) => [a.team, a.raters])).toEqual([['Bé', ['Anne', 'Åse']]]);
    const bad = await book([['team', 'date', 'rater', 'hr1'], ['Moss', '2026-01-01', 'Anne', '3-4']]);
    expectRefused(runCli(['score', bad, '--scale', 'hf-principles']), ':2: error: column "hr1": "3-4" is not a score for hr1');
  });

  it('takes "Anne  Berg" and "Anne Berg" for one rater, so a second rating of hers is refused', () => {
    const file = write('data.csv', 'team,date,rater,hr1\nMoss,2026-01-01,Anne Berg,3\nMoss,2026-01-01,"Anne  Berg ",4\n');
    expectRefused(runCli(['score', file, '--scale', 'hf-principles']), 'data.csv:3:', 'Anne Berg rated hr1 twice', 'lines 2 and 3');
  });

  it('warns when two raters differ only in capital letters, naming both and their lines (an error with --strict)', () => {
    const file = write('data.csv', 'team,date,rater,hr1\nMoss,2026-01-01,Anne,3\nMoss,2026-01-01,anne,4\n');
    const run = runCli(['score', file, '--scale', 'hf-principles']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('data.csv:3: warning: the raters "Anne" (line 2) and "anne" (line 3) of Moss 2026-01-01 differ only in capital letters');
    const strict = runCli(['score', file, '--scale', 'hf-principles', '--strict']);
    expectRefused(strict, 'data.csv:3: error: the raters "Anne" (line 2) and "anne" (line 3)');
  });

  it('says the same of an assessment file, and reads its team in NFC', () => {
    const file = write(
      'moss.yaml',
      'hfFidelityAssessment: 1\nscale: { id: hf-principles }\nteam: "Be\u0301"\ndate: 2026-01-01\nraters: [Anne]\nratings:\n  hr1:\n    raters: { anne: 3 }\n',
    );
    const run = runCli(['score', file, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    expect(scored(run.stdout)[0]!.team).toBe('Bé');
    expect(run.stderr).toContain('the raters "Anne" (line 5) and "anne" (line 8)');
  });

  it('matches a map file header written in NFD to the NFC header of the data', () => {
    const dir = tempDir();
    const map = write('map.yaml', 'columns:\n  team: "Te\u0301am"\nitems:\n  hr1: "Bolig først"\n', dir);
    const data = write('data.csv', 'Téam,date,Bolig først\nMoss,2026-01-01,3\n', dir);
    const run = runCli(['score', data, '--scale', 'hf-principles', '--map', map, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    expect(scored(run.stdout)[0]!.items.find((i) => i.id === 'hr1')!.score).toBe(3);
  });
});

describe('scale numbers that would overflow a score', () => {
  const scale = (weight: string, minCritical = '3') => `id: big
version: "1"
name: Big
levels:
  - { id: high, min: 3, minCritical: ${minCritical}, label: High }
  - { id: low, label: Low }
domains:
  - id: d
    name: D
    items:
      - { id: a, title: A, weight: ${weight}, critical: true }
      - { id: b, title: B }
`;

  it('refuses a weight of 1e308 with file:line:col, before it can make the score null', () => {
    const dir = tempDir();
    const file = write('big.yaml', scale('1e308'), dir);
    const data = write('data.csv', 'team,date,a,b\nMoss,2026-01-01,4,1\n', dir);
    expectRefused(runCli(['score', data, '--scale', file]), 'big.yaml:11:36: error: domains[0].items[0].weight: must be at most 1000000');
    expectRefused(runCli(['scales', 'validate', file]), 'big.yaml:11:36');
  });

  it('refuses a level threshold past the bound', () => {
    const file = write('big.yaml', scale('1', '1e308'));
    expectRefused(runCli(['scales', 'validate', file]), 'big.yaml:5:', 'levels[0].minCritical: must be at most 1000000');
  });
});

describe('YAML keys that are one key once read', () => {
  it('refuses 1 and "1" (and true and "true") in an assessment file, naming both lines', () => {
    const file = write(
      'moss.yaml',
      'hfFidelityAssessment: 1\nscale: { id: hf-principles }\nteam: Moss\ndate: 2026-01-01\nratings:\n  hr1:\n    raters:\n      1: 3\n      "1": 4\n  hr2:\n    raters: { true: 2, "true": 3 }\n',
    );
    expectRefused(runCli(['score', file]), 'moss.yaml:9:7: error: the key "1" is the same key as 1 on line 8', 'moss.yaml:11:24: error: the key "true" is the same key as true on line 11');
  });

  it('refuses 1 and 1.0 as label keys of a scale', () => {
    const file = write('own.yaml', 'id: own\nversion: "1"\nname: Own\nlabels:\n  1: Low\n  1.0: Lower\ndomains:\n  - id: d\n    name: D\n    items: [{ id: a, title: A }]\n');
    expectRefused(runCli(['scales', 'validate', file]), 'own.yaml:6:3: error: the key 1.0 is the same key as 1 on line 5');
  });

  it('refuses "4" and 4 as values of a map file', () => {
    const dir = tempDir();
    const map = write('map.yaml', 'values:\n  4: 4\n  "4": 1\n', dir);
    const data = write('data.csv', 'team,date,hr1\nMoss,2026-01-01,4\n', dir);
    expectRefused(runCli(['score', data, '--scale', 'hf-principles', '--map', map]), 'map.yaml:3:3: error: the key "4" is the same key as 4 on line 2');
  });
});

describe('errors at the right line of the right file', () => {
  it('names the line a quote opened on, not where a 1 MB row made the parser give up', () => {
    const rows = ['team,date,hr1', 'Moss,2026-01-01,"3'];
    for (let i = 0; i < 60_000; i++) rows.push(`Moss,2026-01-0${1 + (i % 9)},3`);
    const file = write('data.csv', `${rows.join('\n')}\n`);
    expectRefused(runCli(['score', file, '--scale', 'hf-principles']), 'data.csv:2: error: a quote (") opened on this line is never closed');
  });

  it('names the file of each line when a rating comes twice from two files', () => {
    const dir = tempDir();
    const a = write('a.csv', 'team,date,rater,hr1\nMoss,2026-01-01,Bjørn,2\nMoss,2026-01-01,Anne,3\n', dir);
    const b = write('b.csv', 'team,date,rater,hr1\nMoss,2026-01-01,Anne,4\n', dir);
    expectRefused(runCli(['score', a, b, '--scale', 'hf-principles']), `${b}:2: error: Anne rated hr1 twice for Moss 2026-01-01: ${a} line 3 and ${b} line 2`);
    const c = write('c.csv', 'team,date,rater,hr1\nMoss,2026-01-01,konsensus,2\n', dir);
    const d = write('d.csv', 'team,date,rater,hr1\nMoss,2026-01-01,konsensus,3\n', dir);
    expectRefused(runCli(['score', c, d, '--scale', 'hf-principles', '--lang', 'nb']), `to felles skårer for hr1 i Moss 2026-01-01: ${c} linje 2 og ${d} linje 2`);
  });
});

describe('control characters and __proto__', () => {
  it('refuses a line holding only a NUL byte, naming the team column, rather than making a team "\\0"', () => {
    const file = write('data.csv', Buffer.from('team,date,hr1\nMoss,2026-01-01,3\n\u0000\n'));
    expectRefused(runCli(['score', file, '--scale', 'hf-principles']), 'data.csv:3: error: column "team": the value holds a control character (U+0000)');
  });

  it('keeps a rater named __proto__ from score --format json through report r.json', () => {
    const dir = tempDir();
    const data = write('data.csv', 'team,date,rater,hr1\nMoss,2026-01-01,__proto__,3\nMoss,2026-01-01,Anne,4\n', dir);
    const result = path.join(dir, 'r.json');
    const first = runCli(['score', data, '--scale', 'hf-principles', '--format', 'json', '--out', result]);
    expect(first.status, first.stderr).toBe(0);
    expect(Object.keys(scored(readFileSync(result, 'utf8'))[0]!.items[0]!.raters)).toEqual(['__proto__', 'Anne']);
    const again = runCli(['report', result, '--format', 'json']);
    expect(again.status, again.stderr).toBe(0);
    const item = scored(again.stdout)[0]!.items.find((i) => i.id === 'hr1')!;
    expect(Object.keys(item.raters)).toEqual(['__proto__', 'Anne']);
    expect(item.raters['__proto__' as string]).toBe(3);
    expect(item.score).toBe(3.5);
  });
});
