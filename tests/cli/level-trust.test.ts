// A level readers can trust (SPEC 11), through the real binary: a level needs 80 % of the applicable
// items and every core item rated, and wherever the level is not what the score reaches, or none is
// given, the reason stands beside it: in the JSON, the Markdown summary and page one of the PDF.
// pathways-hf has 38 items; its core items are hcs1, hcs2, hcs3, shs1, shs2, shs3, shs5, sp2 and sp3.
// CORE below is six of them; the other three (hcs2, shs3, shs5) are among OTHERS.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/run-cli.js';

const CORE = ['hcs1', 'hcs3', 'shs1', 'shs2', 'sp2', 'sp3'];
const OTHERS = [
  'hcs2', 'hcs4', 'hcs5', 'hcs6', 'hcs7', 'shs3', 'shs4', 'shs5', 'shs6', 'shs7', 'sp1', 'sp4', 'sp5', 'sp6', 'sp7', 'sp8', 'sp9',
  'sp10', 'sa1', 'sa2', 'sa3', 'sa4', 'sa5', 'sa6', 'sa7', 'sa8', 'ps1', 'ps2', 'ps3', 'ps4', 'ps5', 'ps6',
];
const dir = tempDir('hf-level-');
const env = { SOURCE_DATE_EPOCH: '1790000000' };

/** An assessment file of pathways-hf with these consensus scores. */
function assessment(name: string, scores: Record<string, number | 'na'>): string {
  const file = path.join(dir, `${name}.yaml`);
  const ratings = Object.entries(scores).map(([id, score]) => (score === 'na' ? `  ${id}: { na: true }` : `  ${id}: { score: ${score} }`));
  writeFileSync(file, ['hfFidelityAssessment: 1', 'scale: { id: pathways-hf, version: "1.1" }', `team: ${name}`, 'date: 2026-11-02', 'kind: external', 'status: complete', 'ratings:', ...ratings, ''].join('\n'));
  return file;
}

const all = (ids: string[], score = 4) => Object.fromEntries(ids.map((id) => [id, score]));

function overall(file: string) {
  const run = runCli(['score', file, '--format', 'json'], { env });
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout) as { assessments: { overall: Record<string, unknown> }[] }).assessments[0]!.overall;
}

function markdownSummary(file: string): string {
  const run = runCli(['report', file, '--format', 'md', '--lang', 'en'], { env });
  expect(run.status).toBe(0);
  return run.stdout.slice(run.stdout.indexOf('## Summary'), run.stdout.indexOf('## Domains')).replace(/\s+/g, ' ');
}

function pageOne(file: string, lang = 'en'): string {
  const pdf = path.join(dir, `${path.basename(file, '.yaml')}-${lang}.pdf`);
  const run = runCli(['report', file, '--format', 'pdf', '--lang', lang, '--out', pdf, '--force'], { env });
  expect(run.status).toBe(0);
  return execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('a level needs enough ratings', () => {
  it('5 of 38 rated: no level, and the sentence says why in JSON, Markdown and on page one', () => {
    const file = assessment('Five rated', all(OTHERS.slice(0, 5)));
    // 80 % of the 38 applicable items is 30.4: 31 are needed.
    expect(overall(file)).toMatchObject({ score: 4, level: null, scoreLevel: 'high', levelWithheld: { reason: 'too-few-rated', rated: 5, needed: 31, items: [] } });
    const sentence = 'No level: 5 of 38 items rated; a level needs 31 and every core item.';
    expect(markdownSummary(file)).toContain(`**Level:** ${sentence}`);
    expect(pageOne(file)).toContain(sentence);
    expect(pageOne(file, 'nb')).toContain('Intet nivå: 5 av 38 indikatorer skåret; et nivå krever 31 og alle kjerneindikatorene.');
  });

  it('six core items not rated, every other item rated (32 of 38): no level, naming the six core items', () => {
    const file = assessment('No core', all(OTHERS));
    expect(overall(file)).toMatchObject({ level: null, levelWithheld: { reason: 'critical-not-rated', rated: 32, needed: 31, items: CORE } });
    const md = markdownSummary(file);
    expect(md).toContain('No level: core items hcs1 (Housing choice), hcs3 (Permanent housing tenure),');
    expect(md).toContain('are not rated; a level needs every core item rated.');
    expect(pageOne(file)).toContain('No level: core items hcs1 (Housing choice)');
  });

  it('30 of 38 rated is one short; 31 of 38 gives the level', () => {
    const thirty = assessment('Thirty', { ...all(CORE), ...all(OTHERS.slice(0, 24)) });
    expect(overall(thirty)).toMatchObject({ level: null, levelWithheld: { reason: 'too-few-rated', rated: 30, needed: 31 } });
    expect(pageOne(thirty)).toContain('No level: 30 of 38 items rated; a level needs 31 and every core item.');
    const thirtyOne = assessment('Thirty-one', { ...all(CORE), ...all(OTHERS.slice(0, 25)) });
    expect(overall(thirtyOne)).toMatchObject({ level: 'high', scoreLevel: 'high', levelWithheld: null });
    expect(markdownSummary(thirtyOne)).toContain('**Level:** High fidelity');
    expect(pageOne(thirtyOne)).not.toContain('No level');
  });
});

describe('a core item holding the level down', () => {
  it('shs1 at 2 under a score of 3.95: Fair, and why, beside the level', () => {
    // 37 items at 4 and shs1 at 2: (37 x 4 + 2) / 38 = 150 / 38 = 3.947..., which reaches High (3.5),
    // but High needs every core item at 3 or more; Fair (from 3.0) has no such rule.
    const file = assessment('Held down', { ...all([...CORE, ...OTHERS]), shs1: 2 });
    const o = overall(file);
    expect(o.score).toBeCloseTo(150 / 38, 12);
    expect(o).toMatchObject({ level: 'fair', scoreLevel: 'high', levelWithheld: null, criticalBelow: ['shs1'] });
    const sentence = 'Fair fidelity: the score reaches High fidelity, but core item shs1 (No housing readiness required) is at 2.';
    expect(markdownSummary(file)).toContain(`**Level:** ${sentence}`);
    expect(pageOne(file)).toContain(sentence);
    // the score table marks the level and gives the reason as a footnote
    const table = runCli(['score', file], { env });
    expect(table.stdout).toMatch(/Fair fidelity \*1/);
    expect(table.stdout).toContain(`*1 ${sentence}`);
    // the CSV carries the level the score reaches and the reason
    const csv = runCli(['score', file, '--format', 'csv'], { env });
    // (the reason holds commas, so it is quoted)
    expect(csv.stdout.split('\n')[1]).toContain(`,fair,38,0,0,complete,,high,"${sentence}"`);
  });
});

describe('numbers a reader can check', () => {
  it('a score of 3.486 beside Fair is written 3.49, not 3.5', () => {
    // hcs4 not rated (it may not be N/A), 18 items at 4 and 19 at 3: (18 x 4 + 19 x 3) / 37 = 129 / 37
    // = 3.486..., below High's 3.5, so Fair; one decimal would write it as 3.5, the High line. Two
    // decimals: 3.49.
    const ids = [...CORE, ...OTHERS].filter((id) => id !== 'hcs4');
    const scores = Object.fromEntries(ids.map((id, i) => [id, i < 18 ? 4 : 3]));
    const file = assessment('Near the line', scores);
    const o = overall(file);
    expect(o.score).toBeCloseTo(129 / 37, 12);
    expect(o.level).toBe('fair');
    expect(markdownSummary(file)).toContain('**Overall score:** 3.49 of 4');
    expect(pageOne(file)).toContain('3.49');
  });
});

describe('--fail-under', () => {
  it('looks at each team\'s latest round: Rana\'s latest is 3.13', () => {
    const ok = runCli(['score', 'examples/rana/rana-fidelity.csv', '--scale', 'pathways-hf', '--fail-under', '3.0']);
    expect(ok.status).toBe(0);
    const low = runCli(['score', 'examples/rana/rana-fidelity.csv', '--scale', 'pathways-hf', '--fail-under', '3.2']);
    expect(low.status).toBe(1);
    expect(low.stderr).toContain('Housing First Rana (external, 2026-09-29): 3.13 is below 3.2');
  });
});

describe('one name, one number', () => {
  it('hf-principles: each principle\'s score is its domain\'s score', () => {
    const run = runCli(['score', 'examples/moss/principles/moss-hf-principles-2026-10-06.yaml', '--format', 'json']);
    expect(run.status).toBe(0);
    const [a] = (JSON.parse(run.stdout) as { assessments: { domains: { id: string; score: number }[]; principles: { id: string; score: number }[] }[] }).assessments;
    expect(a!.principles.map((p) => p.id)).toEqual(a!.domains.map((d) => d.id));
    for (const principle of a!.principles) expect(principle.score).toBe(a!.domains.find((d) => d.id === principle.id)!.score);
  });

  it('both built-in scales name the principles as the national guidance does (nb: Husbanken; da: Social- og Boligstyrelsen)', () => {
    for (const scale of ['hf-principles', 'pathways-hf']) {
      const nb = runCli(['scales', 'show', scale, '--lang', 'nb']).stdout;
      for (const name of ['Bolig er en menneskerett', 'Respekt og varme i møte med deltakerne', 'Selvstendige leiligheter spredt i vanlige boligmiljø', 'Skille mellom bolig og tjenester', 'Brukerstyring', 'Forpliktelse til å yte tjenester så lenge det er nødvendig', '«Recovery»-orientering', 'Skadereduksjon']) expect(nb).toContain(name);
      const da = runCli(['scales', 'show', scale, '--lang', 'da']).stdout;
      for (const name of ['Boligen som en basal menneskeret', 'Respekt, varme og medmenneskelighed over for alle borgere', 'En forpligtelse til at samarbejde med borgerne, så længe der er behov', 'Selvstændige boliger i almindeligt byggeri', 'Adskillelse af bolig og støttetilbud', 'Udgangspunkt i borgerens behov og selvbestemmelse', 'Recovery-orientering', 'Skadesreduktion']) expect(da).toContain(name);
    }
  });
});

describe('a tie at the cut of the strengths', () => {
  it('five items at 4: three named, "and 2 more items at 4", in Markdown and on page one', () => {
    const file = assessment('Tied', all(['hcs1', 'hcs2', 'hcs3', 'hcs5', 'hcs6']));
    const run = runCli(['report', file, '--format', 'md', '--lang', 'en'], { env });
    const strengths = run.stdout.slice(run.stdout.indexOf('## Strengths'), run.stdout.indexOf('## Areas to improve'));
    expect(strengths.match(/^- \*\*/gm)).toHaveLength(3);
    expect(strengths).toContain('- and 2 more items at 4');
    expect(pageOne(file)).toContain('and 2 more items at 4');
    expect(pageOne(file, 'nb')).toContain('og 2 indikatorer til på 4');
  });
});
