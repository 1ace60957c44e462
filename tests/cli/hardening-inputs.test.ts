// Inputs that are too large, not files, or wrong inside (the hardening issue), through the real
// binary: workbooks past the limits on rows, cells and unpacked size; cells without a value a person
// can see (a formula never calculated, #REF!, an impossible date serial, a damaged shared text);
// a hidden first sheet; merged score cells; JSON results whose values the scale does not allow;
// devices and pipes named as input files. Each stops with exit 2, the file and what is wrong, and
// nothing on stdout.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, requireFreshBuild, runCli, tempDir } from '../helpers/run-cli.js';
import { buildWorkbook, declareSize, workbookParts, zipParts, type CellSpec } from '../helpers/xlsx-builder.js';

const OWN = path.join(REPO, 'tests/fixtures/scales/own-certification.yaml');
const HEADER: CellSpec[] = ['team', 'date', 'rater', 'h1', 'h2', 's1', 't1'];
let dir: string;

beforeAll(() => {
  requireFreshBuild();
  dir = tempDir('hf-fidelity-hardening-');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** `score` of the inputs with the 1-5 (s1 1-8) own scale, as JSON. */
function score(files: string[], extra: string[] = []) {
  return runCli(['score', ...files, '--scale', OWN, '--format', 'json', '--lang', 'en', ...extra]);
}

function expectStopped(run: { status: number | null; stdout: string; stderr: string }, message: RegExp): void {
  expect(run.stderr).toMatch(message);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/internal error|at .*\.js:\d+|\[object Object\]/);
}

describe('a workbook past the limits stops before it is held', () => {
  it('a zip of blank rows: more than 100,000 rows', async () => {
    const blank = Array.from({ length: 100_001 }, (_, i) => `<row r="${i + 3}"/>`).join('');
    const file = write('blank-rows.xlsx', await buildWorkbook([{ name: 'Skjema', rows: [HEADER, ['Moss', '2026-10-15', 'Anne', 4, 4, 6, 3]], extraRowsXml: blank }]));
    expectStopped(score([file]), /blank-rows\.xlsx:\d+: error: the sheet "Skjema" has more than 100,000 rows \(blank rows count too\)/);
  });

  it('a sheet of many empty cells: more than 1,000,000 cells', async () => {
    // 10,001 rows of 100 empty cells: past the cell limit well before the row limit.
    const row = `<row>${'<c/>'.repeat(100)}</row>`;
    const file = write('many-cells.xlsx', await buildWorkbook([{ name: 'Skjema', rows: [HEADER, ['Moss', '2026-10-15', 'Anne', 4, 4, 6, 3]], extraRowsXml: row.repeat(10_001) }]));
    expectStopped(score([file]), /many-cells\.xlsx:\d+: error: the sheet "Skjema" has more than 1,000,000 cells/);
  });

  it('a sheet that says it unpacks to more than the limit is refused before it is unpacked', async () => {
    const zip = await buildWorkbook([{ name: 'Skjema', rows: [HEADER, ['Moss', '2026-10-15', 'Anne', 4, 4, 6, 3]] }]);
    const file = write('declared.xlsx', declareSize(zip, 'xl/worksheets/sheet1.xml', 3_000_000_000));
    expectStopped(score([file]), /declared\.xlsx: error: the workbook part xl\/worksheets\/sheet1\.xml unpacks to more than 128\.0 MB/);
  });
});

describe('cells without a value a person sees stop with the cell\'s address', () => {
  const workbook = async (name: string, row: CellSpec[], sheet = 'Skjema') =>
    write(name, await buildWorkbook([{ name: sheet, rows: [HEADER, row] }]));

  it('a formula never calculated (no saved value) is not the team "[object Object]"', async () => {
    const file = await workbook('formula.xlsx', [{ xml: '<f>CONCATENATE("Mo","ss")</f>', t: 'str' }, '2026-10-15', 'Anne', 4, 4, 6, 3]);
    expectStopped(score([file]), /formula\.xlsx:2: error: Skjema!A2 holds a formula \(=CONCATENATE\("Mo","ss"\)\) without a saved value/);
  });

  it('an Excel error value (#REF!, #N/A) is not a team or a rater', async () => {
    const team = await workbook('ref.xlsx', [{ xml: '<f>Ark2!A1</f><v>#REF!</v>', t: 'e' }, '2026-10-15', 'Anne', 4, 4, 6, 3]);
    expectStopped(score([team]), /ref\.xlsx:2: error: Skjema!A2 holds the Excel error #REF!/);
    const rater = await workbook('na.xlsx', ['Moss', '2026-10-15', { xml: '<v>#N/A</v>', t: 'e' }, 4, 4, 6, 3], 'Sheet one');
    expectStopped(score([rater]), /na\.xlsx:2: error: 'Sheet one'!C2 holds the Excel error #N\/A/);
  });

  it('a date cell whose serial is no date gives the cell, not "internal error"', async () => {
    const file = await workbook('date.xlsx', ['Moss', { xml: '<v>99999999999</v>', s: 1 }, 'Anne', 4, 4, 6, 3]);
    expectStopped(score([file]), /date\.xlsx:2: error: Skjema!B2 is formatted as a date, but 99999999999 is no date Excel can show/);
  });

  it('a date cell with a real serial reads as the date', async () => {
    const file = await workbook('good-date.xlsx', ['Moss', { xml: '<v>46310</v>', s: 1 }, 'Anne', 4, 4, 6, 3]);
    const run = score([file]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).assessments[0]).toMatchObject({ team: 'Moss', date: '2026-10-15', raters: ['Anne'] });
  });

  it('a shared text that is not in the workbook gives the cell, not "Cannot read properties of undefined"', async () => {
    const file = await workbook('shared.xlsx', [{ xml: '<v>4711</v>', t: 's' }, '2026-10-15', 'Anne', 4, 4, 6, 3]);
    expectStopped(score([file]), /shared\.xlsx:2: error: Skjema!A2 points at text number 4711, but the workbook has \d+ texts/);
  });
});

describe('sheets and merged cells', () => {
  it('a hidden first sheet is left out, with a word: the first visible sheet is read', async () => {
    const file = write(
      'hidden.xlsx',
      await buildWorkbook([
        { name: 'Oppslag', state: 'hidden', rows: [HEADER, ['Hidden team', '2026-01-01', 'X', 1, 1, 1, 1]] },
        { name: 'Skjema', rows: [HEADER, ['Moss', '2026-10-15', 'Anne', 4, 4, 6, 3]] },
      ]),
    );
    const run = score([file]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/hidden\.xlsx: warning: hidden sheets left out: "Oppslag"; read the sheet "Skjema", the first visible one/);
    expect(JSON.parse(run.stdout).assessments.map((a: { team: string }) => a.team)).toEqual(['Moss']);
  });

  it('a very hidden sheet is never read either, and --sheet still reads any sheet by name', async () => {
    const file = write(
      'very-hidden.xlsx',
      await buildWorkbook([
        { name: 'Makro', state: 'veryHidden', rows: [HEADER, ['Hidden team', '2026-01-01', 'X', 1, 1, 1, 1]] },
        { name: 'Skjema', rows: [HEADER, ['Moss', '2026-10-15', 'Anne', 4, 4, 6, 3]] },
        { name: 'Rana', rows: [HEADER, ['Rana', '2026-10-16', 'Bo', 3, 3, 3, 3]] },
      ]),
    );
    const run = score([file]);
    expect(run.stderr).toMatch(/warning: read the sheet "Skjema"; the workbook also has "Rana"/);
    expect(JSON.parse(run.stdout).assessments.map((a: { team: string }) => a.team)).toEqual(['Moss']);
    const named = score([file], ['--sheet', 'Rana']);
    expect(JSON.parse(named.stdout).assessments.map((a: { team: string }) => a.team)).toEqual(['Rana']);
  });

  it('a merged score cell is refused, naming the cells, instead of counting for every item it spans', async () => {
    const file = write('merged.xlsx', await buildWorkbook([{ name: 'Skjema', rows: [HEADER, ['Moss', '2026-10-15', 'Anne', 4, null, null, 3]], merges: ['D2:F2'] }]));
    expectStopped(score([file]), /merged\.xlsx:2: error: merged cells Skjema!D2:F2: a merged cell holds one value over several cells/);
  });
});

describe('a JSON result edited by hand: its values are checked against the scale', () => {
  let good: Record<string, unknown>;
  beforeAll(async () => {
    const file = write('good.xlsx', await buildWorkbook([{ name: 'Skjema', rows: [HEADER, ['Moss', '2026-10-15', 'Anne', 4, 4, 6, 3], ['Moss', '2026-10-15', 'Bo', 3, 5, 7, 3]] }]));
    const run = score([file]);
    expect(run.status).toBe(0);
    good = JSON.parse(run.stdout);
  });

  /** The good result with `edit` applied to a copy, written as `name`. */
  const edited = (name: string, edit: (a: any) => void) => {
    const copy = structuredClone(good) as any;
    edit(copy.assessments[0]);
    return write(name, JSON.stringify(copy));
  };
  const report = (file: string) => runCli(['report', file, '--scale', OWN, '--format', 'md', '--lang', 'en']);

  it('the result as written reads back', () => {
    const run = report(write('as-written.json', JSON.stringify(good)));
    expect(run.status).toBe(0);
  });

  it('a score of 9 on a 1-5 item', () => {
    const file = edited('nine.json', (a) => (a.items[0].score = 9));
    expectStopped(report(file), /nine\.json: error: .*assessments\[0\]\.items\[0\]\.score is 9, outside 1-5, the range of item h1/);
  });

  it('a negative domain score, a percent of 300, an impossible date', () => {
    expectStopped(report(edited('neg.json', (a) => (a.domains[0].score = -2))), /neg\.json: error: .*assessments\[0\]\.domains\[0\]\.score is -2, outside 1-5/);
    expectStopped(report(edited('pct.json', (a) => (a.overall.percent = 300))), /pct\.json: error: .*assessments\[0\]\.overall\.percent is 300; a percent is from 0 to 100/);
    expectStopped(report(edited('date.json', (a) => (a.date = '2026-13-45'))), /date\.json: error: .*assessments\[0\]\.date is "2026-13-45", which is not a date/);
  });

  it('1e308 as a score; counts that do not add up to the scale\'s items; an item twice', () => {
    expectStopped(report(edited('big.json', (a) => (a.overall.total = 1e308))), /big\.json: error: .*assessments\[0\]\.overall\.total is 1e\+308, outside/);
    expectStopped(report(edited('counts.json', (a) => (a.overall.rated += 3))), /counts\.json: error: .*assessments\[0\]\.overall counts \d+ items \(rated \+ N\/A \+ missing\), but the whole scale has \d+/);
    expectStopped(report(edited('twice.json', (a) => (a.items[1] = { ...a.items[0] }))), /twice\.json: error: .*assessments\[0\]\.items\[1\]\.id is "h1" a second time \(first at assessments\[0\]\.items\[0\]\)/);
  });
});

describe('devices and pipes named as input files are refused, not read without end', () => {
  it('/dev/zero as a JSON result, a scale, a map and a data file; a FIFO as an assessment file', () => {
    const sub = path.join(dir, 'devices');
    mkdirSync(sub);
    for (const name of ['zero.json', 'zero.yaml', 'zero-map.yaml', 'zero.csv']) symlinkSync('/dev/zero', path.join(sub, name));
    execFileSync('mkfifo', [path.join(sub, 'fifo.yaml')]);
    expectStopped(runCli(['report', path.join(sub, 'zero.json'), '--lang', 'en']), /zero\.json: error: not a regular file/);
    expectStopped(runCli(['score', path.join(sub, 'fifo.yaml'), '--scale', OWN, '--lang', 'en']), /fifo\.yaml: error: not a regular file/);
    expectStopped(runCli(['scales', 'show', path.join(sub, 'zero.yaml'), '--lang', 'en']), /zero\.yaml: error: not a regular file/);
    const csv = write('ok.csv', 'team,date,rater,h1\nMoss,2026-10-15,Anne,4\n');
    expectStopped(score([csv], ['--map', path.join(sub, 'zero-map.yaml')]), /zero-map\.yaml: error: not a regular file/);
    expectStopped(score([path.join(sub, 'zero.csv')]), /zero\.csv: error: not a regular file/);
  });
});
