// `assess` as a team meeting runs it (SPEC 12), through the built binary in tmux: hf-principles with two
// raters in Norwegian and in Danish, last round's file beside it. Follow-up of last round's plan, last round's score
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
/** The tmux session of the test running now (one per language). */
let NAME = 'meeting';
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

/** What the session says in each language, and what the team types. */
const WORDS = {
  nb: {
    start: 'Trykk Enter for å begynne',
    found: 'Forrige vurdering (15.04.2026, rana-2026-04.yaml) ligger i denne mappen',
    follow: 'Forrige tiltaksplan (15.04.2026) har 2 tiltak. Følge dem opp nå?',
    howFar: 'Hvor langt har det kommet?',
    word: 'Et ord om det',
    hired: 'Ansatt i september',
    scoreAnne: 'Skår fra Anne',
    scoreBjorn: 'Skår fra Bjørn',
    last: 'Forrige gang (15.04.2026): ',
    consensus: 'Felles skår (snitt',
    flag: 'Vurdererne er 2 poeng fra hverandre: drøft det før dere blir enige om en skår.',
    rationale: 'Begrunnelse, vises i rapporten',
    rat: 'Alle deltakerne har egen leiekontrakt.',
    needed: 'Notat, må fylles ut: vurdererne var 2 poeng fra hverandre',
    reason: 'Vi drøftet journalene og ble enige om 3.',
    note: 'Notat eller dokumentasjon',
    change: 'Vil dere endre noen av indikatorene?',
    review: 'Vil dere skrive hovedbudskap, styrker, anbefalinger eller hindringer nå?',
    key1: 'Hovedbudskap 1',
    km: 'Teamet gir bolig uten krav, og deltakerne blir boende.',
    key2: 'Hovedbudskap 2',
    str1: 'Styrke 1',
    rec1: 'Anbefaling 1',
    bar1: 'Hindring 1',
    plan: 'tiltaksplan',
    which: 'Tiltak for hvilken indikator?',
    other: '❯ En annen indikator',
    back: '← tilbake',
    action: 'Hva skal teamet gjøre?',
    act: 'Holde på egne leiekontrakter for alle',
    resp: 'Hvem er ansvarlig?',
    due: 'Ferdig innen',
    yes: 'j',
    hire: 'Ansette en erfaringskonsulent',
    weekly: 'Ukentlige teammøter',
    followDone: 'Oppfølging av forrige tiltaksplan: 1 av 2 tiltak gjennomført.',
    rationaleLabel: 'Begrunnelse: Alle deltakerne har egen leiekontrakt.',
  },
  da: {
    start: 'Tryk Enter for at begynde',
    found: 'Den forrige vurdering (15-04-2026, rana-2026-04.yaml) ligger i denne mappe',
    follow: 'Den forrige handlingsplan (15-04-2026) har 2 handlinger. Følge op på dem nu?',
    howFar: 'Hvor langt er den nået?',
    word: 'Et ord om den',
    hired: 'Ansat i september',
    scoreAnne: 'Score fra Anne',
    scoreBjorn: 'Score fra Bjørn',
    last: 'Sidste gang (15-04-2026): ',
    consensus: 'Fælles score (gennemsnit',
    flag: 'Bedømmerne er 2 point fra hinanden: drøft det, før I bliver enige om en score.',
    rationale: 'Begrundelse, vises i rapporten',
    rat: 'Alle borgere har egen lejekontrakt.',
    needed: 'Note, skal udfyldes: bedømmerne var 2 point fra hinanden',
    reason: 'Vi drøftede journalerne og blev enige om 3.',
    note: 'Note eller dokumentation',
    change: 'Vil I ændre nogle af indikatorerne?',
    review: 'Vil I skrive hovedbudskaber, styrker, anbefalinger eller barrierer nu?',
    key1: 'Hovedbudskab 1',
    km: 'Teamet giver bolig uden krav, og borgerne bliver boende.',
    key2: 'Hovedbudskab 2',
    str1: 'Styrke 1',
    rec1: 'Anbefaling 1',
    bar1: 'Barriere 1',
    plan: 'handlingsplan',
    which: 'Handling for hvilken indikator?',
    other: '❯ En anden indikator',
    back: '← tilbage',
    action: 'Hvad vil teamet gøre?',
    act: 'Fastholde egne lejekontrakter til alle',
    resp: 'Hvem er ansvarlig?',
    due: 'Færdig senest',
    yes: 'j',
    hire: 'Ansætte en peer-medarbejder',
    weekly: 'Ugentlige teammøder',
    followDone: 'Opfølgning af den forrige handlingsplan: 1 af 2 handlinger gennemført.',
    rationaleLabel: 'Begrundelse: Alle borgere har egen lejekontrakt.',
  },
} as const;

describe.each(['nb', 'da'] as const)('assess in a team meeting (%s, two raters, last round beside it)', (lang) => {
  const w = WORDS[lang];
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
        `  - { item: ${ids[2]}, action: ${w.hire} }`,
        `  - { action: ${w.weekly} }`,
        '',
      ].join('\n'),
    );
    const bin = path.join(REPO, 'bin/hf-fidelity.js');
    const command = `cd '${dir}' && env -u LC_ALL -u LC_MESSAGES NO_COLOR=1 node '${bin}' assess --lang ${lang} --scale hf-principles --team 'Housing First Rana' --date 2026-10-15 --kind self --rater Anne --rater Bjørn --out rana-2026-10.yaml; echo "EXIT=$?"; sleep 600`;
    NAME = `meeting-${lang}`;
    tmux('new-session', '-d', '-s', NAME, '-x', '110', '-y', '45', command);

    const intro = await question(w.start);
    expect(intro.replace(/\s+/g, ' ')).toContain(w.found);
    send('Enter');
    await question(w.follow);
    send('Enter');
    await question(w.howFar);
    send('Enter'); // done, the first choice
    await question(w.word);
    type(w.hired);
    send('Enter');
    await question(w.howFar);
    send('Down', 'Enter'); // started
    await question(w.word);
    send('Enter');

    const perItem: { id: string; keys: number; agree: boolean }[] = [];
    for (const [i, id] of ids.entries()) {
      const card = await waitFor(`${id} · `);
      await question(w.scoreAnne);
      // Last round's score with every item, by the rule it was written with.
      expect(card).toContain(`${w.last}${1 + (i % 4)}`);
      const before = keys;
      // Item 6 (re2): 2 and 4, two apart; item 10: 3 and 4; the rest agree.
      const [anne, bjorn] = i === 5 ? [2, 4] : i === 9 ? [3, 4] : i % 3 === 0 ? [4, 4] : [3, 3];
      send(String(anne));
      await question(w.scoreBjorn);
      send(String(bjorn));
      if (anne !== bjorn) {
        const consensus = await question(w.consensus);
        if (i === 5) expect(consensus).toContain(w.flag);
        send(i === 5 ? '3' : '4');
      }
      await question(w.rationale);
      if (i === 0) type(w.rat);
      send('Enter');
      if (i === 5) {
        await question(w.needed);
        type(w.reason);
        send('Enter');
      } else {
        await question(w.note);
        send('Enter');
      }
      perItem.push({ id, keys: keys - before, agree: anne === bjorn });
    }
    await question(w.change);
    send('Enter');
    await question(w.review);
    send(w.yes, 'Enter');
    await question(w.key1);
    type(w.km);
    send('Enter');
    await question(w.key2);
    send('Enter');
    await question(w.str1);
    send('Enter');
    await question(w.rec1);
    send('Enter');
    await question(w.bar1);
    send('Enter');
    await question(w.plan);
    send(w.yes, 'Enter');
    await question(w.which);
    for (let k = 0; k < 12; k++) send('Down');
    await waitFor(w.other);
    send('Enter');
    // hr1, scored 4 by both: a high score to keep, not one of the lowest.
    await question(w.back);
    send('Down');
    await waitFor('❯ hr1');
    send('Enter');
    await question(w.action);
    type(w.act);
    send('Enter');
    await question(w.resp);
    send('Enter');
    await question(w.due);
    send('Enter');
    await question(w.which);
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
      { from: '2026-04-15', item: ids[2], action: w.hire, status: 'done', note: w.hired },
      { from: '2026-04-15', action: w.weekly, status: 'started' },
    ]);
    expect(data.ratings![ids[0]!]).toEqual({ score: 4, raters: { Anne: 4, Bjørn: 4 }, rationale: w.rat });
    expect(data.ratings![ids[5]!]).toEqual({ score: 3, raters: { Anne: 2, Bjørn: 4 }, note: w.reason });
    expect(data.keyMessages).toEqual([w.km]);
    expect(data.actions).toEqual([{ item: 'hr1', action: w.act }]);

    // The report of both rounds: key messages on page one of the new round, the follow-up after it.
    const pdf = path.join(dir, 'rapport.pdf');
    execFileSync('node', [bin, 'report', 'rana-2026-04.yaml', 'rana-2026-10.yaml', '--lang', lang, '--format', 'pdf', '--out', pdf], { cwd: dir });
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(w.km);
    expect(text).toContain(w.followDone);
    expect(text).toContain(w.rationaleLabel);
  }, 240_000);
});
