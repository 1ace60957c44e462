// `report --format xlsx` through the built binary, the workbook read back by exceljs in another
// process: numbers are numbers with the reports' number formats, dates are dates, headers and words
// in the report's language, text that starts like a formula cannot run as one, and --no-notes leaves
// notes and each rater's scores out.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, sheetRecords, type ReadCell, type ReadSheet } from '../helpers/read-workbook.js';
import { childEnv, REPO, runCli, tempDir } from '../helpers/run-cli.js';

const MOSS = ['examples/moss/moss-2025-03-11-ekstern.yaml', 'examples/moss/moss-2025-10-14-egenvurdering.yaml', 'examples/moss/moss-2026-09-22-ekstern.yaml'];

interface GoldenAssessment {
  team: string;
  date: string;
  overall: { score: number; percent: number; rated: number };
  agreement: { exact: number; alpha: { ordinal: number; interval: number } };
  items: { id: string; score: number | null; raters: Record<string, number | 'na'>; note: string | null }[];
  actions: { action: string; due?: string }[];
  change: { overall: number } | null;
}
/** The checked-in JSON report of the same files (itself checked against an independent scorer). */
const golden = JSON.parse(readFileSync(path.join(REPO, 'examples/reports/moss.json'), 'utf8')) as { assessments: GoldenAssessment[] };

const num = (cell: ReadCell | undefined) => (cell?.type === 'number' ? cell.value : undefined);
const textOf = (cell: ReadCell | undefined) => (cell?.type === 'text' ? cell.value : undefined);

function byName(sheets: ReadSheet[], name: string): ReadSheet {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

describe('report --format xlsx', () => {
  let sheets: ReadSheet[];
  let stderr: string;

  beforeAll(() => {
    const out = path.join(tempDir(), 'moss.xlsx');
    const run = runCli(['report', ...MOSS, '--format', 'xlsx', '--lang', 'nb', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    stderr = run.stderr;
    sheets = readWorkbook(out);
  });

  it('says what it wrote, and has the eight sheets in nb, each with its header frozen', () => {
    expect(stderr).toMatch(/^Skrev .*moss\.xlsx \(\d+ KB\)\n$/);
    expect(sheets.map((s) => s.name)).toEqual(['Oversikt', 'Områder', 'Prinsipper', 'Indikatorer', 'Samsvar', 'Endring', 'Tiltaksplan', 'Vurderingen']);
    for (const sheet of sheets) expect(sheet.frozenRows, sheet.name).toBe(1);
  });

  it('has a row per assessment in the overview: dates as dates, score and percent as numbers', () => {
    const rows = sheetRecords(byName(sheets, 'Oversikt'));
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['Team', 'Dato', 'Type vurdering', 'Skår', 'Prosent', 'Nivå', 'Indikatorer skåret']));
    rows.forEach((row, index) => {
      const expected = golden.assessments[index]!;
      expect(row.Dato).toEqual({ type: 'date', value: expected.date, format: 'dd.mm.yyyy' });
      expect(row.Skår).toEqual({ type: 'number', value: expected.overall.score, format: '0.00' });
      // The result's percent is 0-100; a percent cell holds the share.
      expect(row.Prosent).toMatchObject({ type: 'number', format: '0.0%' });
      expect(num(row.Prosent)).toBeCloseTo(expected.overall.percent / 100, 12);
      expect(num(row['Indikatorer skåret'])).toBe(expected.overall.rated);
    });
    // By hand: the first review's 38 items sum to 131 (mean of items): 131 / 38.
    expect(num(rows[0]!.Skår)! * 38).toBeCloseTo(131, 9);
    expect(textOf(rows[0]!['Type vurdering'])).toBe('ekstern vurdering');
    expect(textOf(rows[1]!['Type vurdering'])).toBe('egenvurdering');
  });

  it('puts each rater\'s score beside the item score, as numbers', () => {
    const rows = sheetRecords(byName(sheets, 'Indikatorer'));
    expect(rows).toHaveLength(3 * 38);
    const first = golden.assessments[0]!;
    for (const item of first.items) {
      const row = rows.find((r) => textOf(r.ID) === item.id && r.Dato?.type === 'date' && r.Dato.value === first.date)!;
      expect(num(row.Skår)).toBe(item.score ?? undefined);
      for (const [rater, answer] of Object.entries(item.raters)) {
        if (answer === 'na') expect(textOf(row[rater])).toBe('ikke aktuelt');
        else expect(row[rater]).toEqual({ type: 'number', value: answer, format: '0.00' });
      }
      expect(textOf(row.Notat)).toBe(item.note ?? undefined);
    }
  });

  it('gives the agreement with both alphas and a sentence on what alpha means', () => {
    const rows = sheetRecords(byName(sheets, 'Samsvar'));
    expect(rows).toHaveLength(3);
    rows.forEach((row, index) => {
      const agreement = golden.assessments[index]!.agreement;
      expect(row['Krippendorffs alfa (ordinal)']).toEqual({ type: 'number', value: agreement.alpha.ordinal, format: '0.000' });
      expect(num(row['Krippendorffs alfa (intervall)'])).toBe(agreement.alpha.interval);
      expect(row['Nøyaktig samme skår']).toEqual({ type: 'number', value: agreement.exact, format: '0.0%' });
      expect(textOf(row['Hva alfa betyr'])).toMatch(/Krippendorff 2004/);
    });
    // 0.844 and up: the sentence says the raters agree well enough to rely on.
    expect(textOf(rows[0]!['Hva alfa betyr'])).toContain('α = 0,844');
  });

  it('gives the change since the previous assessment, which adds up to the two scores', () => {
    const rows = sheetRecords(byName(sheets, 'Endring'));
    const overall = rows.find((r) => textOf(r.Gjelder) === 'Hele skalaen' && r.Dato?.type === 'date' && r.Dato.value === '2026-09-22')!;
    // The last external review follows the first one (a self-assessment is not compared with a review).
    expect(overall['Forrige vurdering']).toEqual({ type: 'date', value: '2025-03-11', format: 'dd.mm.yyyy' });
    expect(num(overall.Endring)).toBeCloseTo(golden.assessments[2]!.change!.overall, 12);
    expect(num(overall.Skår)! - num(overall['Forrige skår'])!).toBeCloseTo(num(overall.Endring)!, 12);
    expect(num(overall['Forrige skår'])).toBeCloseTo(golden.assessments[0]!.overall.score, 12);
  });

  it('lists the action plan, with due dates as dates', () => {
    const rows = sheetRecords(byName(sheets, 'Tiltaksplan'));
    expect(rows).toHaveLength(golden.assessments.reduce((n, a) => n + a.actions.length, 0));
    const withDate = rows.find((r) => r.Frist?.type === 'date')!;
    expect(withDate.Frist).toMatchObject({ format: 'dd.mm.yyyy' });
  });

  it('has a colour scale on the scores', () => {
    expect(byName(sheets, 'Indikatorer').conditionalFormats).toBeGreaterThan(0);
    expect(byName(sheets, 'Oversikt').conditionalFormats).toBeGreaterThan(0);
  });
});

describe('report --format xlsx, privacy and hostile text', () => {
  it('leaves notes and each rater\'s scores out with --no-notes, and says so', () => {
    const out = path.join(tempDir(), 'public.xlsx');
    const run = runCli(['report', ...MOSS, '--format', 'xlsx', '--lang', 'en', '--no-notes', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const items = readWorkbook(out).find((s) => s.name === 'Items')!;
    const header = items.rows[0]!.map(textOf);
    expect(header).not.toContain('Note');
    expect(header).not.toContain('Ingrid Solheim');
    expect(header).toContain('Agreed score');
    const texts = items.rows.flat().map(textOf).filter(Boolean);
    expect(texts).toContain("Notes and each rater's scores are left out of this workbook (--no-notes).");
    expect(texts.join('\n')).not.toContain('journalgjennomgangen');
  });

  it('writes text that starts like a formula as text, with the apostrophe of the CSV reports', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hostile.yaml');
    const source = readFileSync(path.join(REPO, MOSS[0]!), 'utf8').replace('team: Housing First Moss', 'team: "=HYPERLINK(\\"http://x\\")"');
    writeFileSync(file, source);
    const out = path.join(dir, 'hostile.xlsx');
    const run = runCli(['report', file, '--format', 'xlsx', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const sheets = readWorkbook(out);
    const cells = sheets.flatMap((s) => s.rows.flat());
    expect(cells.some((c) => c?.type === 'formula')).toBe(false);
    expect(textOf(sheets[0]!.rows[1]![0])).toBe('\'=HYPERLINK("http://x")');
  });

  it('writes the workbook to stdout when it is a pipe', () => {
    const run = runCli(['report', MOSS[0]!, '--format', 'xlsx']);
    expect(run.status).toBe(0);
    // An xlsx file is a zip: it starts with PK.
    expect(run.stdout.slice(0, 2)).toBe('PK');
  });
});

describe('exceljs is loaded only for a workbook', () => {
  /** Whether a run of the binary loaded exceljs: a preloaded probe lists the CommonJS modules at exit. */
  function loadsExceljs(args: string[]): boolean {
    const dir = tempDir();
    const probe = path.join(dir, 'probe.cjs');
    const seen = path.join(dir, 'seen.txt');
    writeFileSync(probe, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(seen)}, Object.keys(require.cache).join('\\n')));\n`);
    const run = spawnSync(process.execPath, ['--require', probe, path.join(REPO, 'bin/hf-fidelity.js'), ...args], { cwd: REPO, encoding: 'utf8', env: childEnv() });
    expect(run.status, run.stderr).toBe(0);
    return readFileSync(seen, 'utf8').split('\n').some((file) => file.includes(`${path.sep}exceljs${path.sep}`));
  }

  it('not by score of a workbook of data, nor by a Markdown or CSV report', () => {
    expect(loadsExceljs(['score', 'examples/grunerlokka/microsoft-forms-export.xlsx', '--scale', 'pathways-hf', '--map', 'examples/grunerlokka/map.yaml'])).toBe(false);
    expect(loadsExceljs(['report', ...MOSS, '--format', 'md'])).toBe(false);
    expect(loadsExceljs(['report', ...MOSS, '--format', 'csv', '--dialect', 'excel'])).toBe(false);
  });

  it('by an xlsx report (the probe sees it when it is there)', () => {
    expect(loadsExceljs(['report', MOSS[0]!, '--format', 'xlsx', '--out', path.join(tempDir(), 'x.xlsx')])).toBe(true);
  });
});

describe('report --format xlsx of a review (SPEC 12)', () => {
  it('has a sheet of the review\'s own words: key messages, strengths, recommendations, barriers, follow-up', () => {
    const out = path.join(tempDir(), 'review.xlsx');
    const run = runCli(['report', 'tests/fixtures/review/moss-review-2026.yaml', '--format', 'xlsx', '--lang', 'nb', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const review = byName(readWorkbook(out), 'Vurderingen');
    const rows = sheetRecords(review);
    const of = (what: string) => rows.filter((r) => textOf(r.Hva) === what);
    expect(of('Hovedbudskap').map((r) => textOf(r.Tekst))).toEqual([
      'Teamet gir bolig uten krav om behandling, og deltakerne beholder boligen.',
      'Mangelen på små leiligheter i sentrum forsinker innflytting.',
    ]);
    expect(of('Hindring teamet ikke rår over alene')[0]).toMatchObject({ Nivå: { type: 'text', value: 'Systemnivå' }, Ansvarlig: { type: 'text', value: 'kommunens boligkontor' } });
    const followUp = of('Tiltak fra forrige runde');
    expect(followUp).toHaveLength(4);
    expect(followUp[0]).toMatchObject({ Status: { type: 'text', value: 'gjennomført' }, 'Forrige vurdering': { type: 'date', value: '2025-03-11' } });
    // The action plan's status too.
    expect(sheetRecords(byName(readWorkbook(out), 'Tiltaksplan')).map((r) => textOf(r.Status))).toContain('påbegynt');
  });
});
