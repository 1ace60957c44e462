// Property tests of reading results back (`report result.json`, SPEC sections 7 and 10): results
// scored from generated data files read back to exactly what was written; results edited by hand
// (fuzz-json.ts) either read or stop with an HfError of readable problems, never another error,
// and what reads holds only values the scale allows. Bounded by count, with a fixed seed.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/input/read-inputs.js';
import { loadScale } from '../../src/input/load-scale.js';
import type { Scale } from '../../src/scale/model.js';
import type { Result } from '../../src/result/schema.js';
import { scoreAssessments } from '../../src/scoring/score.js';
import { canonical, checkProblem, fuzzParams, okOrHfError, testTimeout } from '../helpers/fuzz-common.js';
import { dataFileArb, dataFileBytes, FUZZ_SCALE_YAML } from '../helpers/fuzz-csv.js';
import { edited, editArb } from '../helpers/fuzz-json.js';

let dir: string;
let scaleFile: string;
let scale: Scale;
let counter = 0;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hf-fidelity-fuzz-json-'));
  scaleFile = path.join(dir, 'fuzz-fixture.yaml');
  writeFileSync(scaleFile, FUZZ_SCALE_YAML);
  scale = (await loadScale(scaleFile)).scale;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, bytes: Buffer | string): string {
  const sub = path.join(dir, `run-${++counter}`);
  mkdirSync(sub);
  const file = path.join(sub, name);
  writeFileSync(file, bytes);
  return file;
}

/** A result scored from a generated data file (with at least one assessment), as `score --format json` holds it. */
const resultArb = dataFileArb({ maxRows: 6 }).filter((f) => f.rows.length > 0);

async function resultOf(file: Parameters<typeof dataFileBytes>[0]): Promise<Result> {
  const inputs = await readInputs([write('data.csv', dataFileBytes(file))], { scale: scaleFile, kind: file.defaultKind });
  const assessments = inputs.collector.teamNames().flatMap((team) => inputs.collector.assessmentsOf(team));
  return JSON.parse(JSON.stringify(scoreAssessments(scale, assessments, { toolVersion: 'fuzz', scaleName: 'Fuzz fixture' }))) as Result;
}

describe('results as written', () => {
  it(
    'read back to exactly the assessments written',
    async () => {
      await fc.assert(
        fc.asyncProperty(resultArb, async (file) => {
          const result = await resultOf(file);
          const inputs = await readInputs([write('result.json', JSON.stringify(result))], { scale: scaleFile });
          expect(JSON.stringify(canonical(inputs.scored))).toBe(JSON.stringify(canonical(result.assessments)));
        }),
        fuzzParams(40),
      );
    },
    testTimeout(),
  );
});

describe('results edited by hand', () => {
  it(
    'read, holding only values the scale allows, or stop with an HfError of readable problems',
    async () => {
      const arb = fc.tuple(resultArb, fc.array(editArb, { minLength: 1, maxLength: 3 }));
      await fc.assert(
        fc.asyncProperty(arb, async ([file, edits]) => {
          const where = `edits ${JSON.stringify(edits)}`;
          const json = write('edited.json', JSON.stringify(edited(await resultOf(file), edits)));
          const inputs = await okOrHfError(() => readInputs([json], { scale: scaleFile }), where);
          if (!inputs) return;
          for (const w of inputs.warnings) checkProblem(w, where, undefined, { params: false });
          for (const a of inputs.scored) {
            expect(a.date === null || !Number.isNaN(Date.parse(a.date)), where).toBe(true);
            expect(new Set(a.items.map((i) => i.id)).size, where).toBe(a.items.length);
            for (const item of a.items) {
              const spec = scale.items.find((i) => i.id === item.id)!;
              if (item.score !== null) {
                expect(item.score, where).toBeGreaterThanOrEqual(spec.rating.min);
                expect(item.score, where).toBeLessThanOrEqual(spec.rating.max);
              }
            }
            for (const p of [a.overall.percent, ...a.domains.map((d) => d.percent)]) if (p !== null) expect(p >= 0 && p <= 100, where).toBe(true);
            expect(a.overall.rated + a.overall.na + a.overall.missing, where).toBe(scale.items.length);
          }
        }),
        fuzzParams(150),
      );
    },
    testTimeout(),
  );
});
