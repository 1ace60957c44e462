// Two `assess` sessions on one file, each the real binary in a real pseudo-terminal (tmux): the second
// is refused (exit 2, naming the process that holds the file) while the first runs, and starts once it
// has ended; a lock left by a process that has gone is taken over; a file changed under a session is
// never overwritten nor reported saved. Also: --out must be a YAML file name.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from './scripted-prompter.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/hf-fidelity.js');
const SOCKET = `hf-assess-lock-${process.pid}`;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
}

afterAll(() => {
  spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
});

class Terminal {
  constructor(readonly name: string) {}

  static start(name: string, dir: string, args: string[]): Terminal {
    const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const command = `cd '${dir}' && env -u LC_ALL -u LC_MESSAGES NO_COLOR=1 LANG=C.UTF-8 node '${BIN}' assess ${quoted}; echo "EXIT=$?"; sleep 600`;
    // A server whose last session was just killed may still be going away: then start it again.
    for (let attempt = 0; ; attempt++) {
      try {
        tmux('new-session', '-d', '-s', name, '-x', '100', '-y', '40', command);
        return new Terminal(name);
      } catch (error) {
        if (attempt >= 5) throw error;
        spawnSync('sleep', ['0.2']);
      }
    }
  }

  screen(): string {
    return tmux('capture-pane', '-p', '-J', '-t', this.name, '-S', '-2000');
  }

  send(...keys: string[]): void {
    tmux('send-keys', '-t', this.name, ...keys);
  }

  async waitFor(what: string | RegExp, timeout = 15_000): Promise<string> {
    const until = Date.now() + timeout;
    for (;;) {
      const screen = this.screen();
      if (typeof what === 'string' ? screen.includes(what) : what.test(screen)) return screen;
      if (Date.now() > until) throw new Error(`waited ${timeout} ms for ${String(what)}; the screen shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 80));
    }
  }

  /** One key: the digit answers at once. */
  async choose(score: number): Promise<void> {
    await this.waitFor('↑↓');
    this.send(String(score));
  }

  kill(): void {
    spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', this.name]);
  }
}

const ARGS = ['--lang', 'en', '--scale', 'pathways-hf', '--team', 'Housing First Moss', '--date', '2026-10-15', '--kind', 'self', '--rater', 'Anne', '--out', 'moss.yaml'];

/** A session started on moss.yaml in `dir`, at its first item's list. */
async function atFirstItem(name: string, dir: string, args = ARGS): Promise<Terminal> {
  const term = Terminal.start(name, dir, args);
  await term.waitFor('Press Enter to start');
  term.send('Enter');
  await term.waitFor(/hcs1 · [\s\S]*↑↓/);
  return term;
}

describe('one assess session per file', () => {
  it('refuses a second session while the first runs, naming its process; lets one in after', async () => {
    const dir = await tempDir();
    const first = await atFirstItem('first', dir);
    try {
      await first.choose(4);
      await first.waitFor('? Rationale');
      first.send('Enter');
      await first.waitFor('? Note or evidence');
      first.send('Enter');
      await first.waitFor('hcs2 · ');
      // Made private after the first save: the saves that replace it keep it so.
      chmodSync(path.join(dir, 'moss.yaml'), 0o600);
      const pid = (JSON.parse(readFileSync(path.join(dir, 'moss.yaml.lock'), 'utf8')) as { pid: number }).pid;

      const second = Terminal.start('second', dir, ['--lang', 'en', '--out', 'moss.yaml']);
      try {
        const refused = await second.waitFor('EXIT=2');
        expect(refused.replace(/\s+/g, ' ')).toContain(`moss.yaml: error: this assessment is open in another assess session (process ${pid}); finish it there first, so no answer is lost`);
      } finally {
        second.kill();
      }

      // The first goes on saving as before.
      await first.choose(2);
      await first.waitFor('? Rationale');
      first.send('Enter');
      await first.waitFor('? Note or evidence');
      first.send('Enter');
      await first.waitFor('hcs3 · ');
      await first.waitFor('↑↓');
      first.send('C-c');
      await first.waitFor('EXIT=130');
    } finally {
      first.kill();
    }
    expect(readFileSync(path.join(dir, 'moss.yaml'), 'utf8')).toContain('hcs2: { score: 2 }');
    expect(existsSync(path.join(dir, 'moss.yaml.lock'))).toBe(false);
    expect(statSync(path.join(dir, 'moss.yaml')).mode & 0o777).toBe(0o600);

    // Ended, it holds nothing: the next session resumes.
    const third = Terminal.start('third', dir, ['--lang', 'en', '--out', 'moss.yaml']);
    try {
      await third.waitFor('Press Enter to go on with hcs3');
    } finally {
      third.kill();
    }
  }, 120_000);

  it('takes over a lock whose process has gone (a crash)', async () => {
    const dir = await tempDir();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(path.join(dir, 'moss.yaml.lock'), JSON.stringify({ pid: Number(gone.stdout), host: (await import('node:os')).hostname() }));
    const term = await atFirstItem('stale', dir);
    term.kill();
  }, 60_000);

  it('never saves over a file another program changed, and says the answer is not saved', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'moss.yaml');
    const term = await atFirstItem('changed', dir);
    try {
      const edited = readFileSync(file, 'utf8').replace('team: Housing First Moss', 'team: Housing First Moss (edited)');
      writeFileSync(file, edited);
      await term.choose(4);
      const screen = await term.waitFor('EXIT=2');
      expect(screen.replace(/\s+/g, ' ')).toContain('moss.yaml: error: the file was changed by another program since this session saved it, so this answer is not saved');
      expect(screen).not.toContain('Saved hcs1');
      expect(readFileSync(file, 'utf8')).toBe(edited);
    } finally {
      term.kill();
    }
  }, 60_000);
});

describe('assess --out', () => {
  it('must name a .yaml or .yml file', () => {
    const run = runCli(['assess', '--out', 'x.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('x.txt: error: assess writes an assessment file in YAML: give --out a name ending in .yaml or .yml, e.g. x.yaml\n');
  });
});
