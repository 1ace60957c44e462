// Trend charts as small multiples: one panel per team, every panel on the same score axis and the
// same time axis, so teams compare at a glance in one colour. A solid line joins assessments of one
// kind, told apart in black and white too: filled dots on a thick line are self-assessments, open
// squares on a thin line external reviews. Only the level thresholds are dashed (thin, grey), so a
// team's line never looks like one.
import type { Kind } from '../../assessment/model.js';
import type { Range } from '../../scale/model.js';
import type { Layout } from './pdf-layout.js';
import type { Threshold } from './chart-axes.js';
import { COLOR, TEXT } from './pdf-theme.js';

export interface TrendPoint {
  day: number;
  value: number;
  kind: Kind | null;
  valueText: string;
}

export interface TrendPanel {
  title: string;
  points: TrendPoint[];
  /** Labels on the time axis: the panel's own dates, so readers see when each round was. */
  dayTicks: { day: number; text: string }[];
  alt: string;
}

export interface TrendAxes {
  score: Range;
  scoreTicks: number[];
  tickText: (value: number) => string;
  thresholds: Threshold[];
  days: Range;
  /** Height of each panel's plot area. */
  plotHeight: number;
}

/** Height of a panel with this title at this width. */
export function panelHeight(layout: Layout, axes: TrendAxes, panel: TrendPanel, width: number): number {
  return layout.heightOf(panel.title, TEXT.smallBold, width) + 8 + axes.plotHeight + 8 + layout.lineHeight(TEXT.tiny);
}

/** Draws one panel with its top left corner at (x, y). Does not move the cursor. */
export function drawPanel(layout: Layout, axes: TrendAxes, panel: TrendPanel, x: number, y: number, width: number): void {
  const plotHeight = axes.plotHeight;
  const { doc } = layout;
  const titleHeight = layout.heightOf(panel.title, TEXT.smallBold, width);
  layout.tagged('H3', () => layout.put(panel.title, TEXT.smallBold, x, y, width));
  const tickWidth = Math.max(...axes.scoreTicks.map((v) => layout.widthOf(axes.tickText(v), TEXT.tiny)), 6);
  const plotX = x + tickWidth + 5;
  const plotWidth = width - (plotX - x) - 12;
  const plotTop = y + titleHeight + 8;
  const plotBottom = plotTop + plotHeight;
  const scoreSpan = axes.score.max - axes.score.min || 1;
  const daySpan = axes.days.max - axes.days.min;
  const sx = (day: number): number => plotX + (daySpan === 0 ? plotWidth / 2 : ((day - axes.days.min) / daySpan) * plotWidth);
  const sy = (value: number): number =>
    plotBottom - ((Math.min(Math.max(value, axes.score.min), axes.score.max) - axes.score.min) / scoreSpan) * plotHeight;

  layout.tagged('Figure', () => {
    doc.save();
    doc.lineWidth(0.4).strokeColor(COLOR.hairline);
    for (const tick of axes.scoreTicks) {
      doc.moveTo(plotX, sy(tick)).lineTo(plotX + plotWidth, sy(tick)).stroke();
      const text = axes.tickText(tick);
      layout.put(text, TEXT.tiny, x, sy(tick) - 4, tickWidth, { align: 'right' });
    }
    for (const threshold of axes.thresholds) {
      doc.save().lineWidth(0.6).strokeColor(COLOR.muted).dash(2.5, { space: 2.5 })
        .moveTo(plotX, sy(threshold.value)).lineTo(plotX + plotWidth, sy(threshold.value)).stroke().restore();
    }
    doc.lineWidth(0.7).strokeColor(COLOR.rule).moveTo(plotX, plotBottom).lineTo(plotX + plotWidth, plotBottom).stroke();
    let lastRight = -Infinity;
    for (const tick of panel.dayTicks) {
      const w = layout.widthOf(tick.text, TEXT.tiny) + 2;
      const left = Math.min(Math.max(sx(tick.day) - w / 2, plotX - 4), plotX + plotWidth + 8 - w);
      if (left < lastRight + 4) continue;
      doc.lineWidth(0.5).strokeColor(COLOR.rule).moveTo(sx(tick.day), plotBottom).lineTo(sx(tick.day), plotBottom + 2.5).stroke();
      layout.put(tick.text, TEXT.tiny, left, plotBottom + 4, w, { align: 'center' });
      lastRight = left + w;
    }

    // Lines by kind: a self-assessment is never joined to an external review.
    const kinds = [...new Set(panel.points.map((p) => p.kind))];
    for (const kind of kinds) {
      const run = panel.points.filter((p) => p.kind === kind);
      if (run.length < 2) continue;
      doc.save().lineWidth(kind === 'external' ? 0.8 : 1.6).strokeColor(COLOR.accent);
      run.forEach((p, i) => (i === 0 ? doc.moveTo(sx(p.day), sy(p.value)) : doc.lineTo(sx(p.day), sy(p.value))));
      doc.stroke().restore();
    }
    const placed: { x: number; y: number; w: number }[] = [];
    for (const p of panel.points) {
      const px = sx(p.day);
      const py = sy(p.value);
      if (p.kind === 'external') doc.save().lineWidth(1.2).rect(px - 2.8, py - 2.8, 5.6, 5.6).fillAndStroke(COLOR.white, COLOR.accent).restore();
      else doc.circle(px, py, 3.2).fill(COLOR.accent);
      // Value above the dot, or below when another label or the top is in the way.
      const w = layout.widthOf(p.valueText, TEXT.tinyBold) + 2;
      const lx = Math.min(Math.max(px - w / 2, plotX), plotX + plotWidth + 10 - w);
      let ly = py - 13;
      const clash = (cy: number): boolean => placed.some((o) => Math.abs(o.y - cy) < 9 && lx < o.x + o.w && o.x < lx + w);
      if (ly < plotTop - 6 || clash(ly)) ly = py + 5;
      if (clash(ly)) continue;
      placed.push({ x: lx, y: ly, w });
      doc.rect(lx, ly, w, 8.5).fill(COLOR.white);
      layout.put(p.valueText, { ...TEXT.tinyBold, color: COLOR.text }, lx, ly, w, { align: 'center' });
    }
    doc.restore();
  }, undefined, { alt: panel.alt });
}
