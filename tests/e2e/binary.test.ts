// The real binary, spawned as a user runs it: bin/hf-fidelity.js over the built dist/ (npm test
// builds first). A deliberate, small set: what only a whole process shows — the exit code set by
// bin/, stdout and stderr as real pipes, the built-in scales compiled into dist/, the version read
// from package.json, bytes of a PDF on stdout, SOURCE_DATE_EPOCH from the environment. Behaviour
// of the commands themselves is tested in-process (tests/helpers/run-in-process.ts). Elsewhere
// through the binary: tests/session/assess-tty.test.ts (a real terminal, Ctrl-C, no terminal),
// tests/cli/output-safety.test.ts (a reader closing the pipe), tests/fuzz/cli.test.ts (nasty
// inputs: no signal, no stack trace, no Node warning).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, childEnv, REPO, requireFreshBuild, runCli, tempDir } from '../helpers/run-cli.js';

const moss = ['examples/moss/moss-2025-03-11-ekstern.yaml', 'examples/moss/moss-2025-10-14-egenvurdering.yaml', 'examples/moss/moss-2026-09-22-ekstern.yaml'];
const golden = (file: string) => readFileSync(path.join(REPO, 'examples/reports', file));
/** The moment the checked-in example reports were rendered at (tests/golden). */
const EPOCH = '1790000000';
const OWN = 'tests/fixtures/scales/own-certification.yaml';

beforeAll(requireFreshBuild);

/** The binary with stdout as bytes (a PDF), SOURCE_DATE_EPOCH set. */
function runBytes(args: string[]): { status: number | null; stdout: Buffer; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO,
    input: '',
    env: childEnv({ SOURCE_DATE_EPOCH: EPOCH }),
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

describe('the binary', () => {
  it('--help and --version exit 0 on stdout; an unknown command exits 2 on stderr', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: hf-fidelity');
    expect(help.stderr).toBe('');
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version}\n`);
    const unknown = runCli(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('frobnicate');
  });

  it('scores to stdout: the JSON of the checked-in result, exit 0, nothing on stderr', () => {
    const run = runCli(['score', ...moss, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(golden('moss.json').toString('utf8')));
  });

  it('sets exit code 1 for --fail-under, as a CI job would read it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'data.csv');
    // One consensus row; sum-of-domain-means: housing (5+4)/2 = 4.5, support 8, team 3 -> 15.5.
    writeFileSync(file, 'team,date,rater,h1,h2,s1,t1\nMoss,2026-10-15,konsensus,5,4,8,3\n');
    expect(runCli(['score', file, '--scale', OWN, '--fail-under', '15.5']).status).toBe(0);
    expect(runCli(['score', file, '--scale', OWN, '--fail-under', '15.6']).status).toBe(1);
  });

  it('writes a report to --out: the checked-in Markdown, byte for byte, and nothing else in the folder', () => {
    const dir = tempDir();
    const out = path.join(dir, 'moss.nb.md');
    const run = runCli(['report', ...moss, '--format', 'md', '--lang', 'nb', '--out', out], { env: { SOURCE_DATE_EPOCH: EPOCH } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out)).toEqual(golden('moss.nb.md'));
    expect(readdirSync(dir)).toEqual(['moss.nb.md']);
  });

  it('writes a PDF to a pipe under SOURCE_DATE_EPOCH: the checked-in example, byte for byte', () => {
    // Rendered at another time on another machine with the same SOURCE_DATE_EPOCH: the same bytes.
    const piped = runBytes(['report', ...moss, '--format', 'pdf', '--lang', 'nb']);
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(piped.stdout.equals(golden('moss.nb.pdf')), 'differs from examples/reports/moss.nb.pdf').toBe(true);
    // The date written into the file is SOURCE_DATE_EPOCH: 1 790 000 000 s = 2026-09-21 14:13:20 UTC.
    const file = path.join(tempDir(), 'moss.nb.pdf');
    writeFileSync(file, piped.stdout);
    const info = spawnSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
    expect(info.status, 'pdfinfo (poppler-utils) is needed').toBe(0);
    expect(info.stdout).toMatch(/^CreationDate:\s+2026-09-21T14:13:20Z$/m);
  });

  it('stops on bad input with exit 2: the file, line and problem on stderr, nothing on stdout, no stack trace', () => {
    const dir = tempDir();
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, 'team,date,rater,h1,h2,s1,t1\nMoss,2026-10-15,konsensus,6,4,8,3\n');
    const run = runCli(['score', file, '--scale', OWN, '--format', 'json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('bad.csv:2: error: column "h1": "6" is outside the range of h1: allowed are 1-5');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
