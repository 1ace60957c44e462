// `assess` as a team meeting runs it (SPEC 12), through the built binary in tmux: hf-principles with two
// raters in Norwegian, last round's file beside it. Follow-up of last round's plan, last round's score
// on every item, the consensus taken without asking where the raters agree, a flagged disagreement, a
// rationale, key messages and an action on a high-scoring item; then the report. Keystrokes are
// counted per item: two raters who agree take four (score, score, Enter past the rationale, Enter past
// the note). Needs tmux and a built dist/ (npm test builds first).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAssessmentFile } from '../../src/input/read-assessment-file.js';
import { REPO } from '../helpers/run-cli.js';
import { tempDir } from './scripted-prompter.js';

const SOCKET = `hf-review-tty-${process.pid}`;
const NAME = 'meeting';
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterAll(() => {
  spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
});

let keys = 0;
const send = (...k: string[]) => {
  keys += k.length;
  tmux('send-keys', '-t', NAME, ...k);
};
/** A text typed counts as one keystroke: what is counted is the steps, not the letters. */
const type = (text: string) => {
  keys += 1;
  tmux('send-keys', '-t', NAME, '-l', text);
};
const screen = () => tmux('capture-pane', '-p', '-J', '-t', NAME);

async function waitFor(what: string, timeout = 15_000): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const shown = screen();
    if (shown.includes(what)) return shown;
    if (Date.now() > until) throw new Error(`waited ${timeout} ms for "${what}"; the screen shows:\n${shown}`);
    await sleep(60);
  }
}

/** Wait for a question, and a moment for the prompt to be ready for keys. */
async function question(what: string): Promise<string> {
  const shown = await waitFor(what);
  await sleep(100);
  return shown;
}

describe('assess in a team meeting (nb, two raters, last round beside it)', () => {
  it('follows up, shows last scores, agrees without asking, flags a spread, and takes the review words', async () => {
    const dir = await tempDir();
    const scale = (JSON.parse(readFileSync(path.join(REPO, 'dist/scales/hf-principles.json'), 'utf8')) as { scale: { version: string; items: { id: string }[] } }).scale;
    const ids = scale.items.map((item) => item.id);
    // Last round: every item scored by the rule 1, 2, 3, 4, ...; two actions.
    writeFileSync(
      path.join(dir, 'rana-2026-04.yaml'),
      [
        'hfFidelityAssessment: 1',
        `scale: { id: hf-principles, version: "${scale.version}" }`,
        'team: Housing First Rana',
        'date: 2026-04-15',
        'kind: self',
        'status: complete',
        'raters: []',
        'ratings:',
        ...ids.map((id, i) => `  ${id}: { score: ${1 + (i % 4)} }`),
        'actions:',
        `  - { item: ${ids[2]}, action: Ansette en erfaringskonsulent }`,
        '  - { action: Ukentlige teammøter }',
        '',
      ].join('\n'),
    );
    const bin = path.join(REPO, 'bin/hf-fidelity.js');
    const command = `cd '${dir}' && env -u LC_ALL -u LC_MESSAGES NO_COLOR=1 node '${bin}' assess --lang nb --scale hf-principles --team 'Housing First Rana' --date 2026-10-15 --kind self --rater Anne --rater Bjørn --out rana-2026-10.yaml; echo "EXIT=$?"; sleep 600`;
    tmux('new-session', '-d', '-s', NAME, '-x', '110', '-y', '45', command);

    const intro = await question('Trykk Enter for å begynne');
    expect(intro.replace(/\s+/g, ' ')).toContain('Forrige vurdering (15.04.2026, rana-2026-04.yaml) ligger i denne mappen');
    send('Enter');
    await question('Forrige tiltaksplan (15.04.2026) har 2 tiltak. Følge dem opp nå?');
    send('Enter');
    await question('Hvor langt har det kommet?');
    send('Enter'); // gjennomført, the first choice
    await question('Et ord om det');
    type('Ansatt i september');
    send('Enter');
    await question('Hvor langt har det kommet?');
    send('Down', 'Enter'); // påbegynt
    await question('Et ord om det');
    send('Enter');

    const perItem: { id: string; keys: number; agree: boolean }[] = [];
    for (const [i, id] of ids.entries()) {
      const card = await waitFor(`${id} · `);
      await question('Skår fra Anne');
      // Last round's score with every item, by the rule it was written with.
      expect(card).toContain(`Forrige gang (15.04.2026): ${1 + (i % 4)}`);
      const before = keys;
      // Item 6 (re2): 2 and 4, two apart; item 10: 3 and 4; the rest agree.
      const [anne, bjorn] = i === 5 ? [2, 4] : i === 9 ? [3, 4] : i % 3 === 0 ? [4, 4] : [3, 3];
      send(String(anne));
      await question('Skår fra Bjørn');
      send(String(bjorn));
      if (anne !== bjorn) {
        const consensus = await question('Felles skår (snitt');
        if (i === 5) expect(consensus).toContain('Vurdererne er 2 poeng fra hverandre: drøft det før dere blir enige om en skår.');
        send(i === 5 ? '3' : '4');
      }
      await question('Begrunnelse, vises i rapporten');
      if (i === 0) type('Alle deltakerne har egen leiekontrakt.');
      send('Enter');
      if (i === 5) {
        await question('Notat, må fylles ut: vurdererne var 2 poeng fra hverandre');
        type('Vi drøftet journalene og ble enige om 3.');
        send('Enter');
      } else {
        await question('Notat eller dokumentasjon');
        send('Enter');
      }
      perItem.push({ id, keys: keys - before, agree: anne === bjorn });
    }
    await question('Vil dere endre noen av indikatorene?');
    send('Enter');
    await question('Vil dere skrive hovedbudskap, styrker, anbefalinger eller hindringer nå?');
    send('j', 'Enter');
    await question('Hovedbudskap 1');
    type('Teamet gir bolig uten krav, og deltakerne blir boende.');
    send('Enter');
    await question('Hovedbudskap 2');
    send('Enter');
    await question('Styrke 1');
    send('Enter');
    await question('Anbefaling 1');
    send('Enter');
    await question('Hindring 1');
    send('Enter');
    await question('tiltaksplan');
    send('j', 'Enter');
    await question('Tiltak for hvilken indikator?');
    for (let k = 0; k < 12; k++) send('Down');
    await waitFor('❯ En annen indikator');
    send('Enter');
    // hr1, scored 4 by both: a high score to keep, not one of the lowest.
    await question('← tilbake');
    send('Down');
    await waitFor('❯ hr1');
    send('Enter');
    await question('Hva skal teamet gjøre?');
    type('Holde på egne leiekontrakter for alle');
    send('Enter');
    await question('Hvem er ansvarlig?');
    send('Enter');
    await question('Ferdig innen');
    send('Enter');
    await question('Tiltak for hvilken indikator?');
    for (let k = 0; k < 14; k++) send('Up');
    await sleep(200);
    send('Enter');
    await waitFor('EXIT=0', 20_000);

    // Two raters who agree: four keystrokes an item (the one with a rationale typed: five).
    const agreeing = perItem.filter((p) => p.agree && p.id !== ids[0]);
    expect(agreeing.length).toBe(29);
    expect(agreeing.every((p) => p.keys === 4)).toBe(true);

    const { data } = await parseAssessmentFile(path.join(dir, 'rana-2026-10.yaml'));
    expect(data.status).toBe('complete');
    expect(data.followUp).toEqual([
      { from: '2026-04-15', item: ids[2], action: 'Ansette en erfaringskonsulent', status: 'done', note: 'Ansatt i september' },
      { from: '2026-04-15', action: 'Ukentlige teammøter', status: 'started' },
    ]);
    expect(data.ratings![ids[0]!]).toEqual({ score: 4, raters: { Anne: 4, Bjørn: 4 }, rationale: 'Alle deltakerne har egen leiekontrakt.' });
    expect(data.ratings![ids[5]!]).toEqual({ score: 3, raters: { Anne: 2, Bjørn: 4 }, note: 'Vi drøftet journalene og ble enige om 3.' });
    expect(data.keyMessages).toEqual(['Teamet gir bolig uten krav, og deltakerne blir boende.']);
    expect(data.actions).toEqual([{ item: 'hr1', action: 'Holde på egne leiekontrakter for alle' }]);

    // The report of both rounds: key messages on page one of the new round, the follow-up after it.
    const pdf = path.join(dir, 'rapport.pdf');
    execFileSync('node', [bin, 'report', 'rana-2026-04.yaml', 'rana-2026-10.yaml', '--lang', 'nb', '--format', 'pdf', '--out', pdf], { cwd: dir });
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Teamet gir bolig uten krav, og deltakerne blir boende.');
    expect(text).toContain('Oppfølging av forrige tiltaksplan: 1 av 2 tiltak gjennomført.');
    expect(text).toContain('Begrunnelse: Alle deltakerne har egen leiekontrakt.');
  }, 240_000);
});
