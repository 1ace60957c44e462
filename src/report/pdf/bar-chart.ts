// Horizontal bar chart with labelled threshold lines: domain scores, or the overall score of each
// team. Labels wrap in their own column; threshold labels sit in a staircase above the bars so no
// two overlap.
import type { Range } from '../../scale/model.js';
import type { Layout } from './pdf-layout.js';
import type { Threshold } from './chart-axes.js';
import { COLOR, TEXT } from './pdf-theme.js';

export interface Bar {
  label: string;
  value: number | null;
  /** Printed after the bar ("3,4", "3,4 (+0,2)"). */
  valueText: string;
}

export interface BarChartSpec {
  bars: Bar[];
  axis: Range;
  ticks: number[];
  tickText: (value: number) => string;
  thresholds: Threshold[];
  thresholdText: (threshold: Threshold) => string;
  /** Shown for a bar without a value. */
  emptyText: string;
  /** Alternative text for the tagged PDF. */
  alt: string;
  labelWidth?: number;
}

const BAR = 11;
const ROW_GAP = 7;
const VALUE_WIDTH = 70;
const LABEL_GAP = 10;

interface Geometry {
  labelWidth: number;
  plotX: number;
  plotWidth: number;
  thresholdRow: number;
  rows: number[];
  axisHeight: number;
  /** From the chart's top: where the bars start (below the threshold labels), and the whole height. */
  plotTop: number;
  height: number;
}

function geometry(layout: Layout, spec: BarChartSpec, x: number, width: number): Geometry {
  const labelWidth = spec.labelWidth ?? Math.min(170, width * 0.34);
  const plotX = x + labelWidth + LABEL_GAP;
  const plotWidth = width - labelWidth - LABEL_GAP - VALUE_WIDTH;
  const thresholdRow = layout.lineHeight(TEXT.tiny) + 2;
  const rows = spec.bars.map((bar) => Math.max(BAR, layout.heightOf(bar.label, TEXT.small, labelWidth)) + ROW_GAP);
  const axisHeight = 6 + layout.lineHeight(TEXT.tiny);
  const plotTop = spec.thresholds.length * thresholdRow + (spec.thresholds.length > 0 ? 4 : 0);
  const height = plotTop + rows.reduce((a, b) => a + b, 0) + axisHeight;
  return { labelWidth, plotX, plotWidth, thresholdRow, rows, axisHeight, plotTop, height };
}

export function barChartHeight(layout: Layout, spec: BarChartSpec, width: number): number {
  return geometry(layout, spec, 0, width).height;
}

/** Draws at the cursor (the caller has made room) and moves the cursor below the chart. */
export function drawBarChart(layout: Layout, spec: BarChartSpec, x = layout.left, width = layout.width): void {
  const { doc } = layout;
  const g = geometry(layout, spec, x, width);
  const y0 = layout.y;
  const span = spec.axis.max - spec.axis.min || 1;
  const at = (value: number): number =>
    g.plotX + (Math.min(Math.max(value, spec.axis.min), spec.axis.max) - spec.axis.min) / span * g.plotWidth;
  const ascending = [...spec.thresholds].sort((a, b) => a.value - b.value);
  const plotTop = y0 + g.plotTop;
  const plotBottom = plotTop + g.rows.reduce((a, b) => a + b, 0);

  layout.tagged('Figure', () => {
    doc.save();
    // Grid at the ticks, and the axis.
    doc.lineWidth(0.4).strokeColor(COLOR.hairline);
    for (const tick of spec.ticks) doc.moveTo(at(tick), plotTop).lineTo(at(tick), plotBottom).stroke();
    doc.lineWidth(0.7).strokeColor(COLOR.rule).moveTo(g.plotX, plotBottom).lineTo(g.plotX + g.plotWidth, plotBottom).stroke();
    for (const tick of spec.ticks) {
      const text = spec.tickText(tick);
      const w = layout.widthOf(text, TEXT.tiny);
      layout.put(text, TEXT.tiny, at(tick) - w / 2 - 1, plotBottom + 4, w + 2, { align: 'center' });
    }

    // Bars and their labels.
    let rowY = plotTop;
    spec.bars.forEach((bar, index) => {
      const rowHeight = g.rows[index] ?? BAR + ROW_GAP;
      const barY = rowY + ROW_GAP / 2;
      layout.put(bar.label, { ...TEXT.small, color: COLOR.text }, x, barY - 0.5, g.labelWidth);
      if (bar.value === null) {
        layout.put(spec.emptyText, TEXT.tiny, g.plotX + 3, barY + 1.5, g.plotWidth);
      } else {
        const end = at(bar.value);
        doc.rect(g.plotX, barY, Math.max(1.5, end - g.plotX), BAR).fill(COLOR.accent);
      }
      // Values in their own column right of the plot, clear of the threshold lines.
      layout.put(bar.valueText, TEXT.smallBold, g.plotX + g.plotWidth + 8, barY + 0.5, VALUE_WIDTH - 8);
      rowY += rowHeight;
    });

    // Threshold lines over the bars, with their labels in a staircase: the lowest on top, so each
    // line runs down past labels that start to its right.
    ascending.forEach((threshold, row) => {
      const lx = at(threshold.value);
      const ly = y0 + row * g.thresholdRow;
      doc.save().lineWidth(0.9).strokeColor(COLOR.text).dash(2.5, { space: 2 })
        .moveTo(lx, ly + g.thresholdRow - 1).lineTo(lx, plotBottom).stroke().undash().restore();
      const text = spec.thresholdText(threshold);
      const w = layout.widthOf(text, TEXT.tiny) + 1;
      const fitsRight = lx + 3 + w <= x + width;
      const tx = fitsRight ? lx + 3 : Math.max(x, lx - 3 - w);
      doc.rect(tx - 1.5, ly, w + 3, g.thresholdRow - 1).fill(COLOR.white);
      layout.put(text, { ...TEXT.tiny, color: COLOR.text }, tx, ly + 1, w + 1);
      doc.save().lineWidth(0.9).strokeColor(COLOR.text).moveTo(lx, ly + 1).lineTo(lx, ly + g.thresholdRow - 1).stroke().restore();
    });
    doc.restore();
  }, undefined, { alt: spec.alt });
  layout.y = y0 + g.height;
}

/** A chart under a level-2 heading and a lead paragraph, kept together on one page. */
export function drawChartSection(layout: Layout, title: string, lead: string, spec: BarChartSpec): void {
  const height = barChartHeight(layout, spec, layout.width);
  layout.leadSection(title, lead, 8, height);
  layout.ensure(height);
  drawBarChart(layout, spec);
}
