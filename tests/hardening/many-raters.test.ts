// 20,000 raters in one assessment (README "Limits": no limit on raters): every one is read and
// scored, and finding a row's rater costs the same however many came before (a Map, not a scan of
// the raters so far: 100,000 raters once took 49 s). Counts, not times.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/run-cli.js';
import { GroupCollector } from '../../src/input/group-collector.js';
import { buildScale } from '../helpers/scale-builder.js';

const SCALE = 'tests/fixtures/scales/own-certification.yaml';

function ratersCsv(count: number): string {
  const lines = ['team,date,rater,h1,h2,s1,t1'];
  for (let i = 0; i < count; i++) lines.push(`Moss,2026-10-15,Rater ${i},${1 + (i % 5)},${1 + (i % 4)},${1 + (i % 8)},${1 + (i % 3)}`);
  const file = path.join(tempDir(), 'raters.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('many raters in one assessment', () => {
  it('reads and scores 20,000 raters of one assessment, every one counted', () => {
    const data = ratersCsv(20_000);
    const out = path.join(path.dirname(data), 'result.json');
    const run = runCli(['report', data, '--scale', SCALE, '--format', 'json', '--quiet', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      assessments: { raters: string[]; agreement: { raters: number; compared: number } | null; items: { raters: Record<string, number> }[] }[];
    };
    expect(result.assessments).toHaveLength(1);
    const [a] = result.assessments;
    expect(a?.raters).toHaveLength(20_000);
    expect(new Set(a?.raters).size).toBe(20_000);
    expect(a?.agreement?.raters).toBe(20_000);
    expect(a?.agreement?.compared).toBe(4);
    for (const item of a?.items ?? []) expect(Object.keys(item.raters)).toHaveLength(20_000);
  });

  it('finds a row\'s rater without looking through the raters before it', () => {
    const scale = buildScale({ domains: [{ id: 'd', items: ['i1'] }] });
    const collector = new GroupCollector(scale);
    // Every predicate call of Array.prototype.find is work per rater already seen: count them.
    const find = Array.prototype.find;
    let looked = 0;
    vi.spyOn(Array.prototype, 'find').mockImplementation(function (this: unknown[], predicate: (...args: never[]) => unknown, thisArg?: unknown) {
      return find.call(this, (...args: never[]) => {
        looked++;
        return predicate.apply(thisArg, args);
      });
    });
    const rows = 5_000;
    for (let i = 0; i < rows; i++) {
      const target = collector.row({ team: 'Moss', date: '2026-10-15', kind: null, rater: `Rater ${i}`, file: 'raters.csv', line: i + 2 });
      collector.put(target, 0, 3);
    }
    vi.restoreAllMocks();
    expect(collector.assessmentsOf('Moss')[0]?.raters).toHaveLength(rows);
    // A scan would look at 5,000 x 4,999 / 2 raters (12.5 million); a lookup by name at none.
    expect(looked).toBeLessThan(rows);
  });
});
