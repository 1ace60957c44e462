// Property tests of the .xlsx reader (SPEC sections 5 and 10): generated workbooks, every cell stored
// as Excel may store it, read back to exactly the ratings the generator meant (the model of
// tests/helpers/fuzz-csv.ts); damaged workbooks (Excel error values, formulas never calculated, bad
// references, merged cells, cut or broken XML, broken zip bytes) either read or stop with an HfError
// of readable problems, never another error. Bounded by count, with a fixed seed (fuzz-common.ts).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/input/read-inputs.js';
import { canonical, checkProblem, fuzzParams, okOrHfError, testTimeout } from '../helpers/fuzz-common.js';
import { dataFileArb, expectedAssessments, expectedWarnings, FUZZ_SCALE_YAML } from '../helpers/fuzz-csv.js';
import { damageArb, damagedBytes, workbookArb, workbookBytes } from '../helpers/fuzz-xlsx.js';

let dir: string;
let scaleFile: string;
let counter = 0;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hf-fidelity-fuzz-xlsx-'));
  scaleFile = path.join(dir, 'fuzz-fixture.yaml');
  writeFileSync(scaleFile, FUZZ_SCALE_YAML);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeWorkbook(bytes: Buffer): string {
  const sub = path.join(dir, `run-${++counter}`);
  mkdirSync(sub);
  const file = path.join(sub, 'data.xlsx');
  writeFileSync(file, bytes);
  return file;
}

type Read = Awaited<ReturnType<typeof readInputs>>;

function found(inputs: Read) {
  return sortByKey(
    inputs.collector.teamNames().flatMap((team) =>
      inputs.collector.assessmentsOf(team).map((a) => ({
        team: a.team,
        date: a.date,
        kind: a.kind,
        raters: a.raters,
        ratings: Object.fromEntries(
          Object.entries(a.ratings).map(([id, r]) => [id, { raters: r.raters, ...(r.consensus === undefined ? {} : { consensus: r.consensus }) }]),
        ),
      })),
    ),
  );
}

function sortByKey<T extends { team: string; date: string | null; kind: string | null }>(list: T[]): T[] {
  const key = (a: T) => JSON.stringify([a.team, a.date, a.kind]);
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

describe('valid workbooks', () => {
  it(
    'read back to exactly the generated ratings, from the first visible sheet',
    async () => {
      await fc.assert(
        fc.asyncProperty(workbookArb(dataFileArb()), async (file) => {
          const inputs = await readInputs([writeWorkbook(await workbookBytes(file))], { scale: scaleFile, kind: file.data.defaultKind });
          expect(JSON.stringify(canonical(found(inputs)))).toBe(JSON.stringify(canonical(sortByKey(expectedAssessments(file.data)))));
          // The words of the model (no encoding is guessed in a workbook), and which hidden sheets were left out.
          const expected = [...(file.hiddenBefore > 0 ? ['xlsx.hiddenSkipped'] : []), ...expectedWarnings(file.data).filter((c) => c !== 'data.windows1252')];
          expect(inputs.warnings.map((w) => w.code), JSON.stringify(inputs.warnings)).toEqual(expected);
          for (const w of inputs.warnings) checkProblem(w, 'warning');
        }),
        fuzzParams(80),
      );
    },
    testTimeout(),
  );
});

describe('damaged workbooks', () => {
  it(
    'read, or stop with an HfError of readable problems',
    async () => {
      const arb = fc.tuple(workbookArb(dataFileArb({ maxRows: 5 })), fc.array(damageArb, { minLength: 1, maxLength: 3 }));
      await fc.assert(
        fc.asyncProperty(arb, async ([file, damage]) => {
          const where = `damage ${JSON.stringify(damage)}`;
          const workbook = writeWorkbook(await damagedBytes(file, damage));
          const inputs = await okOrHfError(() => readInputs([workbook], { scale: scaleFile }), where);
          if (inputs) for (const w of inputs.warnings) checkProblem(w, where);
        }),
        fuzzParams(150),
      );
    },
    testTimeout(),
  );
});
