// Spawning the real binary, as a user would, for end-to-end tests. It runs dist/, so it refuses
// to run a build older than src/ (npm test builds first); tests of behaviour run in-process instead
// (tests/helpers/run-in-process.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(REPO, 'bin/hf-fidelity.js');

/** Newest modification time of the files under `dir`. */
export function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return time;
}

let fresh = false;

/** Throw unless dist/ is built from the src/ there is now (tsc writes every file of dist/ each build). */
export function requireFreshBuild(): void {
  if (fresh) return;
  const main = path.join(REPO, 'dist/cli/main.js');
  if (!existsSync(main) || statSync(main).mtimeMs < newest(path.join(REPO, 'src'))) {
    throw new Error('dist/ is missing or older than src/: run `npm run build` first (npm test does).');
  }
  fresh = true;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a spawned binary: PATH, HOME, LANG=C.UTF-8, NO_COLOR=1 and `extra`, and
 * NODE_V8_COVERAGE when set (npm run coverage counts what the spawned binaries run).
 */
export function childEnv(extra: Record<string, string> = {}): Record<string, string> {
  const coverage = process.env.NODE_V8_COVERAGE;
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', NO_COLOR: '1', ...(coverage ? { NODE_V8_COVERAGE: coverage } : {}), ...extra };
}

export function runCli(args: string[], options: { env?: Record<string, string>; cwd?: string; input?: string } = {}): CliRun {
  requireFreshBuild();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    encoding: 'utf8',
    input: options.input ?? '',
    env: childEnv(options.env),
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'hf-fidelity-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
