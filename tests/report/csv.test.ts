// The CSV report: one tidy table with a row for everything, two dialects, full-precision numbers
// that read back exactly, and text cells that cannot run as formulas.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS, localize } from '../../src/i18n/lang.js';
import { DIALECTS, escapeFormula, formatCell, plainNumber } from '../../src/report/csv-cells.js';
import { renderCsv } from '../../src/report/render-csv.js';
import type { RenderContext } from '../../src/report/render-context.js';
import type { Scale } from '../../src/scale/model.js';
import { scoreAssessments } from '../../src/scoring/score.js';
import type { AssessmentResult, Result } from '../../src/result/schema.js';
import { buildResult, context, scale, TRICKY_NOTE } from './report-fixture.js';

const HEADER = 'team,date,kind,level_of_detail,id,name,score,percent,level,rated,na,missing,status,note,score_level,level_reason';
const result = buildResult();

async function csv(extra: Partial<RenderContext> = {}, input: Result = result, lang: RenderContext['lang'] = 'nb'): Promise<string> {
  const out = await renderCsv(input, context(lang, extra));
  expect(typeof out).toBe('string');
  return out as string;
}

type Row = Record<string, string>;

function parseRfc(text: string): Row[] {
  return parse(text, { columns: true, bom: false }) as Row[];
}

function parseExcel(text: string): Row[] {
  return parse(text, { columns: true, bom: true, delimiter: ';' }) as Row[];
}

/** Rows a scale should produce per assessment, counted from the scale itself. */
function expectedRows(s: Scale): number {
  return 1 + s.domains.length + s.principles.length + s.domains.reduce((n, d) => n + d.items.length, 0);
}

function rowsOf(rows: Row[], a: AssessmentResult): Row[] {
  return rows.filter((row) => row.team === a.team && row.date === (a.date ?? '') && row.kind === (a.kind ?? ''));
}

/** The number a cell should hold, or '' where the result has none. */
function asNumber(cell: string, decimal: '.' | ','): number | null {
  if (cell === '') return null;
  return Number(decimal === ',' ? cell.replace(',', '.') : cell);
}

describe('renderCsv (rfc4180)', () => {
  it.each(LANGS)('has the fixed English header in %s', async (lang) => {
    const text = await csv({}, result, lang);
    expect(text.split('\r\n')[0]).toBe(HEADER);
  });

  it('ends every record with CRLF, has no BOM and no bare LF', async () => {
    const text = await csv();
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has a row for the overall and every domain, principle and item of every assessment', async () => {
    const rows = parseRfc(await csv());
    expect(rows).toHaveLength(result.assessments.length * expectedRows(scale));
    for (const assessment of result.assessments) {
      const own = rowsOf(rows, assessment);
      expect(own.map((row) => row.level_of_detail)).toEqual([
        'overall',
        ...scale.domains.map(() => 'domain'),
        ...scale.principles.map(() => 'principle'),
        ...scale.items.map(() => 'item'),
      ]);
      expect(own.filter((row) => row.level_of_detail === 'domain').map((row) => row.id)).toEqual(scale.domains.map((d) => d.id));
      expect(own.filter((row) => row.level_of_detail === 'principle').map((row) => row.id)).toEqual(scale.principles.map((p) => p.id));
      expect(own.filter((row) => row.level_of_detail === 'item').map((row) => row.id)).toEqual(scale.items.map((i) => i.id));
    }
  });

  it('reads back with the result\'s numbers, exactly', async () => {
    const rows = parseRfc(await csv());
    for (const assessment of result.assessments) {
      const own = rowsOf(rows, assessment);
      const overall = own.find((row) => row.level_of_detail === 'overall')!;
      expect(asNumber(overall.score!, '.')).toBe(assessment.overall.score);
      expect(asNumber(overall.percent!, '.')).toBe(assessment.overall.percent);
      expect(overall.level).toBe(assessment.overall.level ?? '');
      expect([overall.rated, overall.na, overall.missing].map(Number)).toEqual([
        assessment.overall.rated,
        assessment.overall.na,
        assessment.overall.missing,
      ]);
      expect(overall.status).toBe(assessment.status ?? 'complete');
      for (const domain of assessment.domains) {
        const row = own.find((r) => r.level_of_detail === 'domain' && r.id === domain.id)!;
        expect(asNumber(row.score!, '.')).toBe(domain.score);
        expect(asNumber(row.percent!, '.')).toBe(domain.percent);
        expect([row.rated, row.na, row.missing].map(Number)).toEqual([domain.rated, domain.na, domain.missing]);
      }
      for (const principle of assessment.principles) {
        const row = own.find((r) => r.level_of_detail === 'principle' && r.id === principle.id)!;
        expect(asNumber(row.score!, '.')).toBe(principle.score);
        expect(Number(row.rated)).toBe(principle.rated);
      }
      for (const item of assessment.items) {
        const row = own.find((r) => r.level_of_detail === 'item' && r.id === item.id)!;
        expect(asNumber(row.score!, '.')).toBe(item.score);
        expect(row.status).toBe(item.status);
      }
    }
  });

  it('writes an empty score where there is none', async () => {
    const rows = parseRfc(await csv());
    const moss = rowsOf(rows, result.assessments[0]!);
    expect(moss.find((r) => r.id === 'sv2')).toMatchObject({ score: '', status: 'na', na: '1' });
    expect(moss.find((r) => r.id === 'sv3')).toMatchObject({ score: '', status: 'missing', missing: '1' });
    expect(moss.find((r) => r.id === 'harm-reduction')).toMatchObject({ score: '', rated: '0', missing: '1' });
  });

  it('names things in the report\'s language and marks an assessment in progress', async () => {
    const rows = parseRfc(await csv({}, result, 'da'));
    expect(rows.find((r) => r.id === 'services')!.name).toBe('Støtte');
    expect(rows.find((r) => r.id === 'hc1')!.name).toBe('Titel på hc1');
    const rana = rows.filter((r) => r.team === 'Rana | Nord');
    expect(rana[0]).toMatchObject({ level_of_detail: 'overall', status: 'in-progress', kind: 'external', name: localize(scale.name, 'da') });
  });

  it('escapes the formula in a note, keeps æøå, and quotes what needs it', async () => {
    const text = await csv();
    // An item row: the note, then the two overall-only columns left empty.
    expect(text).toContain(`,'${TRICKY_NOTE},,\r\n`);
    const rows = parseRfc(text);
    expect(rows.find((r) => r.id === 'hc2' && r.date === '2026-01-15')!.note).toBe(`'${TRICKY_NOTE}`);
  });

  it('leaves notes out with notes: false', async () => {
    const rows = parseRfc(await csv({ notes: false }));
    expect(rows.every((row) => row.note === '')).toBe(true);
    expect(rows).toHaveLength(result.assessments.length * expectedRows(scale));
  });
});

describe('renderCsv (excel)', () => {
  it('starts with the UTF-8 BOM and keeps æøå intact', async () => {
    const bytes = Buffer.from(await csv({ dialect: 'excel' }), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Tittel på hc1');
    expect(bytes.includes(Buffer.from('æøå ÆØÅ', 'utf8'))).toBe(true);
  });

  it('uses semicolons, decimal commas and CRLF, with headers, words and dates for people in the report\'s language', async () => {
    const text = await csv({ dialect: 'excel' });
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Team;Dato;Type vurdering;Gjelder;ID;Navn;Skår;Prosent;Nivå;Indikatorer skåret;Ikke aktuelt;Mangler;Status;Notat;Nivå etter skåren alene;Hvorfor dette nivået',
    );
    expect(lines.at(-1)).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // Moss, first round: overall 2.875 (two decimals, half away from zero: 2,88), 62.5 %.
    expect(lines[1]).toBe(
      'Housing First Moss;15.01.2026;egenvurdering;Hele skalaen;tiny-hf;Liten HF-skala;2,88;62,5;Middels modelltrofasthet;4;1;1;ferdig;;Middels modelltrofasthet;',
    );
    expect(text).not.toContain('\u2212');
  });

  it.each([
    ['da', 'Team;Dato;'],
    ['en', 'Team;Date;'],
  ] as const)('writes the headers in %s', async (lang, start) => {
    const text = await csv({ dialect: 'excel' }, result, lang);
    expect(text.slice(1).startsWith(start)).toBe(true);
    expect(text.split('\r\n')[0]).not.toContain('level_of_detail');
  });

  it('quotes the escaped formula cell because it holds a semicolon', async () => {
    const text = await csv({ dialect: 'excel' });
    expect(text).toContain(`;"'${TRICKY_NOTE}";;\r\n`);
  });

  it('reads back with the rfc4180 dialect\'s numbers, scores to two decimals and percents to one', async () => {
    const excel = parseExcel(await csv({ dialect: 'excel' }));
    const rfc = parseRfc(await csv());
    expect(excel).toHaveLength(rfc.length);
    const decimals = (cell: string) => (cell.split(',')[1] ?? '').length;
    for (const [index, row] of excel.entries()) {
      const other = rfc[index]!;
      const people = Object.values(row);
      const machine = Object.values(other);
      const [score, percent] = [people[6]!, people[7]!];
      expect(decimals(score)).toBeLessThanOrEqual(2);
      expect(decimals(percent)).toBeLessThanOrEqual(1);
      const exactScore = asNumber(machine[6]!, '.');
      const exactPercent = asNumber(machine[7]!, '.');
      if (exactScore === null) expect(score).toBe('');
      else expect(Math.abs(asNumber(score, ',')! - exactScore)).toBeLessThanOrEqual(0.005 + 1e-12);
      if (exactPercent === null) expect(percent).toBe('');
      else expect(Math.abs(asNumber(percent, ',')! - exactPercent)).toBeLessThanOrEqual(0.05 + 1e-12);
      for (const column of [9, 10, 11]) expect(people[column]).toBe(machine[column]);
      expect(people[13]).toBe(other.note);
      expect(people[5]).toBe(other.name);
    }
  });
});

describe('negative numbers and formula-like text', () => {
  // A scale rated -2..2 gives negative scores: they are numbers and must not be escaped.
  const signed: Scale = {
    ...scale,
    rating: { min: -2, max: 2 },
    domains: [{ ...scale.domains[0]!, rating: { min: -2, max: 2 }, items: scale.domains[0]!.items.map((i) => ({ ...i, rating: { min: -2, max: 2 } })) }],
  };
  signed.items = signed.domains.flatMap((d) => d.items);
  const negative = scoreAssessments(
    signed,
    [
      {
        team: '-Team @home',
        date: '2026-05-01',
        kind: 'self',
        status: 'complete',
        raters: [],
        sources: [],
        ratings: { hc1: { consensus: -1, raters: {} }, hc2: { consensus: -0.5, raters: {} }, hc3: { consensus: 0, raters: {} } },
        strengths: [],
        recommendations: [],
        actions: [],
      },
    ],
    { toolVersion: '1', scaleName: 'x' },
  );

  it('writes a negative number as a number and escapes text that starts like a formula', async () => {
    const rfc = (await renderCsv(negative, context('en', { scale: signed }))) as string;
    expect(rfc).toContain("'-Team @home,2026-05-01,self,item,hc1,Title of hc1,-1,");
    expect(rfc).toContain(',item,hc2,Title of hc2,-0.5,');
    const excel = (await renderCsv(negative, context('en', { scale: signed, dialect: 'excel' }))) as string;
    expect(excel).toContain(";Item;hc2;Title of hc2;-0,5;");
    expect(excel).toContain("'-Team @home;");
  });
});

describe('csv cells', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+47 123', "'+47 123"],
    ['-minus', "'-minus"],
    ['@user', "'@user"],
    ['\ttab', "'\ttab"],
    ['\rcr', "'\rcr"],
    ['plain = text', 'plain = text'],
    ['', ''],
  ])('guards %j against formulas', (input, expected) => {
    expect(escapeFormula(input)).toBe(expected);
  });

  it.each([
    [1e-7, '0.0000001'],
    [-2.5e-8, '-0.000000025'],
    [1.5e21, '1500000000000000000000'],
    [0.1 + 0.2, '0.30000000000000004'],
    [-0, '0'],
    [42, '42'],
  ])('writes %d without exponent as %s', (value, expected) => {
    expect(plainNumber(value)).toBe(expected);
  });

  it('writes every double so that it reads back the same', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = plainNumber(value);
        expect(text).not.toMatch(/e/i);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  it('quotes fields with the delimiter, quotes or line breaks, and never quotes numbers', () => {
    const rfc = DIALECTS.rfc4180;
    expect(formatCell({ text: 'a,b' }, rfc)).toBe('"a,b"');
    expect(formatCell({ text: 'say "hi"' }, rfc)).toBe('"say ""hi"""');
    expect(formatCell({ text: 'two\nlines' }, rfc)).toBe('"two\nlines"');
    expect(formatCell({ text: 'a;b' }, rfc)).toBe('a;b');
    expect(formatCell({ text: 'a;b' }, DIALECTS.excel)).toBe('"a;b"');
    expect(formatCell({ number: -3.25 }, DIALECTS.excel)).toBe('-3,25');
    expect(formatCell({ number: null }, rfc)).toBe('');
  });
});
