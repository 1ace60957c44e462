// A published table, reproduced through `score` (run in-process): Odden et al. 2019 (Int J Ment Health
// Syst 13:65), Table 1, the mean TMACT item scores of the first 12 Norwegian ACT teams, 12 and 30
// months after the teams started. The paper gives the subscale means to one decimal: operations
// and structure (OS) 3.9 then 4.1, core team (CT) 3.6 then 3.9.
//
// The item means are in tests/fixtures/exports/odden-2019-long.csv (long layout), scored with the
// scale tests/fixtures/scales/tmact-subscales.yaml (1-5, domains os and ct, mean of items). The
// teams started between 2009 and 2011, so the paper has no calendar dates: the file uses a nominal
// start of 2010-01-01, which puts "12 months" at 2011-01-01 and "30 months" at 2012-07-01.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CT_12, CT_30, OS_12, OS_30, PUBLISHED } from '../fixtures/odden-2019.js';
import { REPO as repo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

interface Scored {
  team: string;
  date: string;
  overall: { score: number; rated: number; na: number; missing: number; percent: number };
  domains: { id: string; score: number; rated: number }[];
}

async function score(): Promise<Scored[]> {
  const run = await runInProcess(['score', 'tests/fixtures/exports/odden-2019-long.csv', '--scale', 'tests/fixtures/scales/tmact-subscales.yaml', '--format', 'json']);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { assessments: Scored[] }).assessments;
}

describe('Odden et al. 2019, Table 1, through hf-fidelity score', () => {
  let scored: Promise<Scored[]> | undefined;
  const assessments = () => (scored ??= score());

  it('holds the published item means, one row per item and time', () => {
    const lines = readFileSync(path.join(repo, 'tests/fixtures/exports/odden-2019-long.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('team,date,rater,item,score');
    const rows = lines.slice(1).map((line) => line.split(','));
    const at = (date: string, prefix: string) => rows.filter((r) => r[1] === date && r[3]!.startsWith(prefix)).map((r) => Number(r[4]));
    expect(at('2011-01-01', 'os')).toEqual(OS_12);
    expect(at('2011-01-01', 'ct')).toEqual(CT_12);
    expect(at('2012-07-01', 'os')).toEqual(OS_30);
    expect(at('2012-07-01', 'ct')).toEqual(CT_30);
    expect(rows.every((r) => r[0] === 'Norwegian ACT teams (mean)' && r[2] === 'konsensus')).toBe(true);
  });

  it('reads the two measurements as two assessments of one team', async () => {
    const [month12, month30] = await assessments();
    expect(await assessments()).toHaveLength(2);
    expect(month12).toMatchObject({ team: 'Norwegian ACT teams (mean)', date: '2011-01-01' });
    expect(month30).toMatchObject({ team: 'Norwegian ACT teams (mean)', date: '2012-07-01' });
  });

  it.each(PUBLISHED)('%s, %s: %s as published', async (when, id, published, byHand) => {
    const [month12, month30] = await assessments();
    const assessment = when === '12 months' ? month12! : month30!;
    const domain = assessment.domains.find((d) => d.id === id)!;
    expect(domain.score.toFixed(1)).toBe(published);
    expect(domain.score).toBeCloseTo(byHand, 12);
    expect(domain.rated).toBe(id === 'os' ? 12 : 7);
  });

  it('rates all 19 items, and the overall is the mean of them on the 1-5 range', async () => {
    const [month12, month30] = await assessments();
    for (const [assessment, total] of [
      [month12!, 46.4 + 25.3],
      [month30!, 49.7 + 27.3],
    ] as const) {
      expect(assessment.overall).toMatchObject({ rated: 19, na: 0, missing: 0 });
      expect(assessment.overall.score).toBeCloseTo(total / 19, 12);
      expect(assessment.overall.percent).toBeCloseTo(((total / 19 - 1) / (5 - 1)) * 100, 10);
    }
  });
});
