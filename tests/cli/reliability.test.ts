// `hf-fidelity reliability` end to end: published reliability data written as a long-layout CSV with a
// tiny scale file, read and scored by the command, and the figures compared with the publications.
// Most runs are in-process; one runs the built binary.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { ALTMAN_1991_RADIOLOGISTS, KRIPPENDORFF_2011, SHROUT_FLEISS_1979 } from '../fixtures/reliability-published.js';

interface Study {
  subjects: number;
  raters: string[];
  icc: Record<'ICC1' | 'ICC2' | 'ICC3' | 'ICC1k' | 'ICC2k' | 'ICC3k', { value: number | null; ci95: [number, number] | null }>;
  alpha: { ordinal: number | null; interval: number | null };
  pairs: { raters: [string, string]; exact: number | null; adjacent: number | null; kappaWeighted: number | null }[];
}

/** A scale of `items` items rated 1-10, mean of items, so one rater's overall score of one item is that score. */
function scaleYaml(items: string[]): string {
  return [
    'id: study',
    'version: "1"',
    'name: Reliability study',
    'rating: { min: 1, max: 10 }',
    'aggregation: mean-of-items',
    'levels:',
    '  - { id: any, min: 1, label: Any }',
    'domains:',
    '  - id: d',
    '    name: D',
    '    items:',
    ...items.map((id) => `      - { id: ${id}, title: Item ${id} }`),
    '',
  ].join('\n');
}

/** Long layout: team, date, rater, item, score; null is a rating not given (no row). */
function longCsv(rows: { team: string; rater: string; item: string; score: number | null | 'NA' }[]): string {
  return ['team,date,rater,item,score', ...rows.filter((r) => r.score !== null).map((r) => `${r.team},2026-10-01,${r.rater},${r.item},${r.score}`), ''].join('\n');
}

let dir = '';
beforeAll(() => {
  dir = tempDir('hf-reliability-');
  mkdirSync(dir, { recursive: true });
  const observers = ['A', 'B', 'C', 'D'];
  // Krippendorff 2011: one assessment, twelve items u1-u12 (the units), four raters.
  const units = KRIPPENDORFF_2011[0]!.map((_, u) => `u${u + 1}`);
  writeFileSync(path.join(dir, 'units.yaml'), scaleYaml(units));
  writeFileSync(
    path.join(dir, 'krippendorff.csv'),
    longCsv(KRIPPENDORFF_2011.flatMap((row, o) => row.map((score, u) => ({ team: 'Unit study', rater: observers[o]!, item: units[u]!, score })))),
  );
  // Shrout and Fleiss 1979: six targets are six teams' assessments, one item each, four judges.
  writeFileSync(path.join(dir, 'one-item.yaml'), scaleYaml(['x']));
  writeFileSync(
    path.join(dir, 'shrout-fleiss.csv'),
    longCsv(SHROUT_FLEISS_1979.flatMap((row, target) => row.map((score, j) => ({ team: `Team ${target + 1}`, rater: `Judge ${j + 1}`, item: 'x', score })))),
  );
  // Altman 1991 / Stata [R] kappa: each of the 85 films is a subject, one item, two radiologists.
  const films = ALTMAN_1991_RADIOLOGISTS.flatMap((row, a) => row.flatMap((count, b) => Array.from({ length: count }, () => [a + 1, b + 1] as const)));
  writeFileSync(
    path.join(dir, 'radiologists.csv'),
    longCsv(films.flatMap(([a, b], film) => [{ team: `Film ${film + 1}`, rater: 'A', item: 'x', score: a }, { team: `Film ${film + 1}`, rater: 'B', item: 'x', score: b }])),
  );
});

async function study(args: string[]): Promise<{ study: Study; stderr: string }> {
  const run = await runInProcess(['reliability', ...args, '--format', 'json', '--lang', 'en']);
  expect(run.status, run.stderr).toBe(0);
  return { study: JSON.parse(run.stdout) as Study, stderr: run.stderr };
}

describe('reliability, on published data', () => {
  it("reproduces Krippendorff's (2011) alpha with missing data, by item: ordinal .815, interval .849", async () => {
    const { study: s, stderr } = await study([path.join(dir, 'krippendorff.csv'), '--scale', path.join(dir, 'units.yaml'), '--by', 'item']);
    expect(s.subjects).toBe(12);
    expect(s.raters).toEqual(['A', 'B', 'C', 'D']);
    expect(s.alpha.ordinal).toBeCloseTo(0.815, 3);
    expect(s.alpha.interval).toBeCloseTo(0.849, 3);
    // Units 1, 10, 11 and 12 lack a rater: left out of the ICC, said in a warning, kept for alpha.
    expect(stderr).toContain('4 of 12 subjects lack a score from one rater or more and are left out of the ICC');
    expect(s.pairs.map((p) => p.raters)).toEqual([['A', 'B'], ['A', 'C'], ['A', 'D'], ['B', 'C'], ['B', 'D'], ['C', 'D']]);
    // A and B both scored units 1-9 and agree on all but unit 6 (1 and 2): 8/9 exact, 9/9 within one point.
    expect(s.pairs[0]).toMatchObject({ exact: 8 / 9, adjacent: 1 });
  });

  it('reproduces Shrout and Fleiss (1979), table 4, by assessment (each judge\'s own overall score)', async () => {
    const { study: s, stderr } = await study([path.join(dir, 'shrout-fleiss.csv'), '--scale', path.join(dir, 'one-item.yaml')]);
    expect(stderr).toBe('');
    expect(s.subjects).toBe(6);
    expect(s.raters).toEqual(['Judge 1', 'Judge 2', 'Judge 3', 'Judge 4']);
    const published = { ICC1: 0.17, ICC2: 0.29, ICC3: 0.71, ICC1k: 0.44, ICC2k: 0.62, ICC3k: 0.91 };
    for (const [form, value] of Object.entries(published)) expect(s.icc[form as keyof typeof published].value, form).toBeCloseTo(value, 2);
    expect(s.icc.ICC2.ci95![0]).toBeCloseTo(0.019, 3);
    expect(s.icc.ICC2.ci95![1]).toBeCloseTo(0.76, 2);
    expect(JSON.stringify(s)).not.toContain('NaN');
  });

  it('reproduces the quadratic-weighted kappa of Altman (1991) and the Stata manual, .6714, through the built binary', () => {
    const args = ['reliability', path.join(dir, 'radiologists.csv'), '--scale', path.join(dir, 'one-item.yaml')];
    const json = runCli([...args, '--format', 'json', '--lang', 'en']);
    expect(json.status, json.stderr).toBe(0);
    const s = JSON.parse(json.stdout) as Study;
    expect(s.subjects).toBe(85);
    expect(s.pairs).toHaveLength(1);
    // Published: 54 of 85 films on the diagonal (63.53 %); weighted kappa .6714.
    expect(s.pairs[0]!.exact).toBeCloseTo(0.6353, 4);
    expect(s.pairs[0]!.kappaWeighted).toBeCloseTo(0.6714, 4);
    const table = runCli([...args, '--lang', 'en']);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/A – B.*0\.67/);
  });

  it('writes the same study through the built binary, as a table in nb', () => {
    const run = runCli(['reliability', path.join(dir, 'shrout-fleiss.csv'), '--scale', path.join(dir, 'one-item.yaml'), '--lang', 'nb']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Enheter: 6 vurderinger, hver vurderers egen totalskår');
    expect(run.stdout).toMatch(/ICC2 +0,29 +0,02 – 0,76 +én vurderer, absolutt samsvar/);
    expect(run.stdout).toMatch(/ICC3k +0,91 +0,68 – 0,99/);
  });

  it('writes CSV, one record per figure', async () => {
    const run = await runInProcess(['reliability', path.join(dir, 'shrout-fleiss.csv'), '--scale', path.join(dir, 'one-item.yaml'), '--format', 'csv']);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe('measure,raters,value,ci95_low,ci95_high');
    expect(lines.find((l) => l.startsWith('ICC3,'))).toMatch(/^ICC3,,0\.71\d*,0\.34\d*,0\.94\d*$/);
    expect(lines.filter((l) => l.startsWith('kappa_weighted,'))).toHaveLength(6);
  });
});

describe('reliability, edge cases', () => {
  function write(name: string, rows: Parameters<typeof longCsv>[0]): string {
    const file = path.join(dir, name);
    writeFileSync(file, longCsv(rows));
    return file;
  }

  it('all raters identical: alpha and ICC null (no variation to tell from chance), never NaN', async () => {
    const file = write('same.csv', ['A', 'B'].flatMap((rater) => ['u1', 'u2', 'u3'].map((item) => ({ team: 'T', rater, item, score: 4 }))));
    const { study: s } = await study([file, '--scale', path.join(dir, 'units.yaml'), '--by', 'item']);
    expect(s.alpha).toEqual({ ordinal: null, interval: null });
    expect(s.icc.ICC2).toEqual({ value: null, ci95: null });
    expect(s.pairs[0]).toEqual({ raters: ['A', 'B'], exact: 1, adjacent: 1, kappaWeighted: null });
  });

  it('raters agree and the items vary: alpha 1 and ICC 1', async () => {
    const file = write('agree.csv', ['A', 'B'].flatMap((rater) => ['u1', 'u2', 'u3'].map((item, i) => ({ team: 'T', rater, item, score: i + 2 }))));
    const { study: s } = await study([file, '--scale', path.join(dir, 'units.yaml'), '--by', 'item']);
    expect(s.alpha).toEqual({ ordinal: 1, interval: 1 });
    expect(s.icc.ICC2.value).toBe(1);
    expect(s.pairs[0]!.kappaWeighted).toBe(1);
  });

  it('a constant item beside varying ones counts like any other', async () => {
    const rows = [
      ...['A', 'B'].map((rater) => ({ team: 'T', rater, item: 'u1', score: 5 })),
      { team: 'T', rater: 'A', item: 'u2', score: 2 }, { team: 'T', rater: 'B', item: 'u2', score: 3 },
      { team: 'T', rater: 'A', item: 'u3', score: 8 }, { team: 'T', rater: 'B', item: 'u3', score: 8 },
    ];
    const { study: s } = await study([write('constant.csv', rows), '--scale', path.join(dir, 'units.yaml'), '--by', 'item']);
    expect(s.alpha.interval).not.toBeNull();
    expect(s.alpha.interval!).toBeGreaterThan(0.9);
  });

  it.each([
    ['one rater', [{ team: 'T', rater: 'A', item: 'u1', score: 3 }, { team: 'T', rater: 'A', item: 'u2', score: 4 }], 'needs scores from two raters or more; the inputs have 1'],
    ['two raters and one subject', [{ team: 'T', rater: 'A', item: 'u1', score: 3 }, { team: 'T', rater: 'B', item: 'u1', score: 4 }], 'needs two subjects or more with scores'],
    ['one value only', [{ team: 'T', rater: 'A', item: 'u1', score: 3 }], 'the inputs have 1'],
  ] as const)('%s: a clear message and exit 2, nothing written', async (_label, rows, message) => {
    const file = write(`refused-${_label.replace(/ /g, '-')}.csv`, [...rows]);
    const out = path.join(dir, `refused-${_label.replace(/ /g, '-')}.json`);
    const run = await runInProcess(['reliability', file, '--scale', path.join(dir, 'units.yaml'), '--by', 'item', '--out', out, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });

  it('says in --help, in each language, which figure answers which question, with thresholds and sources', async () => {
    for (const [lang, words] of [
      ['en', ['Agreement on one review', 'Reliability of the scale across teams', 'Koo and Li 2016', 'Krippendorff 2004']],
      ['nb', ['Samsvar i én vurdering', 'Skalaens reliabilitet på tvers av team', 'Koo og Li 2016']],
      ['da', ['Enighed i én vurdering', 'Skalaens reliabilitet på tværs af teams', 'Koo og Li 2016']],
    ] as const) {
      const run = await runInProcess(['reliability', '--help', '--lang', lang]);
      expect(run.status).toBe(0);
      for (const w of words) expect(run.stdout).toContain(w);
    }
  });

  it('warns that raters without names are matched by row order', async () => {
    const file = path.join(dir, 'wide-anonymous.csv');
    writeFileSync(file, 'team,date,u1,u2\nT1,2026-10-01,3,4\nT1,2026-10-01,3,5\nT2,2026-10-01,2,2\nT2,2026-10-01,1,2\n');
    const run = await runInProcess(['reliability', file, '--scale', path.join(dir, 'units.yaml'), '--format', 'json', '--lang', 'en']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('some raters have no name (#1, #2)');
  });
});
