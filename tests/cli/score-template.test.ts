// `template`, `score` and `report`, run in-process (tests/helpers/run-in-process.ts): a template filled in scores back,
// --fail-under, output safety, and streamed JSON and CSV matching the whole result.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const OWN = 'tests/fixtures/scales/own-certification.yaml';

/** Fill the template's header with rows: [team, date, rater, kind, h1, h2, s1, t1]. */
async function filled(rows: string[][], dialect: 'rfc4180' | 'excel' = 'rfc4180'): Promise<string> {
  const dir = tempDir();
  const template = path.join(dir, 'template.csv');
  const run = await runInProcess(['template', OWN, '--dialect', dialect, '--lang', 'nb', '--out', template]);
  expect(run.status).toBe(0);
  const sep = dialect === 'excel' ? ';' : ',';
  const eol = dialect === 'excel' ? '\r\n' : '\n';
  const text = readFileSync(template, 'utf8') + rows.map((r) => r.join(sep)).join(eol) + eol;
  writeFileSync(template, text);
  return template;
}

function json(run: { status: number | null; stdout: string; stderr: string }) {
  expect(run.stderr).not.toMatch(/^\s+at /m);
  return JSON.parse(run.stdout);
}

describe('template', () => {
  it('has meta columns and one "id: title" column per item, in the chosen language', async () => {
    const run = await runInProcess(['template', OWN, '--lang', 'nb']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('team,dato,vurderer,type,h1: Egen leiekontrakt,h2: Valg av bolig,s1: Hjemmebesøk,t1: Erfaringskonsulent\r\n');
  });

  it('in the excel dialect starts with a BOM and uses semicolons and CRLF', async () => {
    const run = await runInProcess(['template', OWN, '--dialect', 'excel']);
    expect(run.stdout.startsWith('\ufeffteam;date;rater;kind;h1: Own lease;')).toBe(true);
    expect(run.stdout.endsWith('\r\n')).toBe(true);
  });

  it.each(['rfc4180', 'excel'] as const)('reads back unchanged once filled in (%s)', async (dialect) => {
    const decimal = dialect === 'excel' ? '4,5' : '4.5';
    const file = await filled(
      [
        ['Moss', '15.10.2026', 'Anne', 'external', '5', '4', '8', '3'],
        ['Moss', '15.10.2026', 'Bjørn', 'external', '4', '3', '6', decimal],
      ],
      dialect,
    );
    const result = json(await runInProcess(['score', file, '--scale', OWN, '--format', 'json']));
    const [a] = result.assessments;
    expect(a).toMatchObject({ team: 'Moss', date: '2026-10-15', kind: 'external', raters: ['Anne', 'Bjørn'] });
    // Item means by hand: h1 (5+4)/2 = 4.5, h2 (4+3)/2 = 3.5, s1 (8+6)/2 = 7, t1 (3+4.5)/2 = 3.75.
    // sum-of-domain-means: housing (4.5+3.5)/2 = 4, support 7, team 3.75 -> 14.75 (silver: >= 13).
    expect(a.domains.map((d: { score: number }) => d.score)).toEqual([4, 7, 3.75]);
    expect(a.overall.score).toBe(14.75);
    expect(a.overall.level).toBe('silver');
    // percent: max = 14.75 / (5 + 8 + 5) * 100
    expect(a.overall.percent).toBeCloseTo((14.75 / 18) * 100, 10);
    expect(a.agreement).toMatchObject({ raters: 2, compared: 4, exact: 0, discuss: ['s1'] });
  });
});

describe('score', () => {
  const twoTeams = () =>
    filled([
      ['Moss', '2026-10-15', 'konsensus', 'self', '5', '5', '8', '5'],
      ['Rana', '2026-10-15', 'konsensus', 'self', '2', '2', '3', '2'],
    ]);

  it('prints a table with team, overall and level', async () => {
    const run = await runInProcess(['score', await twoTeams(), '--scale', OWN]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Moss\s+2026-10-15\s+self\s+18\.00\s+100\s+Gold/);
    // Rana: housing 2, support 3, team 2 -> 7, below bronze (10): Not certified
    expect(run.stdout).toMatch(/Rana\s+2026-10-15\s+self\s+7\.00\s+39\s+Not certified/);
  });

  it('--fail-under exits 1 when any overall score is below it, 0 otherwise', async () => {
    const file = await twoTeams();
    expect((await runInProcess(['score', file, '--scale', OWN, '--fail-under', '7'])).status).toBe(0);
    expect((await runInProcess(['score', file, '--scale', OWN, '--fail-under', '7.5'])).status).toBe(1);
    expect((await runInProcess(['score', file, '--scale', OWN, '--fail-under', 'high'])).status).toBe(2);
  });

  // The checked-in reports of examples/ were rendered from the whole result held in memory: the
  // streamed output must match them.
  const moss = ['examples/moss/moss-2025-03-11-ekstern.yaml', 'examples/moss/moss-2025-10-14-egenvurdering.yaml', 'examples/moss/moss-2026-09-22-ekstern.yaml'];
  const golden = (file: string) => readFileSync(path.join(REPO, 'examples/reports', file), 'utf8');

  it('streams JSON that reads back as the checked-in result, one assessment per line', async () => {
    const streamed = await runInProcess(['score', ...moss, '--format', 'json']);
    const strict = await runInProcess(['score', ...moss, '--format', 'json', '--strict']);
    expect(streamed.status).toBe(0);
    expect(strict.stdout).toBe(streamed.stdout);
    expect(json(streamed)).toEqual(JSON.parse(golden('moss.json')));
    // Compact: the head line, three assessments, the closing line.
    const lines = streamed.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(lines[1]!.replace(/,$/, '')).date).toBe('2025-03-11');
  });

  it('streams the checked-in CSV, byte for byte, in both dialects', async () => {
    const rfc = await runInProcess(['score', ...moss, '--format', 'csv', '--dialect', 'rfc4180']);
    const excel = await runInProcess(['score', ...moss, '--format', 'csv', '--dialect', 'excel', '--lang', 'nb']);
    expect(rfc.status).toBe(0);
    expect(rfc.stdout).toBe(golden('moss.rfc4180.csv'));
    expect(excel.stdout).toBe(golden('moss.excel.csv'));
  });

  it('writes nothing when no input holds an assessment, in every format', async () => {
    const empty = await filled([]);
    for (const format of ['json', 'csv', 'table']) {
      const run = await runInProcess(['score', empty, '--scale', OWN, '--format', format]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
    }
  });

  it('--strict with items missing writes nothing, not even to stdout, in every format', async () => {
    // Rana leaves s1 and t1 empty: two missing items, an error under --strict.
    const file = await filled([
      ['Moss', '2026-10-15', 'konsensus', 'self', '5', '5', '8', '5'],
      ['Rana', '2026-10-15', 'konsensus', 'self', '2', '2', '', ''],
    ]);
    for (const format of ['json', 'csv', 'table']) {
      const loose = await runInProcess(['score', file, '--scale', OWN, '--format', format]);
      expect(loose.status).toBe(0);
      expect(loose.stderr).toMatch(/warning: .*1 .*2/);
      const strict = await runInProcess(['score', file, '--scale', OWN, '--format', format, '--strict']);
      expect(strict.status).toBe(2);
      expect(strict.stderr).toMatch(/error: .*1 .*2/);
      expect(strict.stdout).toBe('');
    }
  });

  it('never writes --out when the input is bad, and leaves no temporary file', async () => {
    const file = await filled([['Moss', '2026-10-15', 'Anne', 'self', '6', '4', '8', '3']]);
    const dir = tempDir();
    const out = path.join(dir, 'result.json');
    const run = await runInProcess(['score', file, '--scale', OWN, '--format', 'json', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('template.csv:2: error: column "h1: Egen leiekontrakt": "6" is outside the range of h1: allowed are 1-5');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a data file without --scale, with a pointer to the option', async () => {
    const run = await runInProcess(['score', await twoTeams()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--scale');
  });
});

describe('report', () => {
  it('refuses a PDF of more assessments than a document can hold, pointing to CSV and JSON, and writes nothing', async () => {
    // 501 teams, one assessment each: one more than a PDF report takes (DOCUMENT_LIMITS).
    const rows = Array.from({ length: 501 }, (_, i) => [`Team ${i + 1}`, '2026-10-15', 'konsensus', 'self', '4', '4', '6', '3']);
    const file = await filled(rows);
    const dir = tempDir();
    const pdf = await runInProcess(['report', file, '--scale', OWN, '--format', 'pdf', '--out', path.join(dir, 'all.pdf')]);
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toContain('a PDF report holds at most 500 assessments, and the inputs have 501');
    expect(pdf.stderr).toContain('--format csv or json');
    expect(readdirSync(dir)).toEqual([]);
    // Markdown takes more, and CSV any number.
    expect((await runInProcess(['report', file, '--scale', OWN, '--format', 'md', '--out', path.join(dir, 'all.md')])).status).toBe(0);
    const csv = await runInProcess(['report', file, '--scale', OWN, '--format', 'csv']);
    expect(csv.status).toBe(0);
    expect(csv.stdout.match(/^Team \d+,2026-10-15,self,overall,/gm)).toHaveLength(501);
  });

  it('writes Markdown in Danish and re-renders the same report from a JSON result', async () => {
    const file = await twoTeams();
    const dir = tempDir();
    const resultFile = path.join(dir, 'result.json');
    expect((await runInProcess(['score', file, '--scale', OWN, '--format', 'json', '--out', resultFile])).status).toBe(0);
    const fromData = await runInProcess(['report', file, '--scale', OWN, '--format', 'md', '--lang', 'da']);
    const fromJson = await runInProcess(['report', resultFile, '--scale', OWN, '--format', 'md', '--lang', 'da']);
    expect(fromData.status).toBe(0);
    expect(fromData.stdout).toContain('Moss');
    expect(fromJson.stdout).toBe(fromData.stdout);
  });

  function twoTeams() {
    return filled([
      ['Moss', '2026-10-15', 'konsensus', 'self', '5', '5', '8', '5'],
      ['Rana', '2026-10-15', 'konsensus', 'self', '2', '2', '3', '2'],
    ]);
  }
});

describe('a JSON result as input', () => {
  it('refuses a hand-edited result with the path that is wrong, and writes nothing', async () => {
    const dir = tempDir();
    const good = path.join(dir, 'result.json');
    expect((await runInProcess(['score', 'examples/moss/moss-2025-03-11-ekstern.yaml', '--format', 'json', '--out', good])).status).toBe(0);
    const result = JSON.parse(readFileSync(good, 'utf8'));
    delete result.assessments[0].overall.level;
    const bad = path.join(dir, 'edited.json');
    writeFileSync(bad, JSON.stringify(result));
    const out = path.join(dir, 'report.pdf');
    const run = await runInProcess(['report', bad, '--format', 'pdf', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('edited.json: error: not a result written by hf-fidelity (score --format json): assessments[0].overall.level is missing');
    expect(existsSync(out)).toBe(false);
  });
});

describe('one assessment, one source', () => {
  it('refuses the same assessment given twice, naming both sources', async () => {
    const file = 'examples/moss/moss-2025-03-11-ekstern.yaml';
    const run = await runInProcess(['score', file, 'examples/moss/moss-2026-09-22-ekstern.yaml', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the assessment of Housing First Moss on 2025-03-11 comes twice, from moss-2025-03-11-ekstern.yaml and from moss-2025-03-11-ekstern.yaml');
  });

  it('joins the rows of several data files for one assessment (raters may send their own)', async () => {
    const dir = tempDir();
    const anne = path.join(dir, 'anne.csv');
    const bjorn = path.join(dir, 'bjorn.csv');
    writeFileSync(anne, 'team,date,rater,h1,h2,s1,t1\nMoss,2026-10-15,Anne,5,4,8,3\n');
    writeFileSync(bjorn, 'team,date,rater,h1,h2,s1,t1\nMoss,2026-10-15,Bjørn,3,4,6,3\n');
    const run = await runInProcess(['score', anne, bjorn, '--scale', OWN, '--format', 'json']);
    expect(run.status).toBe(0);
    const [a] = JSON.parse(run.stdout).assessments;
    expect(a.raters).toEqual(['Anne', 'Bjørn']);
    expect(a.sources).toEqual(['anne.csv', 'bjorn.csv']);
    // h1 = (5 + 3) / 2
    expect(a.items[0].score).toBe(4);
  });
});
