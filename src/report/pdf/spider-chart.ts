// Spider (radar) chart: one spoke per principle or domain, from the lowest rating at the centre to
// the highest at the rim, with labelled rings; the previous round is drawn dashed under this one.
// Spokes carry numbers that key into a table beside the chart, so long names never crowd it.
import type { Range } from '../../scale/model.js';
import type { Layout } from './pdf-layout.js';
import { COLOR, TEXT } from './pdf-theme.js';

export interface SpiderAxis {
  key: string;
  value: number | null;
  previous: number | null;
  range: Range;
}

export interface SpiderSpec {
  axes: SpiderAxis[];
  /** Values of the rings, and how to print them (on the upward spoke). */
  rings: number[];
  ringRange: Range;
  ringText: (value: number) => string;
  showPrevious: boolean;
  alt: string;
}

/** Room the key badges need outside the rim. */
export const SPIDER_BADGE_ROOM = 17;

type Point = [number, number];

function polygonPath(doc: PDFKit.PDFDocument, points: Point[]): void {
  points.forEach(([px, py], index) => (index === 0 ? doc.moveTo(px, py) : doc.lineTo(px, py)));
  doc.closePath();
}

/** Draws the chart centred on (cx, cy) with the rim at `radius`. Does not move the cursor. */
export function drawSpider(layout: Layout, spec: SpiderSpec, cx: number, cy: number, radius: number): void {
  const { doc } = layout;
  const n = spec.axes.length;
  const angle = (index: number): number => -Math.PI / 2 + (index * 2 * Math.PI) / n;
  const point = (index: number, fraction: number): Point => {
    const f = Math.min(1, Math.max(0, fraction));
    return [cx + Math.cos(angle(index)) * radius * f, cy + Math.sin(angle(index)) * radius * f];
  };
  const fraction = (value: number, range: Range): number => (value - range.min) / (range.max - range.min || 1);
  const ringFraction = (value: number): number => fraction(value, spec.ringRange);

  layout.tagged('Figure', () => {
    doc.save();
    // Rings and spokes.
    spec.rings.forEach((ring, index) => {
      const f = ringFraction(ring);
      if (f <= 0) return;
      const outer = index === spec.rings.length - 1;
      polygonPath(doc, spec.axes.map((_, i) => point(i, f)));
      doc.lineWidth(outer ? 0.9 : 0.5).strokeColor(outer ? COLOR.rule : COLOR.hairline).stroke();
    });
    doc.lineWidth(0.5).strokeColor(COLOR.hairline);
    spec.axes.forEach((_, i) => {
      const [px, py] = point(i, 1);
      doc.moveTo(cx, cy).lineTo(px, py).stroke();
    });

    // One round: a closed shape when every spoke has a value, else the runs between gaps.
    const drawRound = (values: (number | null)[], current: boolean): void => {
      const points = values.map((v, i) => (v === null ? null : point(i, fraction(v, spec.axes[i]!.range))));
      const complete = points.every((p) => p !== null);
      doc.save();
      roundStroke(doc, current);
      if (complete) {
        polygonPath(doc, points as Point[]);
        if (current) doc.fillOpacity(0.16).fillAndStroke(COLOR.accent, COLOR.accent);
        else doc.stroke();
      } else {
        points.forEach((p, i) => {
          const q = points[(i + 1) % n];
          if (p && q && n > 2) doc.moveTo(p[0], p[1]).lineTo(q[0], q[1]).stroke();
        });
      }
      doc.restore();
      if (current) {
        for (const p of points) if (p) doc.circle(p[0], p[1], 2.3).fill(COLOR.accent);
      }
    };
    if (spec.showPrevious) drawRound(spec.axes.map((a) => a.previous), false);
    drawRound(spec.axes.map((a) => a.value), true);

    // Ring values up the first spoke, on a white ground so the shapes never hide them.
    spec.rings.forEach((ring) => {
      const f = ringFraction(ring);
      const text = spec.ringText(ring);
      const w = layout.widthOf(text, TEXT.tiny);
      const ty = cy - radius * f - 4;
      doc.rect(cx + 2, ty, w + 2, 8).fill(COLOR.white);
      layout.put(text, TEXT.tiny, cx + 3, ty, w + 2);
    });

    // Key badges outside the rim.
    spec.axes.forEach((axis, i) => {
      const [bx, by] = [cx + Math.cos(angle(i)) * (radius + 11), cy + Math.sin(angle(i)) * (radius + 11)];
      doc.circle(bx, by, 6.5).fill(axis.value === null ? COLOR.faint : COLOR.accent);
      const style = { ...TEXT.tinyBold, color: COLOR.white };
      const w = layout.widthOf(axis.key, style);
      layout.put(axis.key, style, bx - w / 2 - 1, by - 4.3, w + 2, { align: 'center' });
    });
    doc.restore();
  }, undefined, { alt: spec.alt });
}

/** The line of the current round (solid, accent) or the previous one (dashed, muted), in chart and key alike. */
function roundStroke(doc: PDFKit.PDFDocument, current: boolean): void {
  if (current) doc.lineWidth(1.6).strokeColor(COLOR.accent);
  else doc.lineWidth(1.1).strokeColor(COLOR.muted).dash(3, { space: 2.2 });
}

/** A legend line: a short sample of the current or previous round's line, then its label. */
export function drawRoundKey(layout: Layout, current: boolean, label: string, x: number, y: number, width: number): number {
  const { doc } = layout;
  layout.artifact(() => {
    doc.save();
    roundStroke(doc, current);
    doc.moveTo(x, y + 5).lineTo(x + 18, y + 5).stroke().restore();
  });
  let height = 0;
  layout.tagged('P', () => {
    height = layout.put(label, TEXT.tiny, x + 23, y + 1, width - 23);
  });
  return Math.max(10, height + 2);
}
