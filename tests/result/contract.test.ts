// The result contract (SPEC 7 and 11) is one zod schema: what scoring writes is exactly what the
// schema holds (nothing more, nothing dropped), a result read back keeps every field, a key the schema
// does not know is refused rather than lost, and a first-edition (version 1) result still reads.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ResultSchema } from '../../src/result/schema.js';
import { RESULT_SCHEMA_VERSION } from '../../src/result/version.js';
import { REPO, runCli, tempDir } from '../helpers/run-cli.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1790000000' };
const MOSS = ['examples/moss/moss-2025-03-11-ekstern.yaml', 'examples/moss/moss-2025-10-14-egenvurdering.yaml', 'examples/moss/moss-2026-09-22-ekstern.yaml'];

/** Every key path the schema allows, records and arrays written as `*` (e.g. `assessments.*.overall.level`). */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { def: { type: string } }).def as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'object': {
      const shape = (schema as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
      return Object.entries(shape).flatMap(([key, value]) => [`${prefix}${key}`, ...schemaPaths(value, `${prefix}${key}.`)]);
    }
    case 'array':
      return schemaPaths(def.element as z.ZodType, `${prefix}*.`);
    case 'record':
      return schemaPaths(def.valueType as z.ZodType, `${prefix}*.`);
    case 'nullable':
    case 'optional':
      return schemaPaths(def.innerType as z.ZodType, prefix);
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => schemaPaths(option, prefix));
    default:
      return [];
  }
}

/** Every key path a value holds, in the same notation. */
function valuePaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((entry) => valuePaths(entry, `${prefix}*.`));
  if (value === null || typeof value !== 'object') return [];
  const isRecord = prefix.endsWith('raters.') || prefix.endsWith('distribution.') || prefix.endsWith('domains.') && prefix.includes('change') || prefix.endsWith('principles.') && prefix.includes('change');
  return Object.entries(value).flatMap(([key, entry]) => {
    const step = isRecord ? '*' : key;
    return [...(isRecord ? [] : [`${prefix}${step}`]), ...valuePaths(entry, `${prefix}${step}.`)];
  });
}

function scoreJson(args: string[]): string {
  const run = runCli(['score', ...args, '--format', 'json'], { env: EPOCH });
  expect(run.stderr).not.toContain('error');
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('the result contract', () => {
  // Moss: two raters, notes, change and an action plan; Sparse: five items rated, so its level is withheld;
  // Comments: a data file with a comment column.
  // Review: every part of a review report (SPEC 12).
  const json = scoreJson([...MOSS, 'tests/fixtures/results/sparse-assessment.yaml', 'tests/fixtures/review/moss-review-2026.yaml', 'tests/fixtures/results/comments.csv', '--scale', 'pathways-hf']);
  const result = JSON.parse(json) as unknown;

  it('is version 2, and what scoring writes is exactly what the schema holds', () => {
    expect(RESULT_SCHEMA_VERSION).toBe(2);
    // strict parsing: a key scoring wrote that the schema lacks would fail here, not be dropped
    expect(ResultSchema.parse(result)).toEqual(result);
  });

  it('every field of the schema appears in a scored result: a field added in one place is filled', () => {
    // Between them the inputs have every optional part;
    // `status` (only on unfinished assessments) and a warning's file and line are the known exceptions.
    const produced = new Set(valuePaths(result));
    const notHere = ['assessments.*.status', 'warnings.*.file', 'warnings.*.line'];
    const declared = [...new Set(schemaPaths(ResultSchema))].filter((p) => !notHere.includes(p));
    expect(declared.filter((p) => !produced.has(p))).toEqual([]);
    expect([...produced].filter((p) => !declared.includes(p))).toEqual([]);
  });

  it('survives `report result.json`: every field read back, and the report of a report is the same bytes', () => {
    const dir = tempDir();
    const file = path.join(dir, 'moss.json');
    writeFileSync(file, json);
    const again = runCli(['report', file, '--format', 'json'], { env: EPOCH });
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(result);
    const second = path.join(dir, 'again.json');
    writeFileSync(second, again.stdout);
    expect(runCli(['report', second, '--format', 'json'], { env: EPOCH }).stdout).toBe(again.stdout);
  });

  it('refuses a key the schema does not know, naming where it is, instead of dropping it', () => {
    const dir = tempDir();
    const edited = JSON.parse(json) as { assessments: { overall: Record<string, unknown> }[] };
    edited.assessments[1]!.overall.verdict = 'excellent';
    const file = path.join(dir, 'edited.json');
    writeFileSync(file, JSON.stringify(edited));
    const run = runCli(['report', file, '--format', 'md'], { env: EPOCH });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('edited.json');
    expect(run.stderr).toContain('assessments[1].overall');
  });

  it('reads a version 1 result (the first edition) as scoring the data again would', () => {
    const v1 = path.join(REPO, 'tests/fixtures/results/moss-v1.json');
    expect((JSON.parse(readFileSync(v1, 'utf8')) as { schemaVersion: number }).schemaVersion).toBe(1);
    const fromV1 = runCli(['report', v1, '--format', 'json'], { env: EPOCH });
    expect(fromV1.stderr).toBe('');
    expect(fromV1.status).toBe(0);
    const today = JSON.parse(scoreJson(MOSS)) as unknown;
    expect(JSON.parse(fromV1.stdout)).toEqual(today);
    for (const lang of ['nb', 'en']) {
      const md = runCli(['report', v1, '--format', 'md', '--lang', lang], { env: EPOCH });
      expect(md.status).toBe(0);
      expect(md.stdout).toBe(readFileSync(path.join(REPO, `examples/reports/moss.${lang}.md`), 'utf8'));
    }
  });

  it('reads a version 2 result written before agreement.alpha, and works alpha out from the items', () => {
    const today = JSON.parse(scoreJson(MOSS)) as { assessments: { agreement: Record<string, unknown> | null }[] };
    expect(today.assessments.some((a) => a.agreement !== null && a.agreement.alpha !== undefined)).toBe(true);
    const before = structuredClone(today);
    for (const a of before.assessments) if (a.agreement) delete a.agreement.alpha;
    const file = path.join(tempDir(), 'before-alpha.json');
    writeFileSync(file, JSON.stringify(before));
    const run = runCli(['report', file, '--format', 'json'], { env: EPOCH });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(today);
  });
});
