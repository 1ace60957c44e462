// Shared parts of the fuzz/property suite (tests/fuzz): fast-check settings bounded by count, and the
// one check every failure must pass: an HfError whose problems all have a message in the catalogue.
//
// Runs are deterministic: a fixed number of runs per property and one fixed seed for every property
// test (tests/setup/fast-check-seed.ts); no run is cut short by a clock, so a fast and a slow
// machine check the same inputs. When a property fails, fast-check prints the seed and the failing
// value's path: reproduce with FUZZ_SEED=<seed> (and FUZZ_PATH=<path>). Explore other inputs with
// FUZZ_SEED=random (the seed is printed); run longer with FUZZ_RUNS=<factor> (e.g. 20), which
// multiplies the number of runs; FUZZ_SHRINK=1 shrinks a failure to a small counterexample (off by
// default: `endOnFailure`).
import fc from 'fast-check';
import { expect } from 'vitest';
import { HfError, type Problem } from '../../src/shared/errors.js';
import { ALL_MESSAGES, forms } from './all-messages.js';
import { LANGS } from '../../src/i18n/lang.js';

const factor = Number(process.env.FUZZ_RUNS ?? '1') || 1;
const replayPath = process.env.FUZZ_PATH;
const shrink = process.env.FUZZ_SHRINK === '1';

/** fast-check parameters: exactly `runs` runs (times FUZZ_RUNS), with the suite's seed. */
export function fuzzParams<T>(runs: number): fc.Parameters<T> {
  return {
    numRuns: Math.max(1, Math.round(runs * factor)),
    endOnFailure: !shrink,
    ...(replayPath === undefined ? {} : { path: replayPath }),
  };
}

/**
 * Vitest's limit for a fuzz test: a guard against a hang, far above what the runs take (they are
 * bounded by count and input size, not by a clock); it grows with FUZZ_RUNS.
 */
export function testTimeout(): number {
  return Math.round(120_000 * factor);
}

const names = new Map<string, string[]>();

/** The `{param}` names each language's message of `code` uses (cached: some inputs give 100 000 problems). */
function placeholders(code: string): string[] {
  let found = names.get(code);
  if (!found) {
    const texts = ALL_MESSAGES[code];
    const all = new Set<string>();
    for (const lang of LANGS) for (const text of forms(texts?.[lang])) for (const [, name] of text.matchAll(/\{(\w+)\}/g)) all.add(name!);
    names.set(code, (found = [...all]));
  }
  return found;
}

/**
 * A problem a user can read: its code is in the catalogue, every `{param}` its message names is
 * given (in every language), and a line or column, when given, is a whole number from 1.
 * (Plain checks, not `expect`, so that an input with 100 000 problems is checked in milliseconds.)
 */
export function checkProblem(p: Problem, where: string, lineCount?: number, options: { params?: boolean } = {}): void {
  const fail = (what: string) => {
    throw new Error(`${where}: ${what}: ${JSON.stringify(p).slice(0, 300)}`);
  };
  if (!(p.code in ALL_MESSAGES)) fail('code not in the message catalogue');
  if (p.severity !== 'error' && p.severity !== 'warning') fail('severity');
  if (options.params !== false) {
    for (const name of placeholders(p.code)) if (p.params[name] === undefined) fail(`the message names {${name}}, which is not given`);
  }
  if (p.line !== undefined) {
    if (!Number.isInteger(p.line) || p.line < 1) fail('line');
    if (lineCount !== undefined && p.line > lineCount + 1) fail(`line past the end (${lineCount} lines)`);
  }
  if (p.column !== undefined && (!Number.isInteger(p.column) || p.column < 1)) fail('column');
}

/** Anything thrown must be an HfError of readable problems; anything else is a crash the user would see. */
export function checkThrown(error: unknown, where: string, lineCount?: number): HfError {
  if (!(error instanceof HfError)) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
    throw new Error(`${where}: threw something other than an HfError (the CLI would say "internal error"):\n${detail}`);
  }
  expect(error.problems.length, `${where}: an HfError with no problems`).toBeGreaterThan(0);
  for (const p of error.problems) checkProblem(p, where, lineCount);
  return error;
}

/** Run `fn`; return its value, or null after checking that what it threw is a proper HfError. */
export async function okOrHfError<T>(fn: () => Promise<T> | T, where: string, lineCount?: number): Promise<T | null> {
  try {
    return await fn();
  } catch (error) {
    checkThrown(error, where, lineCount);
    return null;
  }
}

/** A shuffled copy of `items`, ordered by `keys` (drawn by fast-check, so the order shrinks and replays). */
export function shuffleBy<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map(({ item }) => item);
}

/** Sorted object keys, recursively: a canonical form for comparing results. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}
