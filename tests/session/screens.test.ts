// What the session shows fits the terminal: every score with its whole anchor text beside it, the item
// card and the summary table, in 80 and 40 columns, in every language; and every message in nb, da, en.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { scoreChoices, itemCard } from '../../src/session/screens.js';
import { summaryTable, finalSummary } from '../../src/session/summary.js';
import { suggestedConsensus, type Draft } from '../../src/session/draft.js';
import { todayIso } from '../../src/session/dates.js';
import { parseDate as parseDateInput } from '../../src/shared/parse-date.js';
import { slug } from '../../src/session/setup.js';
import { layoutWidth } from '../../src/session/session-io.js';
import { textWidth, wrapText } from '../../src/terminal/terminal-text.js';
import { localize, LANGS } from '../../src/i18n/lang.js';
import { loadScale } from '../../src/input/load-scale.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { buildScale } from '../helpers/scale-builder.js';
import './scripted-prompter.js';

const { scale: pathways } = await loadScale('pathways-hf');
const style = new Chalk({ level: 0 });

describe.each([80, 40])('at %i columns', (columns) => {
  const width = layoutWidth(columns);

  it.each(LANGS)('shows every pathways-hf score with its anchor, within the width (%s)', (lang) => {
    for (const item of pathways.items) {
      const choices = scoreChoices(item, lang, width);
      for (const choice of choices) {
        const [first, ...rest] = choice.name.split('\n');
        // The list draws "❯ " before the first line only.
        expect(textWidth(first!) + 2).toBeLessThanOrEqual(columns);
        for (const line of rest) expect(textWidth(line)).toBeLessThanOrEqual(columns);
      }
      for (const [score, anchor] of Object.entries(item.anchors)) {
        const choice = choices.find((c) => c.value === Number(score))!;
        expect(choice.name.replace(/\s+/g, ' ')).toContain(localize(anchor, lang).replace(/\s+/g, ' '));
      }
      expect(choices.some((c) => c.value === 'na')).toBe(item.na);
      expect(choices.at(-1)!.value).toBe('skip');
    }
  });

  it('keeps the item card and the summary table within the width', () => {
    const draft: Draft = {
      scale: { id: pathways.id, version: pathways.version },
      team: 'Housing First Grünerløkka',
      date: '2026-10-15',
      kind: 'external',
      status: 'in-progress',
      raters: ['Anne', 'Bjørn-Kristian', 'Cecilie'],
      ratings: Object.fromEntries(
        pathways.items.map((item, i) => [item.id, i % 5 === 0 ? { skipped: true } : { score: 1 + (i % 4), raters: { Anne: 1 + (i % 4), 'Bjørn-Kristian': 4, Cecilie: 'na' as const }, note: 'x' }]),
      ),
      strengths: [],
      recommendations: [],
      actions: [],
    };
    for (const lang of LANGS) {
      const view = { lang, style, width };
      const texts = [
        summaryTable(pathways, draft, view),
        ...pathways.items.map((item) => itemCard(pathways, item, { ...view, answered: 3, skipped: 1, showDomain: true, reason: 'x' })),
      ];
      for (const text of texts) for (const line of text.split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(columns);
    }
  });
});

describe('the summary', () => {
  it('lists every item with its score and each rater\'s', () => {
    const scale = buildScale({ domains: [{ id: 'd', items: ['a', 'b', 'c'] }] });
    const draft: Draft = {
      scale: { id: scale.id, version: scale.version },
      team: 'Moss',
      date: '2026-10-15',
      kind: 'self',
      status: 'in-progress',
      raters: ['Anne', 'Bjørn'],
      ratings: { a: { score: 3, raters: { Anne: 3, Bjørn: 2 }, note: 'n' }, b: { skipped: true } },
      strengths: [],
      recommendations: [],
      actions: [],
    };
    const text = summaryTable(scale, draft, { lang: 'en', style, width: 79 });
    expect(text).toMatch(/^ {2}a {2}a +3 +2 +3 •$/m);
    expect(text).toMatch(/^ {2}b {2}b +» *$/m);
    expect(text).toMatch(/^ {2}c {2}c +– *$/m);
    expect(text).toContain('1 of 3 items answered (0 not applicable), 1 skipped, 1 not yet asked.');
  });

  it('ends with the overall score, the level and the report command', () => {
    // A scale of the team's own, from a file: the report command must name it (the file names only its id).
    const scale = { ...buildScale({ levelRounding: 1, levels: [{ id: 'high', min: 3.5 }, { id: 'fair' }], domains: [{ id: 'd', items: ['a', 'b'] }] }), origin: 'scales/own scale.yaml' };
    const draft: Draft = {
      scale: { id: scale.id, version: scale.version },
      team: 'Moss',
      date: '2026-10-15',
      kind: 'self',
      status: 'complete',
      raters: [],
      ratings: { a: { score: 4 }, b: { score: 3 } },
      strengths: [],
      recommendations: [],
      actions: [],
    };
    const result = scoreAssessment(scale, {
      team: 'Moss',
      date: '2026-10-15',
      kind: 'self',
      status: 'complete',
      raters: [],
      sources: [],
      ratings: { a: { consensus: 4, raters: {} }, b: { consensus: 3, raters: {} } },
      strengths: [],
      recommendations: [],
      actions: [],
    });
    const text = finalSummary(scale, draft, result, 'my team.yaml', { lang: 'da', style, width: 79 });
    expect(text).toContain('Samlet score: 3,5 af 4 (83 %) · high');
    expect(text).toContain("hf-fidelity report 'my team.yaml' --scale 'scales/own scale.yaml' --format pdf --out 'my team.pdf'");
  });
});

describe('small rules', () => {
  it.each([
    [{ Anne: 4, Bjørn: 3 }, 3.5, 4],
    [{ Anne: 1, Bjørn: 2, Cecilie: 2 }, 5 / 3, 2],
    [{ Anne: 2, Bjørn: 'na' }, 2, 2],
    [{ Anne: 1, Bjørn: 2 }, 1.5, 2],
  ] as const)('the consensus offered for %j is the rounded mean', (raters, mean, answer) => {
    const item = buildScale({ domains: [{ id: 'd', items: [{ id: 'a', na: true }] }] }).items[0]!;
    const got = suggestedConsensus(raters, item);
    expect(got.mean).toBeCloseTo(mean, 10);
    expect(got.answer).toBe(answer);
  });

  it('offers N/A as the consensus only when every rater said N/A', () => {
    const item = buildScale({ domains: [{ id: 'd', items: [{ id: 'a', na: true }] }] }).items[0]!;
    expect(suggestedConsensus({ Anne: 'na', Bjørn: 'na' }, item)).toEqual({ mean: null, answer: 'na' });
  });

  it.each([
    ['2026-10-15', '2026-10-15'],
    ['15.10.2026', '2026-10-15'],
    ['15-10-2026', '2026-10-15'],
    ['1.3.2027', '2027-03-01'],
    ['2026-02-30', null],
    ['31.02.2027', null],
    ['tomorrow', null],
  ])('reads the date %s as %s', (text, iso) => {
    expect(parseDateInput(text)).toBe(iso);
  });

  it('dates today in local time and names files after the team', () => {
    expect(todayIso(new Date(2026, 9, 15, 0, 30))).toBe('2026-10-15');
    expect(slug('Housing First Grünerløkka')).toBe('housing-first-grunerlokka');
    expect(slug('Bærum – Team Ålesund')).toBe('baerum-team-alesund');
    expect(slug('???')).toBe('assessment');
  });

  it('wraps with a hanging indent and cuts words longer than a line', () => {
    expect(wrapText('one two three four', 10, 2, 0)).toBe('one two\n  three\n  four');
    expect(wrapText('https://example.org/a/very/long/path', 12, 0).split('\n').every((l) => textWidth(l) <= 12)).toBe(true);
  });
});
