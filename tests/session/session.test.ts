// The interactive session driven by scripted answers: a full run, N/A, skip and return, several
// raters with a consensus and a required note, Ctrl-C and resume, pausing, revising a complete file.
// Every saved file is read back the way `score` reads it, and scores are checked against hand sums.
import { writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAssess, EXIT_INTERRUPTED } from '../../src/session/run-assess.js';
import { parseAssessmentFile, parseAssessmentText, toAssessment } from '../../src/input/read-assessment-file.js';
import { loadScaleFile } from '../../src/input/load-scale.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { at, CTRL_C, ENTER, harness, readText, tempDir, TINY } from './scripted-prompter.js';

const { scale: tiny } = await loadScaleFile(TINY);

async function readBack(file: string) {
  const parsed = await parseAssessmentFile(file);
  const { assessment } = toAssessment(parsed, tiny);
  return { data: parsed.data, assessment, result: scoreAssessment(tiny, assessment) };
}

function statusOf(text: string): string | undefined {
  return parseAssessmentText(text, 'snapshot.yaml').data.status;
}

const domainScore = (result: ReturnType<typeof scoreAssessment>, id: string) => result.domains.find((d) => d.id === id)?.score;

describe('a whole assessment, the team agreeing one score per item', () => {
  it('asks what is not given, saves after every answer, offers skipped items again, and ends complete', async () => {
    const dir = await tempDir();
    const h = harness(
      [
        at(/Team name/, 'Housing First Moss'),
        at(/Date of the assessment/, ENTER),
        at(/Kind of assessment/, 'self'),
        at(/Raters/, ''),
        at(/Save the assessment in/, ENTER),
        at(/Press Enter to start/, ENTER),
        at(/^Score:/, 4),
        at(/^Rationale/, ENTER), at(/Note or evidence/, 'Tenants choose; we checked five files'),
        at(/^Score:/, 'na'),
        at(/^Rationale/, ENTER), at(/Note or evidence/, ENTER),
        at(/^Score:/, 'skip'),
        at(/^Score:/, 3),
        at(/^Rationale/, ENTER), at(/Note or evidence/, ENTER),
        at(/^Score:/, 4),
        at(/^Rationale/, ENTER), at(/Note or evidence/, ENTER),
        at(/What now/, 'rate'),
        at(/^Score:/, 1),
        at(/^Rationale/, ENTER), at(/Note or evidence/, ENTER),
        at(/change any item/, false),
        at(/key message/i, false), at(/action plan/, true),
        at(/Action for which item/, 'h3'),
        at(/What will the team do/, 'Ask the housing office for ordinary leases'),
        at(/responsible/, 'Kari'),
        at(/Done by/, '31.02.2027'),
        '01.03.2027',
        at(/Action for which item/, ''),
      ],
      dir,
    );
    const code = await runAssess({ scale: TINY }, h.env);
    expect(code).toBe(0);
    expect(h.prompter.remaining).toBe(0);

    const file = path.join(dir, 'housing-first-moss-2026-10-15.yaml');
    const { data, assessment, result } = await readBack(file);
    expect(data).toMatchObject({ team: 'Housing First Moss', date: '2026-10-15', kind: 'self', status: 'complete', raters: [] });
    expect(data.ratings).toEqual({
      h1: { score: 4, note: 'Tenants choose; we checked five files' },
      h2: { na: true },
      h3: { score: 1 },
      s1: { score: 3 },
      s2: { score: 4 },
    });
    expect(assessment.actions).toEqual([{ item: 'h3', action: 'Ask the housing office for ordinary leases', owner: 'Kari', due: '2027-03-01' }]);

    // By hand: rated 4, 1, 3, 4 (h2 is N/A) -> 12 / 4 = 3.0; housing (4 + 1) / 2 = 2.5; support (3 + 4) / 2 = 3.5.
    expect(result.overall.score).toBeCloseTo(3.0, 10);
    expect(result.overall).toMatchObject({ rated: 4, na: 1, missing: 0, level: 'fair' });
    expect(domainScore(result, 'housing')).toBeCloseTo(2.5, 10);
    expect(domainScore(result, 'support')).toBeCloseTo(3.5, 10);

    // Saved after every answer: the score before its note, the skip; every save but the last in progress.
    const statuses = h.writes.map(statusOf);
    expect(statuses.at(-1)).toBe('complete');
    expect(statuses.slice(0, -1).every((s) => s === 'in-progress')).toBe(true);
    const snapshots = h.writes.map((text) => parseAssessmentText(text, 'snapshot.yaml').data.ratings ?? {});
    expect(snapshots).toContainEqual({ h1: { score: 4 } });
    expect(snapshots.some((r) => r.h3?.skipped === true)).toBe(true);
    // The first save comes before any question about items, so a Ctrl-C at item one can be resumed.
    expect(snapshots[0]).toEqual({});

    // N/A is offered only where the item allows it.
    const scoreQuestions = h.prompter.asked.filter((a) => a.message === 'Score:');
    expect(scoreQuestions[0]!.choices).toEqual([1, 2, 3, 4, 'skip']);
    expect(scoreQuestions[1]!.choices).toEqual([1, 2, 3, 4, 'na', 'skip']);
    // A due date that is no date is refused, and asked again.
    expect(h.prompter.asked.find((a) => a.message.startsWith('Done by'))!.refused).toMatch(/YYYY-MM-DD/);

    const out = h.results.join('');
    expect(out).toContain('Overall score: 3.0 of 4 (67 %) · Fair fidelity');
    // TINY is a scale file, not a built-in: the command names it, or it would not find the scale.
    expect(out).toContain(`hf-fidelity report housing-first-moss-2026-10-15.yaml --scale ${TINY} --format pdf --out housing-first-moss-2026-10-15.pdf`);
    expect(h.said.join('')).toContain('Domain 2 of 2: Support');
    expect(h.said.join('')).toContain('Item 4 of 5');
  });
});

describe('several raters', () => {
  it('asks each rater, takes the consensus without asking when they agree, and asks it with no score marked when they do not', async () => {
    const dir = await tempDir();
    const h = harness(
      [
        at(/Press Enter to start/, ENTER),
        // h1: 4 and 3, mean 3.5 -> 4 suggested; Enter alone chooses nothing, so 4 is typed; a rationale.
        at(/Score from Anne/, 4),
        at(/Score from Bjørn/, 3),
        at(/Agreed score \(mean 3\.5 → 4\)/, ENTER),
        4,
        at(/^Rationale/, 'All chose their homes'),
        at(/Note or evidence/, ENTER),
        // h2: both say N/A: the consensus is N/A, without a question.
        at(/Score from Anne/, 'na'),
        at(/Score from Bjørn/, 'na'),
        at(/^Rationale/, ENTER),
        at(/Note or evidence/, ENTER),
        // h3: 1 and 3 (two apart: flagged), mean 2 -> the team agrees 3 instead, which needs a note.
        at(/Score from Anne/, 1),
        at(/Score from Bjørn/, 3),
        at(/mean 2\.0 → 2/, 3),
        at(/^Rationale/, ENTER),
        at(/Note, needed: why not 2, the rounded mean/, ''),
        'We read the leases together',
        // s1: 2 and 2: agreed without a question.
        at(/Score from Anne/, 2),
        at(/Score from Bjørn/, 2),
        at(/^Rationale/, ENTER),
        at(/Note or evidence/, ENTER),
        // s2: 4 and 2 (two apart), agreed 3, the rounded mean: the reason for the spread is still asked.
        at(/Score from Anne/, 4),
        at(/Score from Bjørn/, 2),
        at(/mean 3\.0 → 3/, 3),
        at(/^Rationale/, ENTER),
        at(/Note, needed: the raters were 2 points apart/, 'Weekly visits, but not every week'),
        at(/change any item/, false),
        at(/key message/i, false), at(/action plan/, false),
      ],
      dir,
    );
    const code = await runAssess(
      { scale: TINY, team: 'Rana', date: '2026-10-15', kind: 'external', rater: ['Anne', 'Bjørn'], out: 'rana.yaml' },
      h.env,
    );
    expect(code).toBe(0);
    expect(h.prompter.remaining).toBe(0);

    // Asked only where the raters differ, with no score marked.
    const consensus = h.prompter.asked.filter((a) => a.message.startsWith('Agreed score'));
    expect(consensus.map((a) => [a.message.match(/mean (\S+)/)?.[1], a.default])).toEqual([
      ['3.5', undefined],
      ['3.5', undefined],
      ['2.0', undefined],
      ['3.0', undefined],
    ]);
    expect(consensus[0]!.refused).toBe('no score chosen');
    // Every score question marks nothing until one is chosen.
    expect(h.prompter.asked.filter((a) => a.kind === 'select' && /Score from|Agreed/.test(a.message)).every((a) => a.score === true && a.default === undefined)).toBe(true);
    const said = h.said.join('');
    expect(said).toContain('Agreed score: N/A (every rater gave it; change it in the summary if need be)');
    expect(said).toContain('Agreed score: 2 – ');
    expect(said.match(/The raters are 2 points apart: talk it over before you agree a score\./g)).toHaveLength(2);
    const noteQuestion = h.prompter.asked.find((a) => a.message.startsWith('Note, needed: why not'))!;
    expect(noteQuestion.refused).toBe('Write a few words on why the team chose this score');

    const { data, result } = await readBack(path.join(dir, 'rana.yaml'));
    expect(data.raters).toEqual(['Anne', 'Bjørn']);
    expect(data.ratings).toEqual({
      h1: { score: 4, raters: { Anne: 4, Bjørn: 3 }, rationale: 'All chose their homes' },
      h2: { na: true, raters: { Anne: 'na', Bjørn: 'na' } },
      h3: { score: 3, raters: { Anne: 1, Bjørn: 3 }, note: 'We read the leases together' },
      s1: { score: 2, raters: { Anne: 2, Bjørn: 2 } },
      s2: { score: 3, raters: { Anne: 4, Bjørn: 2 }, note: 'Weekly visits, but not every week' },
    });
    // By hand: consensus 4, 3, 2, 3 -> 3.0. Agreement over h1 (1 apart), h3 (2), s1 (0), s2 (2):
    // exact 1 of 4, within one point 2 of 4, discuss h3 and s2.
    expect(result.overall.score).toBeCloseTo(3.0, 10);
    expect(result.agreement).toMatchObject({ raters: 2, compared: 4, discuss: ['h3', 's2'], applicability: [] });
    expect(result.agreement!.exact).toBeCloseTo(0.25, 10);
    expect(result.agreement!.adjacent).toBeCloseTo(0.5, 10);
    expect(result.items.find((i) => i.id === 'h1')!.rationale).toBe('All chose their homes');

    const out = h.results.join('');
    expect(out).toContain('Agreement between 2 raters');
    expect(out).toContain('Of 4 items scored by two or more: 25 % the same, 50 % within one point.');
    expect(out).toContain('h3, s2');
  });
});

describe('Ctrl-C and resuming', () => {
  it('keeps every answer given when Ctrl-C comes mid-item, prints how to go on, and resumes at that rater', async () => {
    const dir = await tempDir();
    const first = harness(
      [
        at(/Press Enter to start/, ENTER),
        at(/Score from Anne/, 4),
        at(/Score from Bjørn/, 4),
        at(/^Rationale/, ENTER), at(/Note or evidence/, 'Good choice'),
        at(/Score from Anne/, 2),
        at(/Score from Bjørn/, CTRL_C),
      ],
      dir,
    );
    const options = { scale: TINY, team: 'Grünerløkka', date: '2026-10-15', kind: 'self', rater: ['Anne', 'Bjørn'], out: 'grunerlokka.yaml' };
    expect(await runAssess(options, first.env)).toBe(EXIT_INTERRUPTED);
    expect(first.said.join('')).toContain('hf-fidelity assess --out grunerlokka.yaml');
    expect(first.said.join('').replace(/\s+/g, ' ')).toContain('(1 of 5 items answered)');

    const file = path.join(dir, 'grunerlokka.yaml');
    const stopped = await readBack(file);
    expect(stopped.data.status).toBe('in-progress');
    expect(stopped.data.ratings).toEqual({
      h1: { score: 4, raters: { Anne: 4, Bjørn: 4 }, note: 'Good choice' },
      h2: { raters: { Anne: 2 } },
    });

    // Resume with nothing but --out: the file says the rest.
    const second = harness(
      [
        at(/go on with h2 Rent support/, ENTER),
        at(/Score from Bjørn/, 4),
        // 2 and 4: two points apart, so the team agrees a score and says why.
        at(/mean 3\.0 → 3/, 3),
        at(/^Rationale/, ENTER), at(/Note, needed: the raters were 2 points apart/, 'Talked it over'),
        // 3 and 3: agreed without a question.
        ...['h3', 's1', 's2'].flatMap(() => [at(/Score from Anne/, 3), at(/Score from Bjørn/, 3), at(/^Rationale/, ENTER), at(/Note or evidence/, ENTER)]),
        at(/change any item/, false),
        at(/key message/i, false), at(/action plan/, false),
      ],
      dir,
    );
    expect(await runAssess({ out: 'grunerlokka.yaml' }, second.env)).toBe(0);
    expect(second.prompter.remaining).toBe(0);
    // Anne's earlier answer to h2 is kept, not asked again.
    expect(second.prompter.asked[1]!.message).toBe('Score from Bjørn:');
    expect(second.said.join('')).toContain('Anne: 2 – Partly implemented (given earlier)');

    const { data, result } = await readBack(file);
    expect(data.status).toBe('complete');
    expect(data.ratings!.h2).toEqual({ score: 3, raters: { Anne: 2, Bjørn: 4 }, note: 'Talked it over' });
    // By hand: 4, 3, 3, 3, 3 -> 16 / 5 = 3.2.
    expect(result.overall.score).toBeCloseTo(3.2, 10);
  });

  it('keeps the score when Ctrl-C comes at the note, and goes on at the next item', async () => {
    const dir = await tempDir();
    const options = { scale: TINY, team: 'Mandal', date: '2026-10-15', kind: 'self', rater: [], out: 'mandal.yaml' };
    const first = harness([at(/Press Enter/, ENTER), at(/^Score:/, 3), at(/^Rationale/, ENTER), at(/Note/, CTRL_C)], dir);
    expect(await runAssess(options, first.env)).toBe(EXIT_INTERRUPTED);
    expect((await readBack(path.join(dir, 'mandal.yaml'))).data.ratings).toEqual({ h1: { score: 3 } });

    const second = harness([at(/go on with h2/, ENTER), at(/^Score:/, CTRL_C)], dir);
    // Options that disagree with the file are set aside, and the user is told.
    expect(await runAssess({ out: 'mandal.yaml', team: 'Someone else', kind: 'self' }, second.env)).toBe(EXIT_INTERRUPTED);
    expect(second.said.join('')).toContain('Item 2 of 5');
    expect(second.said.join('').replace(/\s+/g, ' ')).toContain('these options are not used: --team');
    expect((await readBack(path.join(dir, 'mandal.yaml'))).data.team).toBe('Mandal');
  });

  it('asks again for a required note that Ctrl-C cut off, and only for it', async () => {
    const dir = await tempDir();
    const options = { scale: TINY, team: 'Moss', date: '2026-10-15', kind: 'external', rater: ['Anne', 'Bjørn'], out: 'moss.yaml' };
    const first = harness(
      [at(/Press Enter/, ENTER), at(/Anne/, 1), at(/Bjørn/, 2), at(/mean 1\.5 → 2/, 1), at(/^Rationale/, ENTER), at(/Note, needed: why not 2/, CTRL_C)],
      dir,
    );
    expect(await runAssess(options, first.env)).toBe(EXIT_INTERRUPTED);
    expect((await readBack(path.join(dir, 'moss.yaml'))).data.ratings).toEqual({ h1: { score: 1, raters: { Anne: 1, Bjørn: 2 } } });

    const second = harness([at(/go on with h1/, ENTER), at(/^Rationale/, ENTER), at(/Note, needed: why not 2/, 'Nobody could choose'), at(/Anne/, CTRL_C)], dir);
    expect(await runAssess({ out: 'moss.yaml' }, second.env)).toBe(EXIT_INTERRUPTED);
    expect(second.said.join('')).toContain('Agreed score: 1 – Not implemented (given earlier)');
    expect((await readBack(path.join(dir, 'moss.yaml'))).data.ratings!.h1).toEqual({ score: 1, raters: { Anne: 1, Bjørn: 2 }, note: 'Nobody could choose' });
  });

  it('says nothing was saved when Ctrl-C comes before the file exists', async () => {
    const dir = await tempDir();
    const h = harness([at(/Team name/, CTRL_C)], dir);
    expect(await runAssess({ scale: TINY }, h.env)).toBe(EXIT_INTERRUPTED);
    expect(h.said.join('')).toContain('Stopped. Nothing was saved.');
    expect(h.writes).toEqual([]);
  });
});

describe('skipped items', () => {
  it('lets the team stop with items skipped, then finish later with them missing', async () => {
    const dir = await tempDir();
    const options = { scale: TINY, team: 'Bodø', date: '2026-10-15', kind: 'self', rater: [], out: 'bodo.yaml' };
    const answer = (score: number) => [at(/^Score:/, score), at(/^Rationale/, ENTER), at(/Note/, ENTER)];
    const first = harness(
      [at(/Press Enter/, ENTER), ...answer(3), ...answer(2), at(/^Score:/, 'skip'), ...answer(3), ...answer(3), at(/What now/, 'pause')],
      dir,
    );
    expect(await runAssess(options, first.env)).toBe(0);
    expect(first.said.join('')).toContain(`To go on:\n  hf-fidelity assess --out bodo.yaml --scale ${TINY}\n`);
    expect((await readBack(path.join(dir, 'bodo.yaml'))).data).toMatchObject({ status: 'in-progress', ratings: { h3: { skipped: true } } });

    const second = harness(
      [at(/go on with h3/, ENTER), at(/What now/, 'rate'), at(/^Score:/, 'skip'), at(/What now/, 'finish'), at(/change any item/, false), at(/key message/i, false), at(/action plan/, false)],
      dir,
    );
    expect(await runAssess({ out: 'bodo.yaml' }, second.env)).toBe(0);
    const { data, result } = await readBack(path.join(dir, 'bodo.yaml'));
    expect(data.status).toBe('complete');
    // By hand: 3, 2, 3, 3 rated, h3 missing -> 11 / 4 = 2.75.
    expect(result.overall).toMatchObject({ rated: 4, missing: 1 });
    expect(result.overall.score).toBeCloseTo(2.75, 10);
    expect(second.results.join('')).toContain('1 item has no score');
  });
});

describe('a complete file', () => {
  const complete = `hfFidelityAssessment: 1
scale: { id: tiny-hf, version: "1.0" }
team: Mandal
date: 2026-05-01
kind: self
status: complete
raters: []
ratings:
  h1: { score: 4 }
  h2: { na: true, note: No rent support in Mandal }
  h3: { score: 2 }
  s1: { score: 3 }
  s2: { score: 4 }
actions:
  - { item: h3, action: Talk to the housing office }
`;

  it('offers to revise chosen items, keeps the rest, and ends complete again', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'mandal.yaml'), complete);
    const h = harness(
      [
        at(/This assessment is complete/, true),
        at(/Which item/, 'h2'),
        at(/^Score:/, 2),
        at(/^Rationale/, 'Rent support since the spring'),
        at(/Enter keeps it/, ENTER),
        at(/Change another item/, false),
        at(/key message/i, false), at(/action plan has 1/, false),
      ],
      dir,
    );
    expect(await runAssess({ out: 'mandal.yaml' }, h.env)).toBe(0);
    const h2 = h.prompter.asked.find((a) => a.message === 'Score:')!;
    expect(h2.default).toBe('na');
    expect(h2.choices).not.toContain('skip');

    const { data, result } = await readBack(path.join(dir, 'mandal.yaml'));
    expect(data.status).toBe('complete');
    expect(data.ratings!.h2).toEqual({ score: 2, rationale: 'Rent support since the spring', note: 'No rent support in Mandal' });
    expect(data.actions).toEqual([{ item: 'h3', action: 'Talk to the housing office' }]);
    // By hand: 4, 2, 2, 3, 4 -> 15 / 5 = 3.0.
    expect(result.overall.score).toBeCloseTo(3.0, 10);
  });

  it('removes a note when "-" is typed for it', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'mandal.yaml'), complete);
    const h = harness(
      [at(/complete/, true), at(/Which item/, 'h2'), at(/^Score:/, ENTER), at(/^Rationale/, ENTER), at(/- removes it/, '-'), at(/Change another/, false), at(/key message/i, false), at(/action plan/, false)],
      dir,
    );
    expect(await runAssess({ out: 'mandal.yaml' }, h.env)).toBe(0);
    expect((await readBack(path.join(dir, 'mandal.yaml'))).data.ratings!.h2).toEqual({ na: true });
  });

  it('when several raters change an item, starts the shared score at the one agreed before', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'rana.yaml'),
      complete
        .replace('team: Mandal', 'team: Rana')
        .replace('raters: []', 'raters: [Anne, Bjørn]')
        .replace('h1: { score: 4 }', 'h1: { score: 4, raters: { Anne: 4, Bjørn: 2 }, note: We saw it ourselves }'),
    );
    const h = harness(
      [
        at(/This assessment is complete/, true),
        at(/Which item/, 'h1'),
        at(/Score from Anne/, ENTER),
        at(/Score from Bjørn/, ENTER),
        at(/mean 3\.0 → 3/, ENTER),
        at(/^Rationale/, ENTER), at(/Note, needed: why not 3/, ENTER),
        at(/Change another item/, false),
        at(/key message/i, false), at(/action plan has 1/, false),
      ],
      dir,
    );
    expect(await runAssess({ out: 'rana.yaml' }, h.env)).toBe(0);
    // Each rater's list starts at their earlier score, the shared score at the one agreed before (not the mean's 3).
    expect(h.prompter.asked.filter((a) => a.kind === 'select').map((a) => a.default)).toEqual(['h1', 4, 2, 4]);
    const { data } = await readBack(path.join(dir, 'rana.yaml'));
    expect(data.ratings!.h1).toEqual({ score: 4, raters: { Anne: 4, Bjørn: 2 }, note: 'We saw it ourselves' });
  });

  it('leaves the file as it was when no revision is wanted, and shows its scores in the user\'s language', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'mandal.yaml');
    await writeFile(file, complete);
    const h = harness([at(/Denne vurderingen er ferdig/, false), at(/Vil dere skrive hovedbudskap/, false)], dir, 'nb');
    expect(await runAssess({ out: 'mandal.yaml' }, h.env)).toBe(0);
    expect(await readText(file)).toBe(complete);
    expect(h.writes).toEqual([]);
    // By hand: 4, 2, 3, 4 -> 3.25, shown to one decimal as the scale rounds for its levels.
    expect(h.results.join('')).toContain('Totalskår: 3,3 av 4 (75 %) · Middels modelltrofasthet');
    expect(h.results.join('')).toContain('Lag rapporten med:');
  });
});

describe('setting up', () => {
  it('refuses a --date that is not a date before asking anything', async () => {
    const dir = await tempDir();
    const h = harness([], dir);
    await expect(runAssess({ scale: TINY, date: '2026-13-01' }, h.env)).rejects.toMatchObject({ problems: [{ code: 'assess.badDate' }] });
    expect(h.prompter.asked).toEqual([]);
  });

  it('does not write over an existing file it was not asked to resume', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'vadso-2026-10-15.yaml'), 'something else\n');
    const h = harness(
      [at(/Team name/, 'Vadsø'), at(/Date/, ENTER), at(/Kind/, 'self'), at(/Raters/, ''), at(/Save the assessment in/, ENTER), at(/Save the assessment in/, 'vadso-second'), at(/Press Enter/, CTRL_C)],
      dir,
    );
    expect(await runAssess({ scale: TINY }, h.env)).toBe(EXIT_INTERRUPTED);
    expect(h.said.join('')).toContain('vadso-2026-10-15.yaml already exists');
    expect(await readText(path.join(dir, 'vadso-2026-10-15.yaml'))).toBe('something else\n');
    expect(existsSync(path.join(dir, 'vadso-second.yaml'))).toBe(true);
  });

  it('refuses "consensus" as a rater name, which the data files keep for the agreed score', async () => {
    const dir = await tempDir();
    const h = harness([at(/Team name/, 'Oslo'), at(/Date/, ENTER), at(/Kind/, 'external'), at(/Raters/, 'Anne, Konsensus'), 'Anne, Bjørn', at(/Save/, CTRL_C)], dir);
    expect(await runAssess({ scale: TINY }, h.env)).toBe(EXIT_INTERRUPTED);
    expect(h.prompter.asked.find((a) => a.message.startsWith('Raters'))!.refused).toContain('Konsensus');
  });
});

describe('the review at the end (SPEC 12)', () => {
  it('takes key messages, strengths, recommendations and barriers, and an action on a high-scoring item', async () => {
    const dir = await tempDir();
    const h = harness(
      [
        at(/Press Enter to start/, ENTER),
        ...[4, 3, 2, 3, 4].flatMap((score) => [at(/^Score:/, score), at(/^Rationale/, ENTER), at(/Note or evidence/, ENTER)]),
        at(/change any item/, false),
        at(/Write key messages, strengths, recommendations or barriers now/, true),
        at(/Key message 1/, 'Housing first, without conditions'),
        at(/Key message 2/, 'Too few small flats'),
        at(/Key message 3/, ENTER),
        at(/Strength 1/, 'Ordinary leases'),
        at(/Strength 2/, ENTER),
        at(/Recommendation 1/, ENTER),
        at(/Barrier 1 the team does not control alone/, 'Few small rental flats in the centre'),
        at(/At which level/, 'systemic'),
        at(/Who can remove it/, 'The housing office'),
        at(/Barrier 2/, ENTER),
        at(/action plan/, true),
        // h1 scores 4 of 4: not among the lowest, chosen through "another item".
        at(/Action for which item/, ' other'),
        at(/An action for which item/, 'h1'),
        at(/What will the team do/, 'Keep letting tenants choose'),
        at(/responsible/, ENTER),
        at(/Done by/, ENTER),
        at(/Action for which item/, ''),
      ],
      dir,
    );
    expect(await runAssess({ scale: TINY, team: 'Moss', date: '2026-10-15', kind: 'external', rater: [], out: 'moss.yaml' }, h.env)).toBe(0);
    expect(h.prompter.remaining).toBe(0);
    const { data, assessment } = await readBack(path.join(dir, 'moss.yaml'));
    expect(data.keyMessages).toEqual(['Housing first, without conditions', 'Too few small flats']);
    expect(data.strengths).toEqual(['Ordinary leases']);
    expect(data.recommendations).toEqual([]);
    expect(data.barriers).toEqual([{ text: 'Few small rental flats in the centre', level: 'systemic', owner: 'The housing office' }]);
    expect(assessment.actions).toEqual([{ item: 'h1', action: 'Keep letting tenants choose' }]);
  });

  it('keeps every part of a review file it revises: rationale, recommendation, review, key messages, barriers, follow-up, action status', async () => {
    const dir = await tempDir();
    const review = `hfFidelityAssessment: 1
scale: { id: tiny-hf, version: "1.0" }
team: Mandal
date: 2026-05-01
kind: external
status: complete
raters: []
ratings:
  h1: { score: 4, rationale: All chose their homes, recommendation: Keep it up }
  h2: { na: true }
  h3: { score: 2 }
  s1: { score: 3 }
  s2: { score: 4 }
actions:
  - { item: h3, action: Talk to the housing office, status: started }
review:
  visits: [2026-04-30]
  reviewers: [{ name: Kari Nilsen, role: reviewer }]
  limitations: One visit only
keyMessages: [Housing first, without conditions]
barriers:
  - { text: Few small flats, level: systemic, owner: The housing office, items: [h3] }
followUp:
  - { from: 2025-11-01, item: h3, action: Ask for ordinary leases, status: done, note: all have them }
`;
    await writeFile(path.join(dir, 'mandal.yaml'), review);
    const before = (await readBack(path.join(dir, 'mandal.yaml'))).data;
    const h = harness(
      [
        at(/This assessment is complete/, true),
        at(/Which item/, 's1'),
        at(/^Score:/, 4),
        at(/^Rationale/, ENTER),
        at(/Note or evidence/, ENTER),
        at(/Change another item/, false),
        at(/key message/i, false),
        at(/action plan has 1/, false),
      ],
      dir,
    );
    expect(await runAssess({ out: 'mandal.yaml' }, h.env)).toBe(0);
    const after = (await readBack(path.join(dir, 'mandal.yaml'))).data;
    // Only s1 changed; everything else is as it was read.
    expect(after.ratings!.s1).toEqual({ score: 4 });
    // (assess writes the empty lists of strengths and recommendations a file without them leaves out.)
    expect({ ...after, ratings: { ...after.ratings, s1: before.ratings!.s1 } }).toEqual({ ...before, strengths: [], recommendations: [] });
  });
});

describe('last round beside this one (SPEC 12)', () => {
  const previous = `hfFidelityAssessment: 1
scale: { id: tiny-hf, version: "1.0" }
team: Moss
date: 2025-10-01
kind: external
status: complete
raters: []
ratings:
  h1: { score: 2 }
  h2: { na: true }
  h3: { score: 3 }
  s1: { score: 1 }
actions:
  - { item: s1, action: Hire a peer worker }
  - { action: Weekly team meetings }
`;

  it('shows the score of last round with each item, and follows up its plan, status by status', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'moss-2025.yaml'), previous);
    // Another team's file and an in-progress one in the same folder are not last round.
    await writeFile(path.join(dir, 'rana.yaml'), previous.replace('team: Moss', 'team: Rana').replace('2025-10-01', '2026-01-01'));
    await writeFile(path.join(dir, 'moss-draft.yaml'), previous.replace('status: complete', 'status: in-progress').replace('2025-10-01', '2026-02-01'));
    const h = harness(
      [
        at(/Press Enter to start/, ENTER),
        at(/Last round's plan \(2025-10-01\) has 2 actions\. Follow them up now\?/, ENTER),
        at(/How far has it come/, 'done'),
        at(/A word on it/, 'Hired in September'),
        at(/How far has it come/, 'dropped'),
        at(/A word on it/, ENTER),
        ...[4, 3, 2, 3, 4].flatMap((score) => [at(/^Score:/, score), at(/^Rationale/, ENTER), at(/Note or evidence/, ENTER)]),
        at(/change any item/, false),
        at(/key message/i, false),
        at(/action plan/, false),
      ],
      dir,
    );
    expect(await runAssess({ scale: TINY, team: 'Moss', date: '2026-10-15', kind: 'external', rater: [], out: 'moss-2026.yaml' }, h.env)).toBe(0);
    expect(h.prompter.remaining).toBe(0);
    const said = h.said.join('');
    expect(said).toContain('The previous assessment (2025-10-01, moss-2025.yaml) is in this folder');
    expect(said).toContain('s1: Hire a peer worker');
    // Each item's card says how it scored last time.
    expect(said).toContain('Last time (2025-10-01): 2');
    expect(said).toContain('Last time (2025-10-01): N/A');
    expect(said).toContain('Last time (2025-10-01): not rated');
    const { data } = await readBack(path.join(dir, 'moss-2026.yaml'));
    expect(data.followUp).toEqual([
      { from: '2025-10-01', item: 's1', action: 'Hire a peer worker', status: 'done', note: 'Hired in September' },
      { from: '2025-10-01', action: 'Weekly team meetings', status: 'dropped' },
    ]);
  });
});

describe('found by review (SPEC 12 session)', () => {
  const options = { scale: TINY, team: 'Moss', date: '2026-10-15', kind: 'external', rater: ['Anne', 'Bjørn'], out: 'moss.yaml' };

  it('asks again for the reason of a spread of two points that Ctrl-C cut off', async () => {
    const dir = await tempDir();
    // 1 and 3, agreed 2 (the rounded mean): only the spread makes the note required.
    const first = harness([at(/Press Enter/, ENTER), at(/Anne/, 1), at(/Bjørn/, 3), at(/mean 2\.0 → 2/, 2), at(/^Rationale/, CTRL_C)], dir);
    expect(await runAssess(options, first.env)).toBe(EXIT_INTERRUPTED);
    const second = harness([at(/go on with h1/, ENTER), at(/^Rationale/, ENTER), at(/Note, needed: the raters were 2 points apart/, CTRL_C)], dir);
    expect(await runAssess({ out: 'moss.yaml' }, second.env)).toBe(EXIT_INTERRUPTED);
    expect(second.said.join('')).toContain('Agreed score: 2 – ');
  });

  const complete = `hfFidelityAssessment: 1
scale: { id: tiny-hf, version: "1.0" }
team: Mandal
date: 2026-05-01
kind: external
status: complete
raters: [Anne, Bjørn]
ratings:
  h1: { score: 4, raters: { Anne: 4, Bjørn: 4 } }
  h2: { score: 3, raters: { Anne: 3, Bjørn: 3 }, rationale: r2, recommendation: rec2, note: n2 }
  h3: { score: 4, raters: { Anne: 4, Bjørn: 4 } }
  s1: { score: 4, raters: { Anne: 4, Bjørn: 4 } }
  s2: { score: 4, raters: { Anne: 4, Bjørn: 4 } }
`;

  it('keeps the recommendation of an item the team changes', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'mandal.yaml'), complete);
    const h = harness(
      [
        at(/complete/, true),
        at(/Which item/, 'h2'),
        at(/Score from Anne/, 4),
        at(/Score from Bjørn/, 2),
        at(/Agreed score/, 3),
        at(/^Rationale/, ENTER),
        at(/Note/, ENTER),
        at(/Change another/, false),
        at(/key message/i, false),
        at(/Every item is at its highest score|action plan/, false),
      ],
      dir,
    );
    expect(await runAssess({ out: 'mandal.yaml' }, h.env)).toBe(0);
    expect((await readBack(path.join(dir, 'mandal.yaml'))).data.ratings!.h2).toEqual({ score: 3, raters: { Anne: 4, Bjørn: 2 }, rationale: 'r2', recommendation: 'rec2', note: 'n2' });
  });

  it('leaves a complete file as it was when Ctrl-C comes while an item is being changed', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'mandal.yaml'), complete);
    const h = harness([at(/complete/, true), at(/Which item/, 'h2'), at(/Score from Anne/, 1), at(/Score from Bjørn/, CTRL_C)], dir);
    expect(await runAssess({ out: 'mandal.yaml' }, h.env)).toBe(EXIT_INTERRUPTED);
    expect(await readText(path.join(dir, 'mandal.yaml'))).toBe(complete);
  });

  it('offers the plan when every item is at the top, for any item', async () => {
    const dir = await tempDir();
    const h = harness(
      [
        at(/Press Enter/, ENTER),
        ...[1, 2, 3, 4, 5].flatMap(() => [at(/Anne/, 4), at(/Bjørn/, 4), at(/^Rationale/, ENTER), at(/Note or evidence/, ENTER)]),
        at(/change any item/, false),
        at(/key message/i, false),
        at(/Every item is at its highest score\. Make an action plan now/, true),
        at(/Action for which item/, ' other'),
        at(/An action for which item/, 's1'),
        at(/What will the team do/, 'Keep weekly visits'),
        at(/responsible/, ENTER),
        at(/Done by/, ENTER),
        at(/Action for which item/, ''),
      ],
      dir,
    );
    expect(await runAssess(options, h.env)).toBe(0);
    expect((await readBack(path.join(dir, 'moss.yaml'))).assessment.actions).toEqual([{ item: 's1', action: 'Keep weekly visits' }]);
  });
});

describe('a complete file, no score changed', () => {
  it('takes key messages added afterwards, and is complete again', async () => {
    const dir = await tempDir();
    const complete = `hfFidelityAssessment: 1
scale: { id: tiny-hf, version: "1.0" }
team: Mandal
date: 2026-05-01
kind: external
status: complete
raters: []
ratings:
  h1: { score: 4 }
  h2: { na: true }
  h3: { score: 2 }
  s1: { score: 3 }
  s2: { score: 4 }
`;
    await writeFile(path.join(dir, 'mandal.yaml'), complete);
    const untouched = harness([at(/This assessment is complete/, false), at(/key message/i, false)], dir);
    expect(await runAssess({ out: 'mandal.yaml' }, untouched.env)).toBe(0);
    expect(await readText(path.join(dir, 'mandal.yaml'))).toBe(complete);
    const h = harness(
      [
        at(/This assessment is complete/, false),
        at(/Write key messages/, true),
        at(/Key message 1/, 'Ordinary homes for all'),
        at(/Key message 2/, ENTER),
        at(/Strength 1/, ENTER),
        at(/Recommendation 1/, ENTER),
        at(/Barrier 1/, ENTER),
        at(/action plan/, false),
      ],
      dir,
    );
    expect(await runAssess({ out: 'mandal.yaml' }, h.env)).toBe(0);
    const { data } = await readBack(path.join(dir, 'mandal.yaml'));
    expect(data).toMatchObject({ status: 'complete', keyMessages: ['Ordinary homes for all'] });
  });
});
