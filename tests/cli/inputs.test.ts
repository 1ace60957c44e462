// Real-world data files through `score` (run in-process, tests/helpers/run-in-process.ts): every export shape in tests/fixtures/exports/
// is scored with `score --format json` and the scores are checked against means worked out here
// by hand from the numbers in each fixture (never by calling the scoring code). Then the bad
// inputs: each must stop with exit 2, say where the problem is, and write nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => path.join('tests/fixtures/exports', name);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd = repo): Promise<Run> {
  return runInProcess(args, { cwd });
}

interface Scored {
  team: string;
  date: string | null;
  kind: string | null;
  raters: string[];
  overall: { score: number | null; rated: number; na: number; missing: number };
  domains: { id: string; score: number | null; rated: number; na: number }[];
  items: { id: string; status: string; score: number | null; raters: Record<string, number | 'na'>; consensus: boolean; note: string | null }[];
}

async function scoreJson(args: string[]): Promise<{ run: Run; assessments: Scored[] }> {
  const run = await cli(['score', ...args, '--format', 'json']);
  expect(run.status, run.stderr).toBe(0);
  return { run, assessments: (JSON.parse(run.stdout) as { assessments: Scored[] }).assessments };
}

/** One run shared by the tests of a describe block, made when the first of them asks. */
function once<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const mean = (xs: number[]) => sum(xs) / xs.length;

/** Domain id -> the item scores that count, in the fixture's order; overall = mean of them all. */
function expectScores(a: Scored, domains: Record<string, number[]>) {
  const all = Object.values(domains).flat();
  expect(a.overall.score).toBeCloseTo(mean(all), 10);
  expect(a.overall.rated).toBe(all.length);
  for (const d of a.domains) {
    const items = domains[d.id];
    if (items === undefined) expect(d.score, d.id).toBeNull();
    else expect(d.score, d.id).toBeCloseTo(mean(items), 10);
  }
}

const item = (a: Scored, id: string) => a.items.find((i) => i.id === id)!;

describe('a sheet saved from a Norwegian Excel (BOM, ;, decimal comma, CRLF, dd.mm.yyyy)', () => {
  const excel = once(() => scoreJson([fixture('excel-nb.csv'), '--scale', 'pathways-hf']));

  it('reads two assessments, by date, with their raters and kind', async () => {
    const { run, assessments } = await excel();
    const [march, october] = assessments;
    expect(assessments).toHaveLength(2);
    expect(march).toMatchObject({ team: 'Housing First Rana', date: '2025-03-18', kind: 'external', raters: ['Bjørn Ånes', 'Kjersti Sæther'] });
    expect(october).toMatchObject({ team: 'Housing First Rana', date: '2025-10-21', kind: 'external' });
    expect(run.stderr).not.toMatch(/Windows-1252/);
  });

  it('scores March from the konsensus row, decimal commas included', async () => {
    const march = (await excel()).assessments[0];
    // konsensus: hcs1 2,5 hcs2 1 hcs5 2 | shs1 3,5 shs2 3 shs4 3 | sp1 3 sp3 3 | sa1 3 sa6 1,5 | ps1 3 ps3 3,5
    // (the sheet has shs4, which may be N/A, in the third column)
    expectScores(march!, {
      housing: [2.5, 1, 2],
      separation: [3.5, 3, 3],
      philosophy: [3, 3],
      services: [3, 1.5],
      structure: [3, 3.5],
    });
    expect(march!.overall.score).toBeCloseTo(32 / 12, 10);
    expect(item(march!, 'hcs1')).toMatchObject({ score: 2.5, consensus: true, raters: { 'Bjørn Ånes': 2, 'Kjersti Sæther': 3 } });
  });

  it('scores October (no konsensus row) from the mean of the raters; "ikke aktuelt" twice is N/A', async () => {
    const october = (await excel()).assessments[1];
    // Bjørn:   3 2 3 | 4 3 NA | 3 3 | 3 2 | 4 3
    // Kjersti: 3 2 2 | 4 4 NA | 3 3 | 3 _ | 3 3   (sa6 left blank: Bjørn's 2 stands alone)
    expectScores(october!, {
      housing: [(3 + 3) / 2, (2 + 2) / 2, (3 + 2) / 2],
      separation: [(4 + 4) / 2, (3 + 4) / 2],
      philosophy: [(3 + 3) / 2, (3 + 3) / 2],
      services: [(3 + 3) / 2, 2],
      structure: [(4 + 3) / 2, (3 + 3) / 2],
    });
    expect(october!.overall.score).toBeCloseTo(32.5 / 11, 10);
    expect(october!.overall.na).toBe(1);
    expect(item(october!, 'shs4').status).toBe('na');
    expect(item(october!, 'sa6')).toMatchObject({ score: 2, raters: { 'Bjørn Ånes': 2 } });
  });
});

describe('the same sheet saved as Windows-1252 "CSV" (no BOM)', () => {
  it('is byte for byte the UTF-8 sheet in Windows-1252, with æ, ø and å as single bytes', async () => {
    const utf8 = readFileSync(path.join(repo, fixture('excel-nb.csv')));
    const cp1252 = readFileSync(path.join(repo, fixture('excel-nb-1252.csv')));
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('windows-1252').decode(cp1252)).toBe(utf8.subarray(3).toString('utf8'));
    for (const byte of [0xe6, 0xf8, 0xe5]) expect(cp1252.includes(byte)).toBe(true);
  });

  it('warns on stderr that it read Windows-1252, and gives the same scores as the UTF-8 sheet', async () => {
    const utf8 = (await scoreJson([fixture('excel-nb.csv'), '--scale', 'pathways-hf'])).assessments;
    const { run, assessments } = await scoreJson([fixture('excel-nb-1252.csv'), '--scale', 'pathways-hf']);
    expect(run.stderr).toMatch(/excel-nb-1252\.csv: warning: not UTF-8; read as Windows-1252/);
    const strip = ({ team, date, kind, raters, overall, domains, items }: Scored) => ({ team, date, kind, raters, overall, domains, items });
    expect(assessments.map(strip)).toEqual(utf8.map(strip));
    expect(assessments[0]!.raters).toEqual(['Bjørn Ånes', 'Kjersti Sæther']);
  });
});

describe('a Nettskjema export (.txt, every field quoted, codebook headers) with a map', () => {
  const nettskjema = once(() => scoreJson([fixture('nettskjema.txt'), '--scale', 'pathways-hf', '--map', fixture('nettskjema.map.yaml')]));

  it('is one assessment: $created is taken as the date written, whatever its offset', async () => {
    // The third answer was sent 2025-10-09T00:40:13+02:00, which is 8 October in UTC.
    const { assessments } = await nettskjema();
    expect(assessments).toHaveLength(1);
    expect(assessments[0]).toMatchObject({ team: 'Housing First Mandal', date: '2025-10-09', raters: ['#1', '#2', '#3'] });
  });

  it('maps the labels; "Vet ikke" is not rated and "Ikke relevant" is N/A for that respondent', async () => {
    // hcs1 I stor grad, Delvis, I stor grad -> 3 2 3; shs4 Ikke relevant, Delvis, I stor grad -> na 2 3
    // shs2 2 3 2; sp3 3, Vet ikke, 3; sa6 1 1 2; ps3 4 3 4
    const a = (await nettskjema()).assessments[0]!;
    expectScores(a, {
      housing: [(3 + 2 + 3) / 3],
      separation: [(2 + 3 + 2) / 3, (2 + 3) / 2],
      philosophy: [(3 + 3) / 2],
      services: [(1 + 1 + 2) / 3],
      structure: [(4 + 3 + 4) / 3],
    });
    expect(a.overall.score).toBeCloseTo(15.5 / 6, 10);
    expect(item(a, 'shs4').raters).toEqual({ '#1': 'na', '#2': 2, '#3': 3 });
    expect(item(a, 'sp3').raters).toEqual({ '#1': 3, '#3': 3 });
  });

  it('warns about the Nettskjema columns it leaves out', async () => {
    expect((await nettskjema()).run.stderr).toMatch(/warning: .*"\$submission_id", "\$answer_time_ms"/);
  });
});

describe('a Microsoft Forms export (.xlsx, question text as headers, in the form\'s order) with a map', () => {
  const forms = once(() => scoreJson([fixture('ms-forms.xlsx'), '--scale', 'pathways-hf', '--map', fixture('ms-forms.map.yaml')]));

  it('takes the team from a question, the date from Completion time and the raters from Name', async () => {
    const { assessments } = await forms();
    expect(assessments).toHaveLength(1);
    expect(assessments[0]).toMatchObject({
      team: 'Housing First Grünerløkka',
      date: '2025-10-16',
      raters: ['Marius Opsahl', 'Leila Haddad', 'Thea Brekke'],
    });
  });

  it('scores the label answers; "Vet ikke" is not rated', async () => {
    // Fullt 4, I stor grad 3, Delvis 2. Marius / Leila / Thea:
    // hcs1 4 4 3; hcs4 3 _ 4; shs2 4 3 4; sp3 4 4 4; sa6 2 3 2; ps3 3 3 4
    const a = (await forms()).assessments[0]!;
    expectScores(a, {
      housing: [(4 + 4 + 3) / 3, (3 + 4) / 2],
      separation: [(4 + 3 + 4) / 3],
      philosophy: [4],
      services: [(2 + 3 + 2) / 3],
      structure: [(3 + 3 + 4) / 3],
    });
    expect(a.overall.score).toBeCloseTo(20.5 / 6, 10);
  });

  it('warns about the Forms columns it leaves out, and the email column is one of them', async () => {
    expect((await forms()).run.stderr).toMatch(/ms-forms\.xlsx:1: warning: .*"ID", "Start time", "Email", "Last modified time"/);
  });
});

describe('a long table of published item means (decimal point, quoted notes)', () => {
  it('scores the decimal means as consensus scores and keeps the notes', async () => {
    const [a, ...rest] = (await scoreJson([fixture('published-means-long.csv'), '--scale', 'pathways-hf'])).assessments;
    expect(rest).toHaveLength(0);
    expect(a).toMatchObject({ team: 'Landsgjennomsnitt (illustrasjon)', date: '2025-12-31', raters: [] });
    expectScores(a!, {
      housing: [3.4, 2.1, 3.2],
      separation: [3.6, 3.5],
      philosophy: [3.3, 2.9],
      services: [2.2, 1.8],
      structure: [3.7, 3.1],
    });
    expect(a!.overall.score).toBeCloseTo(32.8 / 11, 10);
    expect(item(a!, 'hcs1')).toMatchObject({ score: 3.4, consensus: true, note: 'n = 12 team, ekstern vurdering' });
  });
});

describe('Excel "Unicode Text" (UTF-16LE with BOM, tab-delimited)', () => {
  it('reads the names with æ, ø and å and scores the raters\' means', async () => {
    const [a] = (await scoreJson([fixture('excel-unicode-text.txt'), '--scale', 'pathways-hf'])).assessments;
    expect(a).toMatchObject({ team: 'Housing First Tromsø', date: '2025-05-05', raters: ['Åse Kråkenes', 'Øystein Mæland'] });
    // Åse: 4 3 4 2 4; Øystein: 3 3 4 3 4
    expectScores(a!, {
      housing: [(4 + 3) / 2],
      separation: [(3 + 3) / 2],
      philosophy: [(4 + 4) / 2],
      services: [(2 + 3) / 2],
      structure: [(4 + 4) / 2],
    });
    expect(a!.overall.score).toBeCloseTo(3.4, 10);
  });
});

describe('a TSV from a Danish team (enhed, dato, bedømmer, type; dd-mm-yyyy)', () => {
  it('finds the Danish meta columns and scores the konsensus row', async () => {
    const [a] = (await scoreJson([fixture('danish.tsv'), '--scale', 'pathways-hf'])).assessments;
    expect(a).toMatchObject({ team: 'Housing First Aarhus', date: '2025-06-12', kind: 'self', raters: ['Mette Sørensen', 'Lars Kjær'] });
    // konsensus: hcs1 4 hcs3 3,5 | shs1 3 shs3 4 | sp1 3,5 sp2 4 | sa1 2,5 sa2 2 | ps1 4 ps2 3
    expectScores(a!, {
      housing: [4, 3.5],
      separation: [3, 4],
      philosophy: [3.5, 4],
      services: [2.5, 2],
      structure: [4, 3],
    });
    expect(a!.overall.score).toBeCloseTo(3.35, 10);
  });
});

// ------------------------------------------------------------------------------------------------
// Bad input: exit 2, a message that says where, and nothing written.
// ------------------------------------------------------------------------------------------------

describe('bad input', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hf-fidelity-inputs-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const write = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return name;
  };
  const ALL_ITEMS = [
    ...['hcs', 'shs'].flatMap((p) => [1, 2, 3, 4, 5, 6, 7].map((n) => `${p}${n}`)),
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `sp${n}`),
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `sa${n}`),
    ...[1, 2, 3, 4, 5, 6].map((n) => `ps${n}`),
  ];

  it('a value out of range and a value that is no number: exit 2, file, line, column, value and what is allowed; no --out file', async () => {
    const file = write(
      'bad-values.csv',
      ['team,date,rater,hcs1,hcs2,hcs4', 'HF Test,2025-10-01,Anne,3,2,2', 'HF Test,2025-10-01,Bjørn,3,5,2', 'HF Test,2025-10-01,Cecilie,3,2,abc', ''].join('\n'),
    );
    const run = await cli(['score', file, '--scale', 'pathways-hf', '--format', 'json', '--out', 'result.json'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('bad-values.csv:3: error: column "hcs2": "5" is outside the range of hcs2: allowed are 1-4');
    expect(run.stderr).toMatch(/bad-values\.csv:4: error: column "hcs4": "abc" is not a score for hcs4: allowed are 1-4, blank for not rated/);
    expect(run.stdout).toBe('');
    expect(existsSync(path.join(dir, 'result.json'))).toBe(false);
  });

  it('a row with more fields than the header: exit 2 naming the line', async () => {
    const file = write('too-many.csv', ['team,date,hcs1,hcs2', 'HF Test,2025-10-01,3,2', 'HF Test,2025-10-01,3,2,4', ''].join('\n'));
    const run = await cli(['score', file, '--scale', 'pathways-hf', '--out', 'out.txt'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/too-many\.csv:3: error: the row has 5 fields but the header has 4/);
    expect(existsSync(path.join(dir, 'out.txt'))).toBe(false);
  });

  it('the same rater rating an item twice: exit 2 naming both lines', async () => {
    const file = write(
      'twice.csv',
      ['team;dato;vurderer;hcs1;hcs2', 'HF Test;01.10.2025;Anne;3;2', 'HF Test;01.10.2025;Bjørn;3;3', 'HF Test;01.10.2025;Anne;4;', ''].join('\n'),
    );
    const run = await cli(['score', file, '--scale', 'pathways-hf'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/twice\.csv:4: error: .*Anne rated hcs1 twice for HF Test [0-9-]+: lines 2 and 4/);
    expect(run.stderr).not.toMatch(/hcs2 twice/);
  });

  it('two konsensus rows for one assessment: exit 2 naming both lines', async () => {
    const file = write(
      'two-consensus.csv',
      ['team;dato;vurderer;hcs1', 'HF Test;01.10.2025;konsensus;3', 'HF Test;01.10.2025;Konsensus;4', ''].join('\n'),
    );
    const run = await cli(['score', file, '--scale', 'pathways-hf'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/two-consensus\.csv:3: error: .*two agreed scores for hcs1 of HF Test [0-9-]+: lines 2 and 3/);
  });

  it('an unknown column is a warning, and an error with --strict', async () => {
    const header = ['team', 'date', 'Antall deltakere', ...ALL_ITEMS].join(',');
    const row = ['HF Test', '2025-10-01', '31', ...ALL_ITEMS.map(() => '3')].join(',');
    const file = write('unknown-column.csv', `${header}\n${row}\n`);

    const lenient = await cli(['score', file, '--scale', 'pathways-hf', '--format', 'json'], dir);
    expect(lenient.status, lenient.stderr).toBe(0);
    expect(lenient.stderr).toMatch(/unknown-column\.csv:1: warning: .*"Antall deltakere"/);
    expect(JSON.parse(lenient.stdout).assessments[0].overall.score).toBe(3);

    const strict = await cli(['score', file, '--scale', 'pathways-hf', '--format', 'json', '--strict', '--out', 'strict.json'], dir);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toMatch(/unknown-column\.csv:1: error: .*"Antall deltakere"/);
    expect(existsSync(path.join(dir, 'strict.json'))).toBe(false);
  });

  it('a data file without --scale: exit 2, saying to add --scale', async () => {
    const run = await cli(['score', path.join(repo, fixture('excel-nb.csv'))], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/data files need a scale: add --scale pathways-hf/);
    expect(run.stdout).toBe('');
  });
});
