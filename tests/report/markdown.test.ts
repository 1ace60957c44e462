// The Markdown report: every section in every language, the next step quoted, notes kept private
// on request, and user text that cannot break a table.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/catalogue.js';
import { formatDate, formatNumber, formatPercent } from '../../src/i18n/format.js';
import { LANGS, type Lang } from '../../src/i18n/lang.js';
import { escapeMd, mdTable } from '../../src/report/md-escape.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import type { Result } from '../../src/result/schema.js';
import { assessments, buildResult, context } from './report-fixture.js';

const result = buildResult();

async function markdown(lang: Lang, notes?: boolean, input: Result = result): Promise<string> {
  const out = await renderMarkdown(input, context(lang, { notes }));
  expect(typeof out).toBe('string');
  return out as string;
}

function headings(md: string): string[] {
  return md
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => line.replace(/^#+ /, ''));
}

/** Cells of a table row, splitting on pipes that are not escaped. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/);
}

const SECTIONS = [
  'report.comparison',
  'report.trend',
  'report.summary',
  'report.domains',
  'report.principles',
  'report.strengths',
  'report.strengths.noted',
  'report.improve',
  'report.recommendations',
  'report.items',
  'report.agreement',
  'report.change',
  'report.nextDue',
  'report.actions',
  'report.method',
];

describe('renderMarkdown', () => {
  it.each(LANGS)('has every section in %s', async (lang) => {
    const found = headings(await markdown(lang));
    for (const key of SECTIONS) expect(found, key).toContain(t(lang, key));
  });

  it.each([
    ['en', ['Self-assessment', 'External review', 'Strengths', 'Areas to improve', 'Next step']],
    ['nb', ['Egenvurdering', 'Ekstern vurdering', 'Styrker', 'Forbedringsområder', 'Neste steg']],
    ['da', ['Selvevaluering', 'Ekstern vurdering', 'Styrker', 'Forbedringsområder', 'Næste skridt']],
  ] as const)('speaks %s', async (lang, words) => {
    const md = await markdown(lang);
    for (const word of words) expect(md).toContain(word);
  });

  it('puts a comparison of the latest assessment of each team first', async () => {
    const md = await markdown('en');
    const comparison = md.indexOf('## Comparison across teams');
    expect(comparison).toBeGreaterThan(0);
    expect(comparison).toBeLessThan(md.indexOf('## Housing First Moss'));
    const table = md.slice(comparison, md.indexOf('## Trend per team'));
    expect(table).toContain('| Housing First Moss | 2026-07-15 | Self-assessment |');
    expect(table).not.toContain('2026-01-15');
    expect(table).toContain('| Rana \\| Nord | 2026-03-01 | External review |');
  });

  it.each(LANGS)('says the overall result in a plain sentence in %s', async (lang) => {
    const md = await markdown(lang);
    const latest = result.assessments[1]!;
    const score = formatNumber(latest.overall.score, lang, 1);
    const percent = formatPercent(latest.overall.percent, lang);
    const expected = {
      en: `The team scores ${score} of 4 (${percent}), which is fair fidelity: Most of the model is in place.`,
      nb: `Teamet skårer ${score} av 4 (${percent}), som er middels modelltrofasthet: Det meste av modellen er på plass.`,
      da: `Teamet scorer ${score} ud af 4 (${percent}), hvilket er middel fidelitet: Det meste af modellen er på plads.`,
    }[lang];
    expect(md).toContain(expected);
  });

  it('always states how complete the assessment is, missing items included', async () => {
    const md = await markdown('en');
    expect(md).toContain('4 of 6 items rated, 1 not applicable, 1 missing; the scores rest on the rated items.');
    expect(await markdown('nb')).toContain('4 av 6 indikatorer skåret, 1 ikke aktuell, 1 mangler');
  });

  it.each([
    ['en', 'Next step (score 3): “sv1 at 3 in English”'],
    ['nb', 'Neste steg (skår 3): «sv1 på 3 på bokmål»'],
    ['da', 'Næste skridt (score 3): »sv1 på 3 på dansk«'],
  ] as const)('quotes the anchor of the next score up as the next step in %s', async (lang, expected) => {
    const md = await markdown(lang);
    const improve = md.slice(md.indexOf(`# ${t(lang, 'report.improve')}`));
    expect(improve).toContain(expected);
  });

  it('shows notes and each rater\'s score by default, escaped so the table holds', async () => {
    const md = await markdown('en');
    expect(md).toContain('\\=SUM(A1) \\| leie \\*og\\* eie; æøå ÆØÅ');
    expect(md).toContain('| Item | Title | Score | Anne | Bjørn | Spread | Note |');
    expect(md).toMatch(/\| sv1 \| Title of sv1 \| 2\.0 \| 1\.0 \| 3\.0 \| 2\.0 \|/);
  });

  it('leaves out notes and individual scores with notes: false, but keeps the raters\' names', async () => {
    const md = await markdown('en', false);
    expect(md).not.toContain('SUM');
    expect(md).not.toContain('leiekontrakt');
    expect(md).not.toContain('| Note |');
    expect(md).not.toContain('| Spread |');
    expect(md).toContain('| Item | Title | Score |\n');
    expect(md).toContain('**Raters:** Anne, Bjørn');
    expect(md).toContain(t('en', 'report.method.notesLeftOut'));
  });

  it('writes tables whose every row has as many cells as the header', async () => {
    for (const notes of [undefined, false]) {
      const lines = (await markdown('nb', notes)).split('\n');
      let width = 0;
      for (const [index, line] of lines.entries()) {
        if (!line.startsWith('|')) {
          width = 0;
          continue;
        }
        if (width === 0) {
          width = cells(line).length;
          expect(lines[index + 1]).toMatch(/^\|(-{3}:?\|)+$/);
        } else {
          expect(cells(line), line).toHaveLength(width);
        }
      }
    }
  });

  it('warns about an assessment in progress', async () => {
    const md = await markdown('nb');
    const rana = md.slice(md.indexOf('## Rana'));
    expect(rana).toContain(`> **Advarsel:** ${t('nb', 'report.inProgress')}`);
    expect(md.slice(0, md.indexOf('## Rana'))).not.toContain(t('nb', 'report.inProgress'));
  });

  it('shows rater agreement, change, the action plan and the next due date', async () => {
    const md = await markdown('en');
    expect(md).toContain('- **Items to discuss (two points apart or more):** **sv1** Title of sv1');
    expect(md).toContain('- **Exact agreement:** 25 %');
    // The change is the difference of the two scores as shown: 3.1 - 2.9 = 0.2 (the unrounded change rounds to 0.3, which the first edition showed)
    expect(md).toContain('Since 2026-01-15, the overall score has changed by +0.2, from 2.9 to 3.1.');
    expect(md).toContain('| **sv1** Title of sv1 | Plan \\*weekly\\* home visits | Åse | 2026-09-01 |');
    expect(md).toContain('The next assessment is due by 2027-01-15.');
  });

  it('writes dates and numbers as people in the language do', async () => {
    const md = await markdown('nb');
    expect(md).toContain(formatDate('2026-07-15', 'nb'));
    expect(md).toContain('15.07.2026');
    expect(md).toContain('3,5 av 4');
    expect(md).not.toContain('2026-07-15');
  });

  it('explains the method once, with scale, source, notice, rules and tool version', async () => {
    const md = await markdown('en');
    expect(md.match(/^## Method$/gm)).toHaveLength(1);
    expect(md).toContain('Tiny HF scale (id tiny-hf, version 1.0)');
    expect(md).toContain('Written for the tests of hf-fidelity.');
    expect(md).toContain('Not an official scale.');
    expect(md).toContain(t('en', 'report.aggregation.mean-of-items'));
    expect(md).toContain(t('en', 'report.percent.range'));
    expect(md).toContain(t('en', 'report.method.naText'));
    expect(md).toContain('High fidelity: from 3.5, with every rated core item at 3 or more');
    expect(md).toContain('hf-fidelity 9.9.9');
  });

  it('makes one assessment the document itself, with no comparison', async () => {
    const single = buildResult([assessments[2]!]);
    const md = await markdown('da', undefined, single);
    expect(md.startsWith('# Rana \\| Nord – Ekstern vurdering, 01-03-2026\n')).toBe(true);
    expect(md).not.toContain(t('da', 'report.comparison'));
    expect(md).toContain('## Resumé');
    // No raters, so no agreement section and no rater columns.
    expect(md).not.toContain(t('da', 'report.agreement'));
  });

  it('names the core items that hold the level down', async () => {
    const low = buildResult([{ ...assessments[2]!, status: 'complete', ratings: { hc1: { consensus: 2, raters: {} }, hc2: { consensus: 4, raters: {} }, hc3: { consensus: 4, raters: {} }, sv1: { consensus: 4, raters: {} } } }]);
    expect(low.assessments[0]!.overall.criticalBelow).toEqual(['hc1']);
    const md = await markdown('en', undefined, low);
    expect(md).toContain('- **Core items holding the level down:** **hc1** Title of hc1 (2.0)');
  });

  it('is a pure function of the result and context', async () => {
    const before = structuredClone(result);
    expect(await markdown('en')).toBe(await markdown('en'));
    expect(result).toEqual(before);
  });

  it('renders an empty result without failing', async () => {
    const md = await markdown('en', undefined, buildResult([]));
    expect(md).toContain('# Fidelity report: Tiny HF scale');
    expect(md).toContain('## Method');
  });
});

describe('escapeMd', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['line\nbreak\r\nhere', 'line break here'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['B. not a list', 'B\\. not a list'],
    ['iv) not a list', 'iv\\) not a list'],
    ['(1) not a list', '\\(1) not a list'],
    [': not a definition', '\\: not a definition'],
    ['3.5 is a number', '3.5 is a number'],
    ['Mr. Smith', 'Mr. Smith'],
    ['<b>html</b>', '\\<b\\>html\\</b\\>'],
    ['[link](x)', '\\[link\\](x)'],
    ['$x$ @cite ^sup^ ~sub~', '\\$x\\$ \\@cite \\^sup\\^ \\~sub\\~'],
    ['# heading', '\\# heading'],
    ['æøå ÆØÅ', 'æøå ÆØÅ'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMd(input)).toBe(expected);
  });

  it('keeps a table whole whatever the cell text', () => {
    const table = mdTable(['a', 'b'], [[escapeMd('x | y\nz'), escapeMd('|||')]]);
    const rows = table.split('\n');
    expect(rows).toHaveLength(3);
    expect(cells(rows[2]!)).toHaveLength(2);
  });
});
