// Page one of an assessment, for leaders: who, when and what kind; the overall score and level as
// the largest thing on the page; how complete it is; change and next due date; the reviewers' key
// messages, where they wrote some; the principles as a
// spider chart; three strengths and three things to improve; the scale's notice in small print.
import { t } from '../../i18n/catalogue.js';
import { formatDate } from '../../i18n/format.js';
import type { AssessmentResult, Result } from '../../result/schema.js';
import { previousOf } from '../../result/queries.js';
import { improvements, strengths } from '../facts.js';
import type { RenderContext } from '../render-context.js';
import { kindText, scaleName } from '../phrases.js';
import { planHighlights } from './highlights-block.js';
import { planKeyMessages } from './key-messages-block.js';
import { drawKeyFacts } from './key-facts.js';
import type { Block } from './page-block.js';
import { kindSays } from './score-words.js';
import type { Layout } from './pdf-layout.js';
import { COLOR, TEXT, type TextStyle } from './pdf-theme.js';
import { planPrinciples, spiderAxes, type PrinciplesOptions } from './principles-block.js';
import { planNotice } from './scale-notice.js';
import { drawScoreBand } from './score-band.js';

const PILL_TEXT: TextStyle = { weight: 'bold', size: 7.5, color: COLOR.white, lineGap: 0 };

/** A rounded label ("SELF-ASSESSMENT") at (x, y); returns its width. */
function drawPill(layout: Layout, text: string, x: number, y: number, fill: string): number {
  const width = layout.widthOf(text, PILL_TEXT) + 14;
  layout.tagged('P', () => {
    layout.doc.save().roundedRect(x, y, width, 16, 8).fill(fill).restore();
    layout.put(text, PILL_TEXT, x + 7, y + 4, width - 12);
  });
  return width;
}

function header(layout: Layout, result: Result, a: AssessmentResult, ctx: RenderContext): void {
  const { lang } = ctx;
  const upper = (s: string): string => s.toUpperCase();
  let x = layout.left;
  const y = layout.y;
  x += drawPill(layout, upper(kindText(a.kind, lang)), x, y, COLOR.accent) + 6;
  if (a.status === 'in-progress') drawPill(layout, upper(t(lang, 'pdf.inProgress')), x, y, COLOR.warn);
  const report = t(lang, 'pdf.reportTitle');
  const reportWidth = Math.min(layout.widthOf(report, TEXT.small) + 2, 180);
  layout.tagged('P', () => layout.put(report, TEXT.small, layout.right - reportWidth, y + 3, reportWidth, { align: 'right', maxHeight: 11 }));
  layout.y = y + 24;

  // A long team name gets a smaller title rather than a third line.
  const title = layout.heightOf(a.team, TEXT.title, layout.width) > 2.5 * layout.lineHeight(TEXT.title) ? TEXT.h1 : TEXT.title;
  layout.text(a.team, title, { tag: 'H1', after: 3 });
  const raters =
    a.raters.length === 0
      ? ''
      : ctx.notes === true
        ? t(lang, 'pdf.raters.named', { names: a.raters.join(', ') })
        : t(lang, a.raters.length === 1 ? 'pdf.raters.one' : 'pdf.raters.many', { count: a.raters.length });
  layout.text([a.date ? formatDate(a.date, lang) : '', scaleName(ctx.scale, result, lang)].filter(Boolean).join('  ·  '), TEXT.small, { after: 1 });
  layout.text([kindSays(lang, a.kind), raters].filter(Boolean).join('  ·  '), TEXT.small, { after: 2 });
  if (a.status === 'in-progress') {
    layout.text(t(lang, 'pdf.inProgressSays'), { ...TEXT.smallBold, color: COLOR.warn }, { after: 2 });
  }
  layout.gap(6);
}

/** Tried in turn until the principles, the highlights and the notice fit below the facts. */
const FITS: { principles: PrinciplesOptions; notice: number; compact: boolean }[] = [
  { principles: { chartWidth: 178, lead: true, padY: 2.5 }, notice: 7, compact: false },
  { principles: { chartWidth: 164, lead: true, padY: 2.5 }, notice: 7, compact: false },
  { principles: { chartWidth: 164, lead: false, padY: 2.5 }, notice: 7, compact: false },
  { principles: { chartWidth: 150, lead: false, padY: 1.5 }, notice: 7, compact: false },
  { principles: { chartWidth: 150, lead: false, padY: 1.5 }, notice: 6.5, compact: true },
  { principles: { chartWidth: 136, lead: false, padY: 1 }, notice: 6.3, compact: true },
  // With the reviewers' key messages on the page too.
  { principles: { chartWidth: 120, lead: false, padY: 0.5 }, notice: 6.3, compact: true },
  { principles: { chartWidth: 104, lead: false, padY: 0.2 }, notice: 6, compact: true },
];

/** Page one of one assessment. Starts at the cursor (a fresh page). */
export function drawSummaryPage(layout: Layout, result: Result, a: AssessmentResult, ctx: RenderContext): void {
  header(layout, result, a, ctx);
  drawScoreBand(layout, a, ctx);
  drawKeyFacts(layout, result, a, ctx);
  // What the blocks show does not depend on how tightly they are set: work it out once.
  const previous = previousOf(result, a);
  const spokes = spiderAxes(a, previous, ctx);
  const found = { strengths: strengths(ctx.scale, a), improvements: improvements(ctx.scale, a) };
  let blocks: Block[] = [];
  // Key messages too long for page one: the tightest fit with a line saying where they stand, or at
  // the last without it, so the page never runs over (they are in full under "From the review").
  const tightest = FITS.at(-1)!;
  const fits = [
    ...FITS.map((fit) => ({ ...fit, keyMessages: 'full' as const })),
    { ...tightest, keyMessages: 'pointer' as const },
    { ...tightest, keyMessages: 'none' as const },
  ];
  for (const fit of fits) {
    blocks = [
      fit.keyMessages === 'none' ? null : planKeyMessages(layout, a, ctx, fit.compact, fit.keyMessages === 'pointer'),
      planPrinciples(layout, a, ctx, spokes, previous, fit.principles),
      planHighlights(layout, a, ctx, found, fit.compact),
      planNotice(layout, ctx, fit.notice),
    ].filter((block): block is Block => block !== null);
    if (blocks.reduce((sum, block) => sum + block.height, 0) <= layout.remaining) break;
  }
  for (const block of blocks) block.draw();
}
