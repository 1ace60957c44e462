// The score band on page one: the overall score as the largest thing on the page ("3,4 av 4"), its
// level and what the level means, and the core items that hold the level down.
import { t } from '../../i18n/catalogue.js';
import { formatPercent } from '../../i18n/format.js';
import { localize } from '../../i18n/lang.js';
import type { AssessmentResult } from '../../result/schema.js';
import { levelById } from '../../scale/lookup.js';
import type { RenderContext } from '../render-context.js';
import { formatBound, levelLabel } from '../phrases.js';
import { levelReason, levelScoreText, roundingNote } from '../level-judgement.js';
import { overallMax } from './chart-axes.js';
import type { Layout } from './pdf-layout.js';
import { COLOR, TEXT, type TextStyle } from './pdf-theme.js';

const BIG: TextStyle = { weight: 'bold', size: 40, color: COLOR.accent, lineGap: 0 };
const OF: TextStyle = { weight: 'regular', size: 14, color: COLOR.muted, lineGap: 0 };
const LEVEL: TextStyle = { weight: 'bold', size: 14, color: COLOR.text, lineGap: 1 };

export function drawScoreBand(layout: Layout, a: AssessmentResult, ctx: RenderContext): void {
  const { lang, scale } = ctx;
  const { doc } = layout;
  const pad = 13;
  const x = layout.left;
  const score = a.overall.score;
  const level = levelById(scale, a.overall.level);

  const big = levelScoreText(scale, score, lang);
  const of = t(lang, 'pdf.of', { max: formatBound(overallMax(scale, a), lang) });
  const percent = a.overall.percent === null ? '' : t(lang, 'pdf.percentOfScale', { percent: formatPercent(a.overall.percent, lang) });
  const bigHeight = layout.lineHeight(BIG);
  const bigWidth = layout.widthOf(big, BIG);
  // The score column grows with the number ("119 of 152"), never the other way round.
  const beside = Math.max(layout.widthOf(of, OF), layout.widthOf(percent, TEXT.small)) + 2;
  const leftWidth = Math.min(250, Math.max(150, bigWidth + 6 + beside));
  const rightX = x + pad + leftWidth + 14;
  const rightWidth = layout.right - pad - rightX;
  const leftHeight = 12 + bigHeight;

  const withheld = a.overall.levelWithheld !== null;
  const levelText = score === null ? t(lang, 'pdf.noScore') : withheld ? t(lang, 'judge.noLevel') : levelLabel(scale, a.overall.level, lang, t(lang, 'pdf.noLevel'));
  const description = !withheld && level?.description ? localize(level.description, lang) : '';
  // Why the level is not what the score reaches, or why there is none, on this page beside it (SPEC 11).
  const reason = score === null ? null : levelReason(scale, a, lang);
  const rounding = score === null ? null : roundingNote(scale, lang);
  // The right column under its label, measured and drawn from one list: space above, text, space below.
  const right: { gap: number; text: string; style: TextStyle; after?: number }[] = [
    { gap: 12, text: levelText, style: score === null || withheld ? { ...LEVEL, color: COLOR.muted } : LEVEL },
    ...(description ? [{ gap: 3, text: description, style: TEXT.body }] : []),
    ...(reason ? [{ gap: 8, text: reason, style: { ...TEXT.smallBold, color: COLOR.warn } }] : []),
    ...(rounding ? [{ gap: 4, text: rounding, style: TEXT.small }] : []),
  ];
  const rightHeight = right.reduce((sum, e) => sum + e.gap + layout.heightOf(e.text, e.style, rightWidth) + (e.after ?? 0), 0);
  const height = Math.max(leftHeight, rightHeight) + 2 * pad;
  layout.ensure(height);
  const y = layout.y;
  layout.artifact(() => doc.save().roundedRect(x, y, layout.width, height, 5).fill(COLOR.tint).restore());

  const label = (text: string, lx: number, ly: number, width: number): void =>
    layout.tagged('P', () => layout.put(text.toUpperCase(), TEXT.label, lx, ly, width));
  label(t(lang, 'pdf.overall'), x + pad, y + pad, leftWidth);
  const besideX = x + pad + bigWidth + 6;
  const besideWidth = leftWidth - bigWidth - 6;
  const ofHeight = layout.lineHeight(OF);
  const besideY = y + pad + 12 + bigHeight / 2 - ofHeight / 2 - (percent ? 5 : 0);
  layout.tagged('P', () => layout.put(big, BIG, x + pad - 2, y + pad + 12, bigWidth + 4));
  layout.tagged('P', () => layout.put(of, OF, besideX, besideY, besideWidth));
  if (percent) layout.tagged('P', () => layout.put(percent, TEXT.small, besideX, besideY + ofHeight + 1, besideWidth));

  let ry = y + pad;
  label(t(lang, 'report.col.level'), rightX, ry, rightWidth);
  for (const { gap, text, style, after = 0 } of right) {
    ry += gap;
    layout.tagged('P', () => {
      ry += layout.put(text, style, rightX, ry, rightWidth) + after;
    });
  }
  layout.y = y + height + 12;
}

