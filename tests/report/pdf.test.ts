// The PDF report, read back with poppler (pdfinfo, pdftotext): A4 pages, metadata, the text in the
// report's language with æøå and Sámi letters, notes left out unless asked for, the same bytes under
// SOURCE_DATE_EPOCH, and no word outside the page's text area or on top of another word.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, ItemRating } from '../../src/assessment/model.js';
import type { Lang } from '../../src/i18n/lang.js';
import { renderPdf } from '../../src/report/pdf/render-pdf.js';
import type { RenderContext } from '../../src/report/render-context.js';
import { loadScale } from '../../src/input/load-scale.js';
import type { Scale } from '../../src/scale/model.js';
import type { Result } from '../../src/result/schema.js';
import { scoreAssessments } from '../../src/scoring/score.js';

const NOTE = 'Deltakeren fra Kárášjohka ønsket bolig nær familien; teamet brukte tolk (čáppa, áŋgir, máŧŧa).';
const EPOCH = 1_790_000_000; // 2026-09-21T14:13:20Z
const LONG_TEAM = 'Housing First-teamet i Oslo kommune, bydel Grünerløkka og Sagene';
const LONG_DANISH = 'Socialforvaltningens boligsocialindsatskoordineringsenhed i Københavns Kommune';

const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined && spawnSync('pdftotext', ['-v']).error === undefined;

let scale: Scale;
let dir: string;

beforeAll(async () => {
  scale = (await loadScale('pathways-hf')).scale;
  dir = mkdtempSync(path.join(os.tmpdir(), 'hf-pdf-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** One assessment of pathways-hf: two raters, hcs4 N/A, the last item missing, a note on hcs1. */
function assessment(team: string, date: string, shift: number, kind: 'self' | 'external' = 'self'): Assessment {
  const ratings: Record<string, ItemRating> = {};
  scale.items.forEach((item, n) => {
    if (n === scale.items.length - 1) return;
    if (item.id === 'hcs4') {
      ratings[item.id] = { consensus: 'na', raters: { Anne: 'na', 'Bjørn': 'na' } };
      return;
    }
    const score = 1 + ((n * 7 + shift) % 4 > 0 ? Math.min(3, 1 + ((n + shift) % 3)) : 0);
    ratings[item.id] = { consensus: score, raters: { Anne: score, 'Bjørn': n % 5 === 0 ? Math.max(1, score - 1) : score } };
  });
  ratings.hcs1 = { ...ratings.hcs1!, note: NOTE };
  return {
    team,
    date,
    kind,
    status: 'complete',
    raters: ['Anne', 'Bjørn'],
    sources: [`${date}.yaml`],
    ratings,
    strengths: ['Raske innflyttinger.'],
    recommendations: ['Ansett en erfaringskonsulent.'],
    actions: [{ item: 'hcs1', action: 'Skrive ned rutinen for boligvalg.', owner: 'Teamleder', due: '2027-03-01' }],
  };
}

function score(assessments: Assessment[]): Result {
  return scoreAssessments(scale, assessments, { toolVersion: '0.1.0', scaleName: 'Pathways Housing First' });
}

function context(lang: Lang, notes: boolean | undefined, sourceDateEpoch: number | null = EPOCH): RenderContext {
  return { scale, lang, notes, dialect: 'rfc4180', sourceDateEpoch, now: new Date('2026-01-01T12:00:00Z') };
}

async function render(result: Result, ctx: RenderContext, name: string): Promise<{ file: string; bytes: Uint8Array }> {
  const bytes = await renderPdf(result, ctx);
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes };
}

function run(tool: string, args: string[]): string {
  const out = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`${tool} ${args.join(' ')}: ${out.stderr}`);
  return out.stdout;
}

function info(file: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-isodates', file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) fields[match[1]!] = match[2]!;
  }
  return fields;
}

function text(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  // Lines joined, so a phrase that wraps is still found.
  return run('pdftotext', [...range, file, '-']).replace(/\s+/g, ' ');
}

interface Word {
  page: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function words(file: string): Word[] {
  const html = run('pdftotext', ['-bbox', file, '-']);
  return html
    .split('<page ')
    .slice(1)
    .flatMap((page, index) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        page: index + 1,
        text: m[5]!,
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
      })),
    );
}

/** Words outside the text area (margins 52 pt at the sides, 44 at the top, the footer line at the foot). */
function outside(all: Word[]): Word[] {
  return all.filter((w) => w.x0 < 50 || w.x1 > 545.5 || w.y0 < 40 || w.y1 > 820);
}

/** Pairs of words on one page whose boxes overlap. */
function overlapping(all: Word[]): string[] {
  const found: string[] = [];
  const pages = new Map<number, Word[]>();
  for (const w of all) pages.set(w.page, [...(pages.get(w.page) ?? []), w]);
  for (const list of pages.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const x = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const y = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        if (x > 1 && y > 1.5) found.push(`page ${a.page}: "${a.text}" on "${b.text}"`);
      }
    }
  }
  return found;
}

describe('renderPdf', () => {
  it('gives the same bytes for the same input under SOURCE_DATE_EPOCH', async () => {
    const result = score([assessment('Housing First Moss', '2026-10-15', 1)]);
    const first = await renderPdf(result, context('nb', undefined));
    const second = await renderPdf(result, context('nb', undefined));
    expect(Buffer.from(first).subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
  });

  it('uses the moment passed in when there is no SOURCE_DATE_EPOCH, and reads no clock', async () => {
    const result = score([assessment('Housing First Moss', '2026-10-15', 1)]);
    const first = await renderPdf(result, context('en', undefined, null));
    const second = await renderPdf(result, context('en', undefined, null));
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
  });
});

describe('renderPdf read back with poppler', () => {
  // Never skipped: without poppler this whole check would silently vanish. .ci/run installs it.
  it('has poppler-utils (pdfinfo, pdftotext) to read the PDF back', () => {
    expect(hasPoppler, 'install poppler-utils: apt-get install -y poppler-utils').toBe(true);
  });

  it('writes an A4 report of four pages for one assessment, with title, author, language and tags', async () => {
    const { file } = await render(score([assessment('Housing First Moss', '2026-10-15', 1)]), context('nb', undefined), 'one-nb');
    const meta = info(file);
    expect(meta['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    // Page one, domains and items, the rest of the items with agreement, method and action plan.
    expect(meta.Pages).toBe('4');
    expect(meta.Title).toBe('Rapport om modelltrofasthet: Housing First Moss, 15.10.2026');
    expect(meta.Author).toBe('hf-fidelity');
    expect(meta.Subject).toBe('Pathways Housing First');
    expect(meta.Tagged).toBe('yes');
    expect(meta.CreationDate).toBe(new Date(EPOCH * 1000).toISOString().replace('.000Z', 'Z'));
    expect(readCatalogLang(file)).toBe('nb-NO');
  });

  it('says on page one, in plain Norwegian, what the assessment is and how it went', async () => {
    const { file } = await render(score([assessment('Housing First Moss', '2026-10-15', 1)]), context('nb', undefined), 'page-one-nb');
    const one = text(file, 1);
    for (const expected of ['Housing First Moss', 'EGENVURDERING', 'TOTALSKÅR', 'av 4', 'Prinsippene', 'Styrker', 'Forbedringsområder', 'Neste steg', 'Side 1 av 4']) {
      expect(one).toContain(expected);
    }
    expect(one).toMatch(/\d+ av 38 skåret/);
    expect(one).toContain('Skårene bygger på de');
    expect(one).toContain('formell gjennomgang'); // the scale's notice
    const all = text(file);
    for (const expected of ['Områder', 'Indikatorer', 'Samsvar mellom vurdererne', 'Metode og kilde', 'Tiltaksplan', 'Ikke aktuelt', 'Mangler']) {
      expect(all).toContain(expected);
    }
  });

  it('draws letters typed as a letter plus a combining accent (NFD) as the composed letter', async () => {
    // "Ålesund" and "Čáhcesuolu" as macOS and some web forms send them: A + ring, C + caron, a + acute.
    const nfd = 'A\u030Alesund Čáhcesuolu'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const { file } = await render(score([assessment(nfd, '2026-10-15', 1)]), context('nb', undefined), 'nfd-team');
    const one = text(file, 1);
    expect(one).toContain('Ålesund Čáhcesuolu'.normalize('NFC'));
    expect(one).not.toContain('\u030A');
  });

  it('speaks Danish with æ and ø', async () => {
    const { file } = await render(score([assessment('Housing First Moss', '2026-10-15', 1)]), context('da', undefined), 'one-da');
    const all = text(file);
    for (const expected of ['SELVEVALUERING', 'ÆNDRING SIDEN SIDST', 'NÆSTE VURDERING', 'Forbedringsområder', 'Områder', 'Handlingsplan', 'Side 1 af']) {
      expect(all).toContain(expected);
    }
  });

  it('leaves notes and each rater’s scores out unless notes are asked for', async () => {
    const result = score([assessment('Housing First Moss', '2026-10-15', 1)]);
    const hidden = text((await render(result, context('nb', undefined), 'notes-default')).file);
    expect(hidden).not.toContain('Kárášjohka');
    expect(hidden).not.toContain('Bjørn');
    expect(hidden).toContain('utelatt fra denne rapporten');
    const shown = text((await render(result, context('nb', true), 'notes-on')).file);
    expect(shown).toContain('Kárášjohka');
    for (const letters of ['čáppa', 'áŋgir', 'máŧŧa']) expect(shown).toContain(letters);
    expect(shown).toContain('Bjørn');
  });

  it('puts a comparison of the teams first, then each assessment on its own pages', async () => {
    const teams = ['Housing First Moss', 'Housing First Rana', 'Housing First Mandal', 'Oslo Grünerløkka'];
    const result = score(
      teams.flatMap((team, index) => [assessment(team, '2025-10-15', index), assessment(team, '2026-10-15', index + 1)]),
    );
    const { file } = await render(result, context('en', undefined), 'many-en');
    const pages = Number(info(file).Pages);
    const one = text(file, 1);
    expect(one).toContain('Fidelity across teams');
    expect(one).toContain('Overall score by team');
    for (const team of teams) expect(one).toContain(team);
    expect(text(file, 2)).toContain('Change over time');
    const pageOnes = Array.from({ length: pages }, (_, i) => text(file, i + 1)).filter((page) => page.includes('SELF-ASSESSMENT'));
    expect(pageOnes).toHaveLength(8);
    // Two opening pages, the method, and four pages for each of the eight assessments.
    expect(pages).toBe(3 + 8 * 4);
    expect(text(file, pages)).toContain('Action plan');
  });

  it('keeps every word inside the text area and off other words, with long names and notes', async () => {
    const long = assessment(LONG_TEAM, '2026-02-02', 2);
    long.ratings.hcs2 = { ...long.ratings.hcs2!, note: `${NOTE} `.repeat(60) };
    const danish = assessment(LONG_DANISH, '2026-03-03', 3, 'external');
    danish.status = 'in-progress';
    const result = score([assessment(LONG_TEAM, '2025-02-02', 1), long, danish]);
    for (const lang of ['da', 'en'] as const) {
      const { file } = await render(result, context(lang, true), `long-${lang}`);
      const all = words(file);
      expect(all.length).toBeGreaterThan(1000);
      expect(outside(all)).toEqual([]);
      expect(overlapping(all)).toEqual([]);
    }
  });

  it('copes with no assessments, and with one that has nothing rated, no date and no kind', async () => {
    const empty = await render(score([]), context('en', undefined), 'empty');
    expect(info(empty.file).Pages).toBe('1');
    expect(text(empty.file)).toContain('no assessments');
    const blank: Assessment = {
      team: 'Tomt team',
      date: null,
      kind: null,
      status: 'in-progress',
      raters: [],
      sources: [],
      ratings: {},
      strengths: [],
      recommendations: [],
      actions: [],
    };
    const { file } = await render(score([blank]), context('nb', undefined), 'blank');
    const one = text(file, 1);
    for (const expected of ['TYPE IKKE OPPGITT', 'UNDER ARBEID', 'Ingen skår', '0 av 38 skåret', 'Ingen indikatorer er skåret ennå']) {
      expect(one).toContain(expected);
    }
    const all = words(file);
    expect(outside(all)).toEqual([]);
    expect(overlapping(all)).toEqual([]);
  });

  it('fits page one of a one-assessment report on one page in every language', async () => {
    for (const lang of ['en', 'nb', 'da'] as const) {
      const { file } = await render(score([assessment(LONG_TEAM, '2026-10-15', 1)]), context(lang, undefined), `fit-${lang}`);
      const one = text(file, 1);
      expect(one).toContain(lang === 'en' ? 'Page 1 of' : 'Side 1 a');
      // The notice is the last block of page one: if it is there, nothing was pushed over.
      expect(one).toContain(lang === 'en' ? 'official scale and manual' : lang === 'nb' ? 'offisielle skalaen' : 'officielle skala');
      const improve = { en: 'Areas to improve', nb: 'Forbedringsområder', da: 'Forbedringsområder' }[lang];
      expect(one).toContain(improve);
      expect(text(file, 2)).not.toContain(improve);
    }
  });
});

/** The catalogue's /Lang entry, read from the raw bytes (pdfinfo does not print it). */
function readCatalogLang(file: string): string {
  const raw = readFileSync(file, 'latin1');
  return /\/Lang \(([^)]*)\)/.exec(raw)?.[1] ?? '';
}
