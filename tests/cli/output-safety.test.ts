// Where output may go: never replacing without --force, never a device, never a half-written file,
// and a clear message for a folder, a missing parent, a read-only place and a full disk. Commands
// run in-process (tests/helpers/run-in-process.ts); the closed pipe needs the real binary.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { requireFreshBuild, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const SCALE = 'tests/fixtures/scales/own-certification.yaml';

function dataFile(): string {
  const dir = tempDir();
  const file = path.join(dir, 'data.csv');
  writeFileSync(file, 'team,date,rater,h1,h2,s1,t1\nMoss,2026-10-15,konsensus,5,4,8,3\n');
  return file;
}

/** A small tmpfs at `dir`, read-only or tiny; null where this machine does not allow mounting. */
function mountTmpfs(dir: string, options: string): boolean {
  mkdirSync(dir, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status === 0;
}

describe('--out', () => {
  it('creates missing parent folders', async () => {
    const out = path.join(tempDir(), 'a', 'b', 'report.md');
    const run = await runInProcess(['report', dataFile(), '--scale', SCALE, '--out', out]);
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Moss');
  });

  it('refuses a folder, naming a file to use instead', async () => {
    const dir = tempDir();
    const run = await runInProcess(['report', dataFile(), '--scale', SCALE, '--out', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--out names a folder');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a device even with --force (it would be replaced)', async () => {
    const run = await runInProcess(['score', dataFile(), '--scale', SCALE, '--out', '/dev/null', '--force']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('device or a pipe');
    expect(existsSync('/dev/null')).toBe(true);
  });

  it('keeps an existing file unless --force is given', async () => {
    const out = path.join(tempDir(), 'r.md');
    writeFileSync(out, 'keep me');
    expect((await runInProcess(['report', dataFile(), '--scale', SCALE, '--out', out])).status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await runInProcess(['report', dataFile(), '--scale', SCALE, '--out', out, '--force'])).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Moss');
  });

  it('says so when the disk is full, and leaves no file behind', async () => {
    const dir = path.join(tempDir(), 'full');
    const mounted = mountTmpfs(dir, 'size=16k');
    const out = mounted ? path.join(dir, 'report.pdf') : '/proc/hf-fidelity/report.pdf';
    const run = await runInProcess(['report', dataFile(), '--scale', SCALE, '--format', 'pdf', '--out', out]);
    if (mounted) {
      const left = readdirSync(dir);
      spawnSync('umount', [dir]);
      expect(run.stderr).toContain('the disk is full');
      expect(left).toEqual([]);
    } else {
      expect(run.stderr).toContain('report.pdf: error:');
    }
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('says so when the place is read-only', async () => {
    const dir = path.join(tempDir(), 'ro');
    const mounted = mountTmpfs(dir, 'ro,size=16k');
    const out = mounted ? path.join(dir, 'r.md') : '/proc/r.md';
    const run = await runInProcess(['report', dataFile(), '--scale', SCALE, '--out', out]);
    if (mounted) spawnSync('umount', [dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(mounted ? /read-only/ : /error:/);
  });
});

describe('stdout', () => {
  it('stops quietly when the reader closes the pipe early (| head)', () => {
    requireFreshBuild();
    const dir = tempDir();
    const file = path.join(dir, 'many.csv');
    const rows = ['team,date,rater,h1,h2,s1,t1'];
    for (let i = 0; i < 3000; i++) rows.push(`Team ${i},2026-10-15,konsensus,5,4,8,3`);
    writeFileSync(file, `${rows.join('\n')}\n`);
    const run = spawnSync('sh', ['-c', `node bin/hf-fidelity.js score ${file} --scale ${SCALE} --format json | head -c 10 >/dev/null`], {
      cwd: path.resolve(__dirname, '../..'),
      encoding: 'utf8',
    });
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
