// The real binary in a real pseudo-terminal (tmux): answer items of pathways-hf, press Ctrl-C, check the
// file kept them; resume in Norwegian and answer to the end; check the file scores as `score` says.
// Also the refusal without a terminal. Needs a built dist/ (npm run build) and tmux; fails if either is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAssessmentFile, toAssessment } from '../../src/input/read-assessment-file.js';
import { loadScale } from '../../src/input/load-scale.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { newest } from '../helpers/run-cli.js';
import { tempDir } from './scripted-prompter.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/hf-fidelity.js');
const SOCKET = `hf-assess-test-${process.pid}`;
const WIDTH = 100;
const HEIGHT = 40;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
}


beforeAll(() => {
  const probe = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error('tmux is needed for the pseudo-terminal test of `assess` and was not found: install it (apt-get install tmux) and run again.');
  }
  const built = path.join(ROOT, 'dist/session/session.js');
  if (!existsSync(built) || statSync(built).mtimeMs < newest(path.join(ROOT, 'src/session'))) {
    throw new Error('dist/ is missing or older than src/session: run `npm run build` before this test (npm test does).');
  }
});

afterAll(() => {
  spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
});

class Terminal {
  constructor(readonly name: string) {}

  /** Start `assess` with these arguments in `dir`; the pane stays open after it ends, showing its exit code. */
  static start(name: string, dir: string, args: string[], env = ''): Terminal {
    const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const command = `cd '${dir}' && env -u LC_ALL -u LC_MESSAGES ${env} node '${BIN}' assess ${quoted}; echo "EXIT=$?"; sleep 600`;
    tmux('new-session', '-d', '-s', name, '-x', String(WIDTH), '-y', String(HEIGHT), command);
    return new Terminal(name);
  }

  /** The visible screen, or with `history` everything since the start. */
  screen(history = false): string {
    return tmux('capture-pane', '-p', '-J', '-t', this.name, ...(history ? ['-S', '-2000'] : []));
  }

  send(...keys: string[]): void {
    tmux('send-keys', '-t', this.name, ...keys);
  }

  type(text: string): void {
    tmux('send-keys', '-t', this.name, '-l', text);
  }

  /** Poll the screen until `what` appears; fail with the screen after `timeout` ms. */
  async waitFor(what: string | RegExp, timeout = 15_000, history = false): Promise<string> {
    const until = Date.now() + timeout;
    for (;;) {
      const screen = this.screen(history);
      if (typeof what === 'string' ? screen.includes(what) : what.test(screen)) return screen;
      if (Date.now() > until) throw new Error(`waited ${timeout} ms for ${String(what)}; the screen shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 80));
    }
  }

  /** Choose a score: one key, its digit (nothing is marked before, and the digit answers at once). */
  async choose(score: number): Promise<void> {
    // The list is drawn (its key help under it) before any key is sent.
    await this.waitFor('↑↓');
    this.send(String(score));
  }

  /** Choose a choice that has no digit (N/A): down the list with the arrows, then Enter. */
  async chooseByArrows(downs: number, text: string): Promise<void> {
    await this.waitFor('↑↓');
    for (let i = 0; i < downs; i++) this.send('Down');
    await this.waitFor(new RegExp(`❯ ${text.replace('/', '\\/')} `));
    this.send('Enter');
  }

  kill(): void {
    spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', this.name]);
  }
}

const { scale } = await loadScale('pathways-hf');

describe('assess in a terminal', () => {
  it('saves each answer, stops on Ctrl-C, resumes where it stopped, and scores as `score` does', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'moss.yaml');

    // First sitting, in English: four items, then Ctrl-C at the fifth.
    const first = Terminal.start('first', dir, ['--lang', 'en', '--scale', 'pathways-hf', '--team', 'Housing First Moss', '--date', '2026-10-15', '--kind', 'self', '--out', 'moss.yaml']);
    try {
      // Not given, so asked: no raters means the team agrees one score per item.
      await first.waitFor('Raters (optional):');
      first.send('Enter');
      await first.waitFor('Press Enter to start');
      first.send('Enter');
      const card = await first.waitFor(/hcs1 · Housing choice[\s\S]*↑↓/);
      // Every score is shown with its anchor beside it, wrapped to the terminal.
      expect(card).toContain('4  Participants choose home and neighbourhood themselves and can turn down offers without any');
      expect(card).toContain('Domain 1 of 5: Housing choice and structure');
      expect(card).toContain('Item 1 of 38');
      // Enter with nothing chosen records nothing: the list says so and waits.
      await first.waitFor('↑↓');
      first.send('Enter');
      await first.waitFor('No score is chosen yet: type one, or move to it with ↑↓');
      await first.choose(4);
      await first.waitFor('Rationale, shown in the report');
      first.type('All choose their own homes');
      first.send('Enter');
      await first.waitFor('Note or evidence');
      first.type('Tenants choose; we checked five files');
      first.send('Enter');
      await first.waitFor('hcs2 · ');
      await first.choose(2);
      await first.waitFor('Rationale, shown in the report');
      first.send('Enter');
      await first.waitFor('Note or evidence');
      first.send('Enter');
      await first.waitFor('hcs3 · ');
      await first.choose(3);
      await first.waitFor('Rationale, shown in the report');
      first.send('Enter');
      await first.waitFor('Note or evidence');
      first.send('Enter');
      // hcs4 is rated after housing benefit and social assistance and may not be N/A: no N/A in its list.
      const hcs4 = await first.waitFor(/hcs4 · Affordable housing[\s\S]*↑↓/);
      expect(hcs4).not.toContain('N/A  Not applicable to this team');
      await first.choose(3);
      await first.waitFor('Rationale, shown in the report');
      first.send('Enter');
      await first.waitFor('Note or evidence');
      first.type('Housing benefit applied for everyone');
      first.send('Enter');
      await first.waitFor('hcs5 · ');
      await first.waitFor('Score:');
      first.send('C-c');
      const stopped = await first.waitFor('EXIT=130', 15_000, true);
      expect(stopped.replace(/\s+/g, ' ')).toContain('Every answer so far is saved in moss.yaml (4 of 38 items answered)');
      expect(stopped).toContain('  hf-fidelity assess --out moss.yaml');
    } finally {
      first.kill();
    }

    const parsed = await parseAssessmentFile(file);
    expect(parsed.data.status).toBe('in-progress');
    expect(parsed.data.ratings).toEqual({
      hcs1: { score: 4, rationale: 'All choose their own homes', note: 'Tenants choose; we checked five files' },
      hcs2: { score: 2 },
      hcs3: { score: 3 },
      hcs4: { score: 3, note: 'Housing benefit applied for everyone' },
    });

    // Second sitting, in Norwegian and without colour: from hcs5 to the end.
    const pattern = [3, 4, 2, 3, 1, 4, 4, 3];
    const expected: Record<string, number> = { hcs1: 4, hcs2: 2, hcs3: 3, hcs4: 3 };
    const second = Terminal.start('second', dir, ['--lang', 'nb', '--out', 'moss.yaml'], 'NO_COLOR=1');
    try {
      await second.waitFor('Trykk Enter for å fortsette med hcs5');
      second.send('Enter');
      for (const [i, item] of scale.items.slice(4).entries()) {
        await second.waitFor(`${item.id} · `);
        if (item.id === 'shs4') {
          // shs4 (a new home after a lost one) may be N/A, so its list offers it.
          await second.waitFor('N/A  ');
          // Four scores, then N/A: five steps down from nothing marked.
          await second.chooseByArrows(5, 'N/A');
        } else {
          const score = pattern[i % pattern.length]!;
          expected[item.id] = score;
          await second.choose(score);
        }
        await second.waitFor('Begrunnelse, vises i rapporten');
        second.send('Enter');
        await second.waitFor('Notat eller dokumentasjon');
        second.send('Enter');
      }
      await second.waitFor('Vil dere endre noen av indikatorene?');
      second.send('n', 'Enter');
      await second.waitFor('Vil dere skrive hovedbudskap, styrker, anbefalinger eller hindringer nå?');
      second.send('n', 'Enter');
      await second.waitFor('tiltaksplan');
      second.send('n', 'Enter');
      const end = await second.waitFor('EXIT=0', 15_000, true);
      expect(end).toContain('Totalskår:');
      expect(end).toContain('hf-fidelity report moss.yaml --format pdf --out moss.pdf');
    } finally {
      second.kill();
    }

    const done = await parseAssessmentFile(file);
    expect(done.data.status).toBe('complete');
    const { assessment } = toAssessment(done, scale);
    const result = scoreAssessment(scale, assessment);
    // By hand: the mean of every score given (shs4 is N/A).
    const scores = Object.values(expected);
    expect(result.overall.rated).toBe(37);
    expect(result.overall.na).toBe(1);
    expect(result.overall.score).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 10);

    // The `score` command reads the same file to the same numbers.
    const json = execFileSync('node', [BIN, 'score', 'moss.yaml', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    const scored = JSON.parse(json) as { assessments: { overall: { score: number; level: string }; domains: { id: string; score: number }[] }[] };
    expect(scored.assessments[0]!.overall.score).toBeCloseTo(result.overall.score!, 12);
    expect(scored.assessments[0]!.overall.level).toBe(result.overall.level);
    expect(scored.assessments[0]!.domains.map((d) => [d.id, d.score])).toEqual(result.domains.map((d) => [d.id, d.score]));
  }, 180_000);

  // The binary reads whether stdin is a terminal from the process: spawned once with stdin a pipe.
  // The other languages of the same message in-process, with stdin said not to be a terminal.
  it('refuses without a terminal and points to template and score (en, the binary with stdin a pipe)', () => {
    const run = spawnSync('node', [BIN, 'assess', '--lang', 'en'], { input: '\n', encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('needs a terminal');
    expect(run.stderr).toContain('hf-fidelity template');
    expect(run.stderr).toContain('hf-fidelity score');
  });

  it.each([
    ['nb', 'trenger en terminal'],
    ['da', 'kræver en terminal'],
  ])('refuses without a terminal and points to template and score (%s, in-process)', async (lang, words) => {
    const run = await runInProcess(['assess', '--lang', lang], { stdinIsTTY: false });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(words);
    expect(run.stderr).toContain('hf-fidelity template');
    expect(run.stderr).toContain('hf-fidelity score');
  });
});
