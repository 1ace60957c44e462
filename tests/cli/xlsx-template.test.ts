// `template --format xlsx` and `score` of the filled workbook, through the built binary. The workbook
// is filled in by exceljs in a separate process (as a team in Excel would), and read back to exactly
// the values typed; hand-damaged workbooks get errors that name the cell, exit 2 and write nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editWorkbook, type Edit } from '../helpers/edit-workbook.js';
import { readWorkbook, type ReadSheet } from '../helpers/read-workbook.js';
import { REPO, runCli, tempDir } from '../helpers/run-cli.js';

interface ScaleJson {
  scale: { items: { id: string; na: boolean; rating: { min: number; max: number } }[] };
}
const SCALE = JSON.parse(readFileSync(path.join(REPO, 'dist/scales/pathways-hf.json'), 'utf8')) as ScaleJson;
const ITEMS = SCALE.scale.items;

/** The layout a user sees: meta in B2:B4, the table's header on row 7, items from row 8, columns A-J. */
const FIRST_ITEM_ROW = 8;
const COLUMNS = { rater1: 'E', rater2: 'F', agreed: 'G', mean: 'H', rationale: 'I', note: 'J' } as const;

function template(args: string[] = []): string {
  const file = path.join(tempDir(), 'skaring.xlsx');
  const run = runCli(['template', 'pathways-hf', '--format', 'xlsx', '--lang', 'nb', '--rater', 'Siri Johansen', '--rater', 'Bjørn Ånes', ...args, '--out', file]);
  expect(run.status, run.stderr).toBe(0);
  return file;
}

function score(file: string, extra: string[] = []): { status: number | null; stdout: string; stderr: string } {
  return runCli(['score', file, '--format', 'json', '--lang', 'nb', ...extra]);
}

describe('template --format xlsx', () => {
  let sheets: ReadSheet[];
  let stderr: string;

  beforeAll(() => {
    const file = path.join(tempDir(), 'mal.xlsx');
    const run = runCli(['template', 'pathways-hf', '--format', 'xlsx', '--lang', 'nb', '--team', 'Housing First Rana', '--date', '15.10.2026', '--kind', 'external', '--rater', 'Siri Johansen', '--rater', 'Bjørn Ånes', '--out', file]);
    expect(run.status, run.stderr).toBe(0);
    stderr = run.stderr;
    sheets = readWorkbook(file);
  });

  it('says what it wrote, and has the scores sheet, the instructions in nb and a very hidden marker', () => {
    expect(stderr).toContain('Skrev');
    expect(stderr).toContain('38 indikatorer og 2 vurderere');
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ['Skåring', 'visible'],
      ['Veiledning', 'visible'],
      ['hf-fidelity', 'veryHidden'],
    ]);
    const instructions = sheets[1]!.rows.flat().map((c) => (c?.type === 'text' ? c.value : '')).join('\n');
    expect(instructions).toContain('Slik fyller du ut arbeidsboken');
    expect(instructions).toContain('«Skåring»');
  });

  it('fills the meta cells from the options: the date as a date', () => {
    const [scores] = sheets;
    expect(scores!.rows[1]).toEqual([{ type: 'text', value: 'Team' }, { type: 'text', value: 'Housing First Rana' }]);
    expect(scores!.rows[2]![1]).toEqual({ type: 'date', value: '2026-10-15', format: 'dd.mm.yyyy' });
    expect(scores!.rows[3]![1]).toEqual({ type: 'text', value: 'ekstern vurdering' });
    expect(scores!.validations.B4).toMatchObject({ type: 'list', formulae: ['"egenvurdering,ekstern vurdering"'] });
  });

  it('has a row per item with its anchors, a column per rater, the header frozen', () => {
    const scores = sheets[0]!;
    expect(scores.frozenRows).toBe(7);
    expect(scores.rows[6]!.map((c) => (c?.type === 'text' ? c.value : null))).toEqual([
      'ID', 'Område', 'Tittel', 'Forankringer', 'Siri Johansen', 'Bjørn Ånes', 'Felles skår', 'Vurderernes snitt', 'Begrunnelse', 'Notat',
    ]);
    const ids = scores.rows.slice(7).map((row) => (row[0]?.type === 'text' ? row[0].value : null));
    expect(ids).toEqual(ITEMS.map((item) => item.id));
    const anchors = scores.rows[7]![3];
    expect(anchors?.type === 'text' && anchors.value.split('\n').map((line) => line.slice(0, 3))).toEqual(['1: ', '2: ', '3: ', '4: ']);
  });

  it('gives every score cell a dropdown of the allowed scores, N/A only where the item allows it', () => {
    const scores = sheets[0]!;
    ITEMS.forEach((item, index) => {
      const row = FIRST_ITEM_ROW + index;
      const expected = item.na ? '"1,2,3,4,ikke aktuelt"' : '"1,2,3,4"';
      for (const column of [COLUMNS.rater1, COLUMNS.rater2, COLUMNS.agreed]) {
        const validation = scores.validations[`${column}${row}`];
        expect(validation, `${column}${row}`).toMatchObject({ type: 'list', formulae: [expected] });
        expect(validation!.prompt!.length).toBeLessThanOrEqual(255);
      }
      // The mean is a formula, for reading only.
      expect(scores.rows[row - 1]![7]).toMatchObject({ type: 'formula' });
    });
    expect(ITEMS.filter((item) => item.na).map((item) => item.id)).toEqual(['shs4']);
  });
});

describe('score of a filled-in template', () => {
  it('reads back exactly the values typed: every score, agreed score, rationale and note', () => {
    const file = template();
    // What a team types: scores by a rule of the row, N/A where allowed, an agreed score on every third item.
    const typed = ITEMS.map((item, index) => ({
      id: item.id,
      rater1: item.na ? 'ikke aktuelt' : (index % 4) + 1,
      rater2: index % 5 === 0 ? null : ((index + 1) % 4) + 1,
      agreed: index % 3 === 0 && !item.na ? 2 + (index % 3) : null,
      rationale: index % 2 === 0 ? `Begrunnelse ${index}: «æøå» = tydelig` : null,
      note: index % 7 === 0 ? `Notat ${index}` : null,
    }));
    const edits: Edit[] = [
      { set: 'B2', value: 'Housing First Mandal' },
      { set: 'B3', value: '03.11.2026' },
      { set: 'B4', value: 'egenvurdering' },
    ];
    typed.forEach((entry, index) => {
      const row = FIRST_ITEM_ROW + index;
      for (const key of ['rater1', 'rater2', 'agreed', 'rationale', 'note'] as const) {
        if (entry[key] !== null) edits.push({ set: `${COLUMNS[key]}${row}`, value: entry[key] });
      }
    });
    editWorkbook(file, edits);
    const run = score(file);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      assessments: { team: string; date: string; kind: string; raters: string[]; items: { id: string; raters: Record<string, number | 'na'>; consensus: boolean; score: number | null; rationale?: string; note: string | null }[] }[];
    };
    expect(result.assessments).toHaveLength(1);
    const [assessment] = result.assessments;
    expect(assessment).toMatchObject({ team: 'Housing First Mandal', date: '2026-11-03', kind: 'self', raters: ['Siri Johansen', 'Bjørn Ånes'] });
    typed.forEach((entry, index) => {
      const item = assessment!.items[index]!;
      expect(item.id).toBe(entry.id);
      const raters: Record<string, number | 'na'> = { 'Siri Johansen': entry.rater1 === 'ikke aktuelt' ? 'na' : entry.rater1 };
      if (entry.rater2 !== null) raters['Bjørn Ånes'] = entry.rater2;
      expect(item.raters, entry.id).toEqual(raters);
      expect(item.consensus).toBe(entry.agreed !== null);
      if (entry.agreed !== null) expect(item.score).toBe(entry.agreed);
      expect(item.rationale).toBe(entry.rationale ?? undefined);
      expect(item.note).toBe(entry.note);
    });
    // By hand: hcs1 (row 8) has Siri 1, Bjørn none and agreed 2; hcs2 has 2 and 3, no agreed score: 2.5.
    expect(assessment!.items[0]).toMatchObject({ id: 'hcs1', score: 2, consensus: true });
    expect(assessment!.items[1]).toMatchObject({ id: 'hcs2', score: 2.5, consensus: false });
  });

  it('needs no --scale: the workbook names its scale', () => {
    const file = template();
    editWorkbook(file, [{ set: 'B2', value: 'Moss' }, { set: 'E8', value: 3 }]);
    const run = runCli(['score', file]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('pathways-hf');
  });
});

describe('score of a hand-damaged template', () => {
  function damaged(edits: Edit[]): { status: number | null; stderr: string; out: string } {
    const file = template();
    editWorkbook(file, [{ set: 'B2', value: 'Moss' }, { set: 'E8', value: 3 }, ...edits]);
    const out = path.join(path.dirname(file), 'result.json');
    const run = runCli(['score', file, '--lang', 'nb', '--format', 'json', '--out', out]);
    return { status: run.status, stderr: run.stderr, out };
  }

  it.each([
    ['a score typed past the dropdown', [{ set: 'F9', value: 5 }], /Skåring!F9: «5» er ikke en skår for indikator hcs2; tillatt: 1, 2, 3, 4/],
    ['a decimal score', [{ set: 'G10', value: '2,5' }], /Skåring!G10: «2,5» er ikke en skår for indikator hcs3/],
    ['N/A where the item does not allow it', [{ set: 'E9', value: 'ikke aktuelt' }], /Skåring!E9: «ikke aktuelt» er ikke en skår for indikator hcs2/],
    ['a deleted column', [{ deleteColumn: 7 }], /kolonnen «Felles skår» mangler i overskriftsraden .*etter «Bjørn Ånes»|kolonnen «Felles skår» mangler/],
    ['a renamed sheet', [{ renameSheet: 'Skåring', to: 'Ark1' }], /arket «Skåring» finnes ikke .*arbeidsboken har "Ark1", "Veiledning"/],
    ['an item id typed over', [{ set: 'A12', value: 'hcs99' }], /Skåring!A12: «hcs99» er ikke en indikator i pathways-hf/],
    ['no team', [{ set: 'B2', value: null }], /Skåring!B2: teamet er ikke fylt ut/],
    ['a date that is none', [{ set: 'B3', value: '31.02.2026' }], /Skåring!B3: «31.02.2026» er ikke en dato/],
    ['a kind that is none', [{ set: 'B4', value: 'kanskje' }], /Skåring!B4: «kanskje» er ikke en type vurdering/],
    ['two columns for one rater', [{ set: 'F7', value: 'Siri Johansen' }], /Skåring!F7: vurdereren «Siri Johansen» har en kolonne til \(den første er Skåring!E7\)/],
  ] as const)('%s: a clear error naming the cell, exit 2, nothing written', (_, edits, message) => {
    const run = damaged(edits as unknown as Edit[]);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(run.out)).toBe(false);
  });

  it('warns when rater columns still have the names the template gave them', () => {
    const file = path.join(tempDir(), 'blank.xlsx');
    expect(runCli(['template', 'pathways-hf', '--format', 'xlsx', '--lang', 'nb', '--out', file]).status).toBe(0);
    editWorkbook(file, [{ set: 'B2', value: 'Moss' }, { set: 'E8', value: 3 }]);
    const run = score(file);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/Skåring!E7: vurdereren heter fortsatt «Vurderer 1»/);
  });

  it('refuses an empty template: nothing was rated', () => {
    const file = template();
    editWorkbook(file, [{ set: 'B2', value: 'Moss' }]);
    const run = score(file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ingen skår er fylt ut');
  });
});

describe('template options', () => {
  it('refuses workbook options for a CSV template', () => {
    const run = runCli(['template', 'pathways-hf', '--team', 'Moss', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--team fill the cells of a workbook: use them with --format xlsx');
  });

  it('refuses a --date that is none and a rater named twice, before writing', () => {
    const dir = tempDir();
    const out = path.join(dir, 'x.xlsx');
    const date = runCli(['template', 'pathways-hf', '--format', 'xlsx', '--date', '2026-13-01', '--lang', 'en', '--out', out]);
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('--date "2026-13-01" is not a date');
    const twice = runCli(['template', 'pathways-hf', '--format', 'xlsx', '--rater', 'Ann', '--rater', 'ann', '--lang', 'en', '--out', out]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('--rater "ann" is given twice');
    expect(existsSync(out)).toBe(false);
  });
});

describe('template workbooks, found by review', () => {
  const filledRun = (file: string, extra: string[] = []) => runCli(['score', file, '--format', 'json', '--lang', 'nb', ...extra]);
  const first = (run: { stdout: string }) =>
    (JSON.parse(run.stdout) as { assessments: { team: string; kind: string | null; raters: string[]; items: { id: string; rationale?: string; note: string | null }[] }[] }).assessments[0]!;

  it('refuses a rater named like a column of the template, or like the agreed score', () => {
    for (const name of ['Begrunnelse', 'Felles skår', 'konsensus']) {
      const run = runCli(['template', 'pathways-hf', '--format', 'xlsx', '--lang', 'nb', '--rater', 'Anne', '--rater', name, '--out', path.join(tempDir(), 'x.xlsx')]);
      expect(run.status, name).toBe(2);
      expect(run.stderr).toContain(`--rater «${name}»: det er navnet på en kolonne i malen, eller ordet for den felles skåren`);
    }
  });

  it.each([
    ['a rater header renamed like a fixed column', [{ set: 'F7', value: 'Begrunnelse' }], /Skåring!F7: «Begrunnelse» står over en kolonne til/],
    ['a rater header renamed to the agreed score\'s word', [{ set: 'F7', value: 'konsensus' }], /Skåring!F7: en vurderer kan ikke hete «konsensus»/],
    ['a row of scores without an item id', [{ insertRow: 10 }, { set: 'E10', value: 2 }], /Skåring!A10: denne raden har skårer eller tekst, men ingen indikator-ID/],
    ['a score typed as 0x3', [{ set: 'E9', value: '0x3' }], /Skåring!E9: «0x3» er ikke en skår for indikator hcs2/],
    ['the title column renamed', [{ set: 'C7', value: 'Navn' }], /overskriftsraden i arket «Skåring» finnes ikke/],
  ] as const)('%s: an error naming the cell, exit 2', (_, edits, message) => {
    const file = template();
    editWorkbook(file, [{ set: 'B2', value: 'Moss' }, { set: 'E8', value: 3 }, ...(edits as unknown as Edit[])]);
    const run = filledRun(file);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/formel|formula/);
  });

  it('reads text that starts like a formula as typed, and a merged title; says which columns it does not read', () => {
    const file = path.join(tempDir(), 'inj.xlsx');
    expect(runCli(['template', 'pathways-hf', '--format', 'xlsx', '--lang', 'nb', '--team', '-Nord', '--rater', '@Anne', '--rater', 'Bjørn', '--out', file]).status).toBe(0);
    editWorkbook(file, [
      { merge: 'A1:J1' },
      { set: 'E8', value: 3 },
      { set: 'F8', value: 3 },
      { set: 'I8', value: "'=viktig" },
      { set: 'K7', value: 'Cecilie' },
      { set: 'K8', value: 2 },
    ]);
    const run = filledRun(file, ['--kind', 'external']);
    expect(run.status, run.stderr).toBe(0);
    const a = first(run);
    expect(a.team).toBe('-Nord');
    expect(a.raters).toEqual(['@Anne', 'Bjørn']);
    expect(a.items[0]!.rationale).toBe('=viktig');
    // The kind cell is blank: --kind gives it, as for a data row.
    expect(a.kind).toBe('external');
    expect(run.stderr).toContain('kolonner malen ikke har, blir ikke lest: K7 "Cecilie"');
  });

  it('warns when the workbook was made for another version of the scale', () => {
    const file = template();
    editWorkbook(file, [{ set: 'B2', value: 'Moss' }, { set: 'E8', value: 3 }, { set: 'B4', value: '0.9', sheet: 'hf-fidelity' }]);
    const run = filledRun(file);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/skrevet med skalaversjon 0\.9; skåret med versjon 1\.1/);
  });

  it('checks a wide range as a whole number, not a list longer than Excel takes', () => {
    const dir = tempDir();
    const scale = path.join(dir, 'wide.yaml');
    writeFileSync(
      scale,
      ['id: wide', 'version: "1"', 'name: Wide', 'rating: { min: 0, max: 100 }', 'levels:', '  - { id: any, min: 0, label: Any }', 'domains:', '  - id: d', '    name: D', '    items:', '      - { id: a1, title: A one }', ''].join('\n'),
    );
    const out = path.join(dir, 'wide.xlsx');
    expect(runCli(['template', scale, '--format', 'xlsx', '--lang', 'en', '--out', out]).status).toBe(0);
    const validation = readWorkbook(out)[0]!.validations.E8!;
    expect(validation.type).toBe('whole');
    expect(validation.prompt).toBe('Allowed: 0–100');
  });
});
