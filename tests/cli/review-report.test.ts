// The review report's own parts (SPEC 12), through the real binary: an external review with key
// messages, the method and evidence, a rationale and recommendation per item, barriers, an action plan
// with status and the follow-up of last round's plan, read from an assessment file, carried in the
// JSON and shown in the Markdown report, with --no-notes too (they are public).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/run-cli.js';

const REVIEW = 'tests/fixtures/review/moss-review-2026.yaml';

/** The text of a PDF (one page, or all), as pdftotext reads it. */
function pdfText(file: string, page?: number): string {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...pages, file, '-'], { encoding: 'utf8' });
}

function pdf(args: string[], source = REVIEW): string {
  const file = path.join(tempDir('hf-review-pdf-'), 'review.pdf');
  const run = runCli(['report', source, '--format', 'pdf', '--lang', 'nb', '--out', file, ...args]);
  expect(run.status, run.stderr).toBe(0);
  return file;
}

/** pdftotext breaks lines where the PDF does: compare with every run of white space as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The start of pathways-hf's notice in nb: it must stay on page one. */
const NOTICE = 'En tilpasning, ikke den offisielle skalaen.';

describe('an external review with all of SPEC 12', () => {
  it('carries every part in the JSON', () => {
    const run = runCli(['score', REVIEW, '--format', 'json']);
    expect(run.status).toBe(0);
    const [a] = (JSON.parse(run.stdout) as { assessments: Record<string, unknown>[] }).assessments;
    expect(a!.keyMessages).toEqual([
      'Teamet gir bolig uten krav om behandling, og deltakerne beholder boligen.',
      'Mangelen på små leiligheter i sentrum forsinker innflytting.',
    ]);
    expect(a!.review).toMatchObject({ visits: ['2026-09-21', '2026-09-22'], conciliation: '2026-09-30', evidence: { staffInterviews: 6, recordsReviewed: 10 } });
    expect(a!.barriers).toHaveLength(2);
    expect(a!.followUp).toHaveLength(4);
    expect((a!.actions as { status?: string }[])[0]!.status).toBe('started');
    const hcs1 = (a!.items as { id: string; rationale?: string; recommendation?: string }[]).find((i) => i.id === 'hcs1');
    expect(hcs1).toMatchObject({ rationale: 'Alle deltakerne valgte bolig selv, ifølge journalene.', recommendation: 'Fortsett å la deltakerne velge bydel.' });
    // an item without a rationale carries no key for it: the JSON of a survey stays lean
    expect(Object.keys((a!.items as object[])[1]!)).not.toContain('rationale');
  });

  it('shows every part in the Markdown report, with --no-notes too', () => {
    const run = runCli(['report', REVIEW, '--format', 'md', '--lang', 'nb', '--no-notes']);
    expect(run.status).toBe(0);
    const md = run.stdout;
    // key messages lead the summary
    const summary = md.slice(md.indexOf('## Sammendrag'), md.indexOf('## Områder'));
    expect(summary.indexOf('### Hovedbudskap')).toBeLessThan(summary.indexOf('Teamet skårer'));
    expect(summary).toContain('- Mangelen på små leiligheter i sentrum forsinker innflytting.');
    // rationale and recommendation in the items table
    expect(md).toMatch(/\| Indikator \| Tittel \| Skår \| Begrunnelse \| Anbefaling \|/);
    expect(md).toContain('Alle deltakerne valgte bolig selv, ifølge journalene. | Fortsett å la deltakerne velge bydel. |');
    // barriers by level, with owner and items
    expect(md).toContain('**Systemnivå**');
    expect(md).toContain('- For få små utleieboliger i sentrum (ansvarlig: kommunens boligkontor; indikatorer: hcs2)');
    // last round's plan followed up: 2 of the 4 are done
    expect(md).toContain('2 av 4 tiltak gjennomført.');
    expect(md).toContain('- sa6: Ansette en erfaringskonsulent: gjennomført, ansatt i september');
    expect(md).toContain('- sp4: Opplæring i nalokson: lagt bort, dekket av kommunens kurs');
    // the action plan with status
    expect(md).toMatch(/\| Status \|/);
    expect(md).toContain('| påbegynt |');
    // how the review was made
    expect(md).toContain('- **Besøk:** 21.09.2026, 22.09.2026');
    expect(md).toContain('- **Vurderere:** Kari Nilsen, fidelity reviewer, KoRus Øst; Ola Hansen, peer reviewer');
    expect(md).toContain('6 intervjuer med ansatte, 4 intervjuer med deltakere, 3 intervjuer med samarbeidspartnere, 10 journaler gjennomgått, 1 teammøte observert');
    expect(md).toContain('- **Begrensninger:** Bare to av fire deltakere som var invitert, kom til intervju.');
  });

  it('shows every part in the PDF: key messages on page one, rationale without --notes, the note only with it', () => {
    const file = pdf([]);
    const one = flat(pdfText(file, 1));
    expect(one).toContain('Hovedbudskap');
    expect(one).toContain('• Teamet gir bolig uten krav om behandling, og deltakerne beholder boligen.');
    expect(one).toContain('• Mangelen på små leiligheter i sentrum forsinker innflytting.');
    expect(one.indexOf('Hovedbudskap')).toBeLessThan(one.indexOf('Prinsippene'));
    expect(one).toContain(NOTICE);
    const all = flat(pdfText(file));
    // how the review was made
    expect(all).toContain('Slik ble vurderingen gjort');
    expect(all).toContain('Besøk 21.09.2026, 22.09.2026');
    expect(all).toContain('Kari Nilsen, fidelity reviewer, KoRus Øst; Ola Hansen, peer reviewer');
    expect(all).toContain('Bare to av fire deltakere som var invitert, kom til intervju.');
    // barriers by level, with owner and items
    expect(all).toContain('Hindringer teamet ikke rår over alene: Systemnivå');
    expect(all).toContain('For få små utleieboliger i sentrum (ansvarlig: kommunens boligkontor; indikatorer: hcs2)');
    // last round's plan followed up
    expect(all).toContain('Oppfølging av forrige tiltaksplan: 2 av 4 tiltak gjennomført.');
    expect(all).toContain('sa6: Ansette en erfaringskonsulent: gjennomført, ansatt i september');
    // the action plan with its status
    expect(all).toMatch(/Tiltaksplan Hva teamet skal gjøre .* Status .* påbegynt/);
    // the public rationale and recommendation in the items table; the private note left out
    expect(all).toContain('Begrunnelse: Alle deltakerne valgte bolig selv, ifølge journalene.');
    expect(all).toContain('Anbefaling: Fortsett å la deltakerne velge bydel.');
    expect(all).not.toContain('Alle 34 deltakere har valgt bolig selv');
    const withNotes = flat(pdfText(pdf(['--notes'])));
    expect(withNotes).toContain('Alle 34 deltakere har valgt bolig selv');
    expect(withNotes).toContain('Begrunnelse: Alle deltakerne valgte bolig selv, ifølge journalene.');
  });

  it('keeps page one whole when the key messages are too long for it, and says where they stand', () => {
    const dir = tempDir('hf-review-');
    const file = path.join(dir, 'long.yaml');
    const long = Array.from({ length: 9 }, (_, i) => `  - Hovedbudskap nummer ${i + 1} – ${'teamet arbeider godt med bolig og oppfølging, og '.repeat(4)}slutt ${i + 1}.`);
    const text = readFileSync(REVIEW, 'utf8').replace(/keyMessages:\n(  - .*\n)+/, `keyMessages:\n${long.join('\n')}\n`);
    expect(text).toContain('Hovedbudskap nummer 9');
    writeFileSync(file, text);
    const out = pdf([], file);
    const one = flat(pdfText(out, 1));
    expect(one).toContain(NOTICE);
    expect(one).toContain('Hovedbudskapene står under «Fra vurderingen» senere i rapporten.');
    expect(one).not.toContain('Hovedbudskap nummer 1');
    const all = flat(pdfText(out));
    for (let i = 1; i <= 9; i++) expect(all).toContain(`slutt ${i}.`);
  });

  it('refuses a follow-up status the format does not know, with its line and column', () => {
    const dir = tempDir('hf-review-');
    const file = path.join(dir, 'bad.yaml');
    const text = readFileSync(REVIEW, 'utf8').replace('status: dropped', 'status: finished');
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('status: finished')) + 1;
    const bad = runCli(['score', file]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(new RegExp(`bad\\.yaml:${line}:\\d+: error: followUp\\[3\\]\\.status`));
  });
});

describe('a rationale per item from data files (SPEC 12)', () => {
  interface Item {
    id: string;
    score: number | null;
    rationale?: string;
  }
  const items = (run: { stdout: string }): Item[] => (JSON.parse(run.stdout) as { assessments: { items: Item[] }[] }).assessments[0]!.items;

  it('reads "hcs1 begrunnelse" and "hcs2: rationale" columns of a wide sheet, and shows them in the reports', () => {
    const dir = tempDir('hf-rationale-');
    const file = path.join(dir, 'wide.csv');
    writeFileSync(
      file,
      ['team;date;rater;kind;hcs1;hcs1 begrunnelse;hcs2;hcs2: rationale;hcs3', 'Moss;2026-10-15;konsensus;external;3;Alle valgte bolig selv;2;Venter i ni uker;4', ''].join('\n'),
    );
    const run = runCli(['score', file, '--scale', 'pathways-hf', '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    // Not read as a second column of hcs1 or hcs2, nor left out as unknown.
    expect(run.stderr).not.toMatch(/hcs1 begrunnelse|duplicate|unknown/i);
    const [hcs1, hcs2, hcs3] = items(run);
    expect(hcs1).toMatchObject({ id: 'hcs1', score: 3, rationale: 'Alle valgte bolig selv' });
    expect(hcs2).toMatchObject({ id: 'hcs2', score: 2, rationale: 'Venter i ni uker' });
    expect(hcs3).toMatchObject({ id: 'hcs3', score: 4 });
    expect(hcs3).not.toHaveProperty('rationale');
    const md = runCli(['report', file, '--scale', 'pathways-hf', '--format', 'md', '--lang', 'nb', '--no-notes']).stdout;
    expect(md).toContain('Alle valgte bolig selv');
    const out = path.join(dir, 'r.pdf');
    expect(runCli(['report', file, '--scale', 'pathways-hf', '--format', 'pdf', '--lang', 'nb', '--out', out]).status).toBe(0);
    expect(flat(pdfText(out))).toContain('Begrunnelse: Venter i ni uker');
  });

  it('reads a rationale column of the long layout, one per row', () => {
    const dir = tempDir('hf-rationale-');
    const file = path.join(dir, 'long.csv');
    writeFileSync(file, ['team,date,rater,item,score,begrunnelse', 'Moss,2026-10-15,konsensus,hcs1,3,Ifølge journalene', 'Moss,2026-10-15,konsensus,hcs2,2,', ''].join('\n'));
    const run = runCli(['score', file, '--scale', 'pathways-hf', '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const [hcs1, hcs2] = items(run);
    expect(hcs1).toMatchObject({ score: 3, rationale: 'Ifølge journalene' });
    expect(hcs2).not.toHaveProperty('rationale');
  });

  it('takes the rationale columns of a survey export from the map file', () => {
    const dir = tempDir('hf-rationale-');
    const file = path.join(dir, 'survey.csv');
    writeFileSync(file, ['Team;Dato;Valg av bolig;Hvorfor denne skåren (valg av bolig)', 'Moss;15.10.2026;3;Deltakerne velger selv', ''].join('\n'));
    const map = path.join(dir, 'map.yaml');
    writeFileSync(map, ['columns: { team: Team, date: Dato }', 'items: { hcs1: Valg av bolig }', 'rationales: { hcs1: "Hvorfor denne skåren (valg av bolig)" }', ''].join('\n'));
    const run = runCli(['score', file, '--scale', 'pathways-hf', '--map', map, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/Hvorfor denne/);
    expect(items(run)[0]).toMatchObject({ id: 'hcs1', score: 3, rationale: 'Deltakerne velger selv' });
  });

  it('says a bare rationale column of a wide sheet is not read, rather than drop it without a word', () => {
    const dir = tempDir('hf-rationale-');
    const file = path.join(dir, 'wide.csv');
    writeFileSync(file, ['team,date,rater,hcs1,begrunnelse', 'Moss,2026-10-15,konsensus,3,Hvilken indikator?', ''].join('\n'));
    const run = runCli(['score', file, '--scale', 'pathways-hf', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('left out: "begrunnelse" (a wide sheet names the item: "hcs1 rationale")');
  });
});
