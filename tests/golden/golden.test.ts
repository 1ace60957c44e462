// Golden reports: `report`, run in-process (tests/helpers/run-in-process.ts), renders examples/ into
// the reports checked in under examples/reports/, and this test diffs them (tests/e2e checks one
// through the real binary). After an intended change, re-baseline with
//   UPDATE_GOLDEN=1 npx vitest run tests/golden
// and read the diff before committing (it also re-renders the example PDFs).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const GOLDEN = path.join(REPO, 'examples/reports');
/** A fixed moment for every file date, so renders are the same bytes on every machine. */
const EPOCH = '1790000000';

const moss = ['examples/moss/moss-2025-03-11-ekstern.yaml', 'examples/moss/moss-2025-10-14-egenvurdering.yaml', 'examples/moss/moss-2026-09-22-ekstern.yaml'];
const allTeams = [
  ...moss,
  'examples/rana/rana-fidelity.csv',
  'examples/mandal/nettskjema-export.txt',
  'examples/grunerlokka/microsoft-forms-export.xlsx',
  '--scale',
  'pathways-hf',
  '--map',
  'examples/all-teams.map.yaml',
  '--kind',
  'self',
];

interface Render {
  file: string;
  args: string[];
  /** Text formats are diffed; PDFs are re-rendered on update and checked by tests/report/pdf. */
  diff: boolean;
}

const renders: Render[] = [
  { file: 'moss.en.md', args: [...moss, '--format', 'md', '--lang', 'en'], diff: true },
  { file: 'moss.nb.md', args: [...moss, '--format', 'md', '--lang', 'nb'], diff: true },
  { file: 'moss.da.md', args: [...moss, '--format', 'md', '--lang', 'da'], diff: true },
  { file: 'moss.rfc4180.csv', args: [...moss, '--format', 'csv', '--dialect', 'rfc4180'], diff: true },
  { file: 'moss.excel.csv', args: [...moss, '--format', 'csv', '--dialect', 'excel', '--lang', 'nb'], diff: true },
  { file: 'moss.json', args: [...moss, '--format', 'json'], diff: true },
  { file: 'all-teams.nb.md', args: [...allTeams, '--format', 'md', '--lang', 'nb'], diff: true },
  { file: 'all-teams.excel.csv', args: [...allTeams, '--format', 'csv', '--dialect', 'excel', '--lang', 'nb'], diff: true },
  { file: 'all-teams.json', args: [...allTeams, '--format', 'json'], diff: true },
  { file: 'moss.nb.pdf', args: [...moss, '--format', 'pdf', '--lang', 'nb'], diff: false },
  { file: 'moss.en.pdf', args: [...moss, '--format', 'pdf', '--lang', 'en'], diff: false },
  { file: 'moss.da.pdf', args: [...moss, '--format', 'pdf', '--lang', 'da'], diff: false },
  { file: 'all-teams.nb.pdf', args: [...allTeams, '--format', 'pdf', '--lang', 'nb'], diff: false },
];

describe('golden reports of examples/', () => {
  const out = tempDir();
  it.each(renders.filter((r) => r.diff || UPDATE))('$file', async ({ file, args, diff }) => {
    const target = path.join(out, file);
    const run = await runInProcess(['report', ...args, '--out', target], { env: { SOURCE_DATE_EPOCH: EPOCH } });
    expect(run.status, run.stderr).toBe(0);
    const golden = path.join(GOLDEN, file);
    const actual = readFileSync(target);
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(golden, actual);
      return;
    }
    expect(existsSync(golden), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/golden`).toBe(true);
    if (diff) {
      // Compared as text so a failure shows the lines that changed.
      expect(actual.toString('utf8'), `${file} differs from examples/reports/; if intended, re-baseline (see the top of this file)`).toBe(readFileSync(golden, 'utf8'));
    }
  });
});
