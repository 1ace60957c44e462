// Output that cannot be written, and pipes that close: through the real binary, with stdout on a
// full disk (/dev/full, a tiny tmpfs) and read by `head` or `true`. A short write is never success,
// and a closed pipe never changes the exit code.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, childEnv, REPO, requireFreshBuild, tempDir } from '../helpers/run-cli.js';

const SCALE = 'tests/fixtures/scales/own-certification.yaml';

/** `teams` assessments, each with an overall score of 6 (below 7). */
function bigData(teams: number): string {
  const file = path.join(tempDir(), 'big.csv');
  const rows = ['team,date,rater,h1,h2,s1,t1'];
  for (let i = 0; i < teams; i++) rows.push(`Team ${i},2026-10-15,konsensus,2,2,2,2`);
  writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
}

/** The binary with stdout on `file` (opened for writing), as `> file` in a shell does. */
function toFile(args: string[], file: string): { status: number | null; stderr: string } {
  requireFreshBuild();
  const fd = openSync(file, 'w');
  try {
    const run = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, env: childEnv(), stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 60_000 });
    return { status: run.status, stderr: run.stderr };
  } finally {
    closeSync(fd);
  }
}

/** The binary's exit code in a shell pipeline `hf-fidelity args | reader`. */
function piped(args: string[], reader: string, redirect = ''): { status: number; stderr: string } {
  requireFreshBuild();
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const run = spawnSync('bash', ['-c', `${quoted} ${redirect} | ${reader} >/dev/null; exit \${PIPESTATUS[0]}`], { cwd: REPO, env: childEnv(), encoding: 'utf8', timeout: 60_000 });
  return { status: run.status ?? -1, stderr: run.stderr };
}

describe('stdout on a full disk', () => {
  const moss = 'examples/moss/moss-2025-03-11-ekstern.yaml';
  it.each([
    ['a PDF report', ['report', moss, '--format', 'pdf']],
    ['a Markdown report', ['report', moss, '--format', 'md']],
    ['streamed JSON', ['score', moss, '--format', 'json']],
    ['streamed CSV', ['report', moss, '--format', 'csv']],
    ['the score table', ['score', moss]],
    ['help text', ['--help']],
  ])('%s to /dev/full: exit 2, the disk-full message, no trace', (_name, args) => {
    const run = toFile(args, '/dev/full');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('error: the disk is full; free some space and run again\n');
  });

  it('a redirect to a full tmpfs is exit 2, not a cut file and exit 0', () => {
    const dir = path.join(tempDir(), 'full');
    mkdirSync(dir);
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]).status !== 0) return; // no mounting here
    try {
      const out = path.join(dir, 'result.json');
      const run = toFile(['score', bigData(2000), '--scale', SCALE, '--format', 'json', '--lang', 'nb'], out);
      expect(run.stderr).toContain('feil: disken er full');
      expect(run.status).toBe(2);
      expect(statSync(out).size).toBeLessThanOrEqual(64 * 1024);
      // `report ... > report.pdf`: a PDF (80 KB) that does not fit.
      const pdf = toFile(['report', 'examples/moss/moss-2025-03-11-ekstern.yaml', '--format', 'pdf'], path.join(dir, 'report.pdf'));
      expect(pdf.stderr).toBe('error: the disk is full; free some space and run again\n');
      expect(pdf.status).toBe(2);
    } finally {
      spawnSync('umount', [dir]);
    }
  });
});

describe('a pipe that closes keeps the exit code', () => {
  it('bad input with 2>&1 into a reader that has gone: exit 2, not 1', () => {
    expect(piped(['score', 'no-such-file.csv', '--scale', SCALE], 'true', '2>&1').status).toBe(2);
    expect(piped(['score', 'no-such-file.csv', '--scale', SCALE], 'head -1', '2>&1').status).toBe(2);
  });

  it('--fail-under with JSON into `head -c 10`: exit 1 while teams are below', () => {
    const data = bigData(20000);
    const run = piped(['score', data, '--scale', SCALE, '--fail-under', '7', '--format', 'json'], 'head -c 10');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Team 19999 (–, 2026-10-15): 6.00 is below 7');
  });

  it('without --fail-under, a closed pipe is still exit 0', () => {
    expect(piped(['score', bigData(20000), '--scale', SCALE, '--format', 'csv'], 'head -c 10').status).toBe(0);
  });
});

describe('--out and signals, --out and permissions', () => {
  let data: string | undefined;
  /** Start writing a large --out, wait for its temporary file, send `signal`; what is left and the exit code. */
  async function signalled(signal: NodeJS.Signals): Promise<{ code: number | null; left: string[]; target: boolean }> {
    requireFreshBuild();
    const { spawn } = await import('node:child_process');
    const { existsSync, readdirSync } = await import('node:fs');
    const dir = tempDir();
    const out = path.join(dir, 'result.json');
    const child = spawn(process.execPath, [BIN, 'score', (data ??= bigData(60000)), '--scale', SCALE, '--format', 'json', '--out', out], { cwd: REPO, env: childEnv(), stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 600 && !readdirSync(dir).some((f) => f.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(true);
    child.kill(signal);
    const code = await exited;
    return { code, left: readdirSync(dir), target: existsSync(out) };
  }

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s while writing --out removes the temporary file and exits %i', async (signal, code) => {
    const run = await signalled(signal);
    expect(run.left).toEqual([]);
    expect(run.code).toBe(code);
  }, 60_000);

  it('--force keeps the mode of the file it replaces (a private 0600 file stays private)', async () => {
    const { chmodSync } = await import('node:fs');
    const out = path.join(tempDir(), 'report.md');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    const run = spawnSync(process.execPath, [BIN, 'report', 'examples/moss/moss-2025-03-11-ekstern.yaml', '--out', out, '--force'], { cwd: REPO, env: childEnv(), encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });
});

describe('escape sequences from the data on a terminal', () => {
  /** Data whose team name writes the clipboard (OSC 52) and whose note resets the terminal (ESC c). */
  function hostile(): string {
    const file = path.join(tempDir(), 'data.csv');
    writeFileSync(file, 'team,date,rater,h1,h2,s1,t1\n"Moss\u001b]52;c;ZXZpbA==\u0007",2026-10-15,konsensus,2,2,2,2\n"Oslo\u001bc",2026-10-15,konsensus,2,2,2,2\n');
    return file;
  }

  /** The bytes the binary sends to a terminal: stdout a pseudo-terminal, through script(1). */
  function onTerminal(args: string[]): string {
    requireFreshBuild();
    const command = [process.execPath, BIN, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    const run = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], { cwd: REPO, env: childEnv(), encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    return run.stdout;
  }

  it.each([
    ['CSV', ['report', '--format', 'csv']],
    ['Markdown', ['report', '--format', 'md']],
    ['streamed CSV of score', ['score', '--format', 'csv']],
  ])('%s on a terminal shows them escaped', (_name, [command, ...options]) => {
    const shown = onTerminal([command!, hostile(), '--scale', SCALE, ...options]);
    expect(shown).not.toContain('\u001b');
    expect(shown).not.toContain('\u0007');
    expect(shown).toContain('Moss\\x1b');
    expect(shown).toContain('Oslo\\x1bc');
  });

  it('a pipe gets the bytes as they are', () => {
    const run = spawnSync(process.execPath, [BIN, 'report', hostile(), '--scale', SCALE, '--format', 'csv'], { cwd: REPO, env: childEnv(), encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Moss\u001b]52;c;ZXZpbA==\u0007');
    expect(run.stdout).toContain('\r\n');
  });
});
