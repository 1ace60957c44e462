// Strengths and things to improve on page one: the three highest items, and the three lowest with
// the next step up, in two columns (the wider one for the improvements, which carry more text).
import { t } from '../../i18n/catalogue.js';
import { localize } from '../../i18n/lang.js';
import type { AssessmentResult } from '../../result/schema.js';
import { domainById } from '../../scale/lookup.js';
import { type Improvement, type ItemFact } from '../facts.js';
import type { RenderContext } from '../render-context.js';
import { tieText } from '../level-judgement.js';
import { formatBound } from '../phrases.js';
import type { Block } from './page-block.js';
import type { Layout } from './pdf-layout.js';
import { COLOR, TEXT } from './pdf-theme.js';

interface Entry {
  title: string;
  sub: string;
  step?: string;
}

const GAP = 18;
const INDENT = 12;
const TOP = 8;

function scoreOf(fact: ItemFact, ctx: RenderContext): string {
  return t(ctx.lang, 'pdf.scoreOf', { score: formatBound(fact.score, ctx.lang), max: formatBound(fact.item.rating.max, ctx.lang) });
}

function entryFor(fact: ItemFact, ctx: RenderContext): Entry {
  const domain = domainById(ctx.scale, fact.item.domain);
  return { title: localize(fact.item.title, ctx.lang), sub: `${scoreOf(fact, ctx)}  ·  ${localize(domain?.name, ctx.lang)}` };
}

/** What the two columns list: facts.ts strengths() and improvements() of the assessment. */
export interface Highlights {
  strengths: ItemFact[];
  improvements: Improvement[];
}

/**
 * Plans the two columns. `compact` saves a line per improvement on a crowded page: the score goes
 * in front of the next step, and the domain is left out.
 */
export function planHighlights(layout: Layout, a: AssessmentResult, ctx: RenderContext, found: Highlights, compact = false): Block {
  const { lang } = ctx;
  const widths = [(layout.width - GAP) * 0.42, (layout.width - GAP) * 0.58];
  const nothingRated = a.overall.rated === 0;
  const columns = [
    {
      heading: t(lang, 'report.strengths'),
      empty: t(lang, nothingRated ? 'pdf.noneRated' : 'pdf.noStrengths'),
      entries: found.strengths.map((f) => entryFor(f, ctx)),
      more: tieText(a.highlights.strengths, a, lang),
    },
    {
      heading: t(lang, 'pdf.improve'),
      empty: t(lang, nothingRated ? 'pdf.noneRated' : 'pdf.noImprovements'),
      entries: found.improvements.map((f): Entry => {
        const entry = entryFor(f, ctx);
        if (f.nextScore === null || f.nextAnchor === null) return entry;
        const step = `${t(lang, 'pdf.nextStep', { score: formatBound(f.nextScore, lang) })} ${localize(f.nextAnchor, lang)}`;
        return compact ? { title: entry.title, sub: '', step: `${scoreOf(f, ctx)}.  ${step}` } : { ...entry, step };
      }),
      more: tieText(a.highlights.improve, a, lang),
    },
  ];
  const entryHeight = (e: Entry, width: number): number =>
    layout.heightOf(e.title, TEXT.bodyBold, width - INDENT) +
    layout.heightOf(e.sub, TEXT.small, width - INDENT) +
    (e.step ? 2 + layout.heightOf(e.step, TEXT.small, width - INDENT) : 0) +
    6;
  const heights = columns.map((c, i) => {
    const width = widths[i] ?? 0;
    const more = c.more && c.entries.length > 0 ? layout.heightOf(c.more, TEXT.small, width - INDENT) : 0;
    const body = c.entries.length === 0 ? layout.heightOf(c.empty, TEXT.small, width) : c.entries.reduce((s, e) => s + entryHeight(e, width), 0) + more;
    return layout.heightOf(c.heading, TEXT.h2, width) + 6 + body;
  });
  const height = TOP + Math.max(...heights);

  const draw = (): void => {
    layout.gap(TOP);
    layout.ensure(height - TOP);
    const y = layout.y;
    columns.forEach((column, index) => {
      const width = widths[index] ?? 0;
      const x = layout.left + (index === 0 ? 0 : (widths[0] ?? 0) + GAP);
      let cy = y;
      layout.tagged('H2', () => {
        cy += layout.put(column.heading, TEXT.h2, x, cy, width) + 6;
      });
      if (column.entries.length === 0) {
        layout.tagged('P', () => layout.put(column.empty, TEXT.small, x, cy, width));
        return;
      }
      const list = layout.group('L');
      column.entries.forEach((entry, n) => {
        const top = cy;
        const li = layout.group('LI', list);
        layout.tagged('Lbl', () => layout.put(String(n + 1), { ...TEXT.bodyBold, color: COLOR.accent }, x, top, INDENT), li);
        layout.tagged('LBody', () => {
          let ey = top;
          ey += layout.put(entry.title, TEXT.bodyBold, x + INDENT, ey, width - INDENT);
          ey += layout.put(entry.sub, TEXT.small, x + INDENT, ey, width - INDENT);
          if (entry.step) layout.put(entry.step, { ...TEXT.small, color: COLOR.text }, x + INDENT, ey + 2, width - INDENT);
        }, li);
        li.end();
        cy += entryHeight(entry, width);
      });
      list.end();
      // A tie at the cut is said as a tie: "and 2 more items at 4".
      const more = column.more;
      if (more) layout.tagged('P', () => layout.put(more, TEXT.small, x + INDENT, cy, width - INDENT));
    });
    layout.y = y + height - TOP;
  };
  return { height, draw };
}
