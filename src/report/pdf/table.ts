// Tables whose cells wrap: each row stays on one page, the header (and the current group's
// heading) repeats on a new page, and only a row taller than a whole page is split, between words.
import type { Align, Layout, Struct } from './pdf-layout.js';
import { COLOR, TEXT, type TextStyle } from './pdf-theme.js';

export interface Column {
  header: string;
  /** Points; columns without a width share what is left. */
  width?: number;
  align?: Align;
}

export interface Graphic {
  width: number;
  height: number;
  /** Draws with its top left corner at (x, y). */
  draw: (x: number, y: number) => void;
}

export interface Cell {
  text: string;
  style?: TextStyle;
  /** How many columns the cell covers; 1 by default. */
  span?: number;
  align?: Align;
  /** A second, smaller text under the first (e.g. "Core item"). */
  sub?: { text: string; style: TextStyle };
  /** A small picture before the text (e.g. a score bar), on the first line. */
  graphic?: Graphic;
}

export interface Row {
  cells: Cell[];
  fill?: string;
  /** Keep on the same page as the next row (a group's heading with its first row). */
  keepWithNext?: boolean;
  rule?: 'none' | 'hair' | 'strong';
}

export interface TableSpec {
  columns: Column[];
  rows: Row[];
  x?: number;
  width?: number;
  /** A row to repeat under the header when the table goes on after `index` on a new page. */
  continuation?: (index: number) => Row | null;
  header?: boolean;
  /** Space above and below the text of a cell; 3.5 by default. */
  padY?: number;
  /** Keep a short table on one page rather than break it. */
  keepTogether?: boolean;
}

const PAD_X = 4;
const PAD_Y = 3.5;
const SUB_GAP = 1.5;
const GRAPHIC_GAP = 5;

interface Placed {
  cell: Cell;
  x: number;
  width: number;
}

function columnWidths(spec: TableSpec, total: number): number[] {
  const fixed = spec.columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
  const flexible = spec.columns.filter((c) => c.width === undefined).length;
  const share = flexible === 0 ? 0 : Math.max(0, (total - fixed) / flexible);
  return spec.columns.map((c) => c.width ?? share);
}

function place(row: Row, widths: number[], x0: number): Placed[] {
  const out: Placed[] = [];
  let column = 0;
  let x = x0;
  for (const cell of row.cells) {
    const span = Math.max(1, cell.span ?? 1);
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    out.push({ cell, x, width });
    x += width;
    column += span;
  }
  return out;
}

function textWidth(placed: Placed): number {
  const graphic = placed.cell.graphic;
  return Math.max(4, placed.width - 2 * PAD_X - (graphic ? graphic.width + GRAPHIC_GAP : 0));
}

function cellHeight(layout: Layout, placed: Placed): number {
  const { cell } = placed;
  const width = textWidth(placed);
  let height = layout.heightOf(cell.text, cell.style ?? TEXT.cell, width);
  if (cell.sub && cell.sub.text !== '') height += SUB_GAP + layout.heightOf(cell.sub.text, cell.sub.style, width);
  if (cell.graphic) height = Math.max(height, cell.graphic.height);
  return height;
}

function rowHeight(layout: Layout, row: Row, widths: number[], x0: number, padY = PAD_Y): number {
  const heights = place(row, widths, x0).map((p) => cellHeight(layout, p));
  return Math.max(0, ...heights) + 2 * padY;
}

function headerRow(spec: TableSpec): Row {
  return {
    cells: spec.columns.map((c) => ({ text: c.header, style: TEXT.header, align: c.align })),
    rule: 'strong',
  };
}

/** Splits a row into what fits in `height` and the rest, between words (a cell's sub-text too). */
function splitRow(layout: Layout, row: Row, widths: number[], x0: number, height: number, padY: number): [Row, Row] {
  const head: Cell[] = [];
  const tail: Cell[] = [];
  const room = height - 2 * padY;
  place(row, widths, x0).forEach((placed, index) => {
    const { cell } = placed;
    const style = cell.style ?? TEXT.cell;
    const width = textWidth(placed);
    const [first, split] = layout.splitToHeight(cell.text, style, width, room);
    // The first cell (an id) is repeated on the continued part, so the reader knows whose it is.
    const rest = index === 0 && split === '' ? cell.text : split;
    const keep = { style, span: cell.span, align: cell.align };
    if (rest !== '' || !cell.sub || cell.sub.text === '') {
      head.push({ ...cell, text: first, sub: split === '' ? cell.sub : undefined });
      tail.push({ ...keep, text: rest, sub: split === '' ? undefined : cell.sub });
      return;
    }
    const left = room - layout.heightOf(first, style, width) - SUB_GAP;
    if (left < layout.lineHeight(cell.sub.style)) {
      head.push({ ...cell, sub: undefined });
      tail.push({ ...keep, text: '', sub: cell.sub });
      return;
    }
    const [subFirst, subRest] = layout.splitToHeight(cell.sub.text, cell.sub.style, width, left);
    head.push({ ...cell, sub: { text: subFirst, style: cell.sub.style } });
    tail.push({ ...keep, text: '', sub: subRest === '' ? undefined : { text: subRest, style: cell.sub.style } });
  });
  return [
    { ...row, cells: head, rule: 'none', keepWithNext: false },
    { ...row, cells: tail },
  ];
}

function drawRow(layout: Layout, table: Struct, row: Row, widths: number[], x0: number, width: number, height: number, heading: boolean, padY = PAD_Y): void {
  const { doc } = layout;
  const y = layout.y;
  if (row.fill) {
    const fill = row.fill;
    layout.artifact(() => doc.save().rect(x0, y, width, height).fill(fill).restore());
  }
  const tr = layout.group('TR', table);
  for (const placed of place(row, widths, x0)) {
    const { cell } = placed;
    const tw = textWidth(placed);
    const graphic = cell.graphic;
    const tx = placed.x + PAD_X + (graphic ? graphic.width + GRAPHIC_GAP : 0);
    layout.tagged(heading ? 'TH' : 'TD', () => {
      const style = cell.style ?? TEXT.cell;
      if (graphic) {
        const line = layout.lineHeight(style);
        graphic.draw(placed.x + PAD_X, y + padY + Math.max(0, (line - graphic.height) / 2));
      }
      const h = layout.put(cell.text, style, tx, y + padY, tw, { align: cell.align });
      if (cell.sub && cell.sub.text !== '') {
        layout.put(cell.sub.text, cell.sub.style, tx, y + padY + h + SUB_GAP, tw, { align: cell.align });
      }
    }, tr);
  }
  tr.end();
  const rule = row.rule ?? 'hair';
  if (rule !== 'none') {
    layout.artifact(() => {
      doc.save()
        .lineWidth(rule === 'strong' ? 0.9 : 0.5)
        .strokeColor(rule === 'strong' ? COLOR.muted : COLOR.hairline)
        .moveTo(x0, y + height)
        .lineTo(x0 + width, y + height)
        .stroke()
        .restore();
    });
  }
  layout.y = y + height;
}

/** Height of the table drawn without a page break: for planning a page. */
export function tableHeight(layout: Layout, spec: TableSpec): number {
  const x0 = spec.x ?? layout.left;
  const widths = columnWidths(spec, spec.width ?? layout.right - x0);
  const rows = spec.header === false ? spec.rows : [headerRow(spec), ...spec.rows];
  return rows.reduce((sum, row) => sum + rowHeight(layout, row, widths, x0, spec.padY), 0);
}

/** Height of the header and first rows: what a heading above the table must keep with it. */
export function tableStartHeight(layout: Layout, spec: TableSpec): number {
  const whole = spec.keepTogether ? tableHeight(layout, spec) : 0;
  if (whole > 0 && whole <= layout.pageHeight / 2) return whole;
  return tableHeight(layout, { ...spec, rows: spec.rows.slice(0, 2) });
}

/** Draws the table at the cursor, breaking pages between rows as needed. */
export function drawTable(layout: Layout, spec: TableSpec): void {
  const x0 = spec.x ?? layout.left;
  const width = spec.width ?? layout.right - x0;
  const widths = columnWidths(spec, width);
  const padY = spec.padY ?? PAD_Y;
  const header = spec.header === false ? null : headerRow(spec);
  const headerHeight = header ? rowHeight(layout, header, widths, x0, padY) : 0;
  const table = layout.group('Table');

  const drawHeader = (): void => {
    if (header) drawRow(layout, table, header, widths, x0, width, headerHeight, true, padY);
  };

  const pending = [...spec.rows];
  const origin = spec.rows.map((_, index) => index);
  const first = pending[0];
  layout.ensure(spec.keepTogether ? tableStartHeight(layout, spec) : headerHeight + (first ? rowHeight(layout, first, widths, x0, padY) : 0));
  drawHeader();

  while (pending.length > 0) {
    let row = pending.shift()!;
    const index = origin.shift()!;
    let height = rowHeight(layout, row, widths, x0, padY);
    const next = pending[0];
    // A group heading stays with its first row, and the last row never stands alone on a page.
    const keep = next && (row.keepWithNext || pending.length === 1) ? rowHeight(layout, next, widths, x0, padY) : 0;
    if (layout.y + height + keep > layout.bottom + 0.01) {
      const room = layout.pageHeight - headerHeight;
      if (height <= room || layout.remaining < height / 3 || layout.remaining < 40) {
        layout.newPage();
        drawHeader();
        const carry = spec.continuation?.(index);
        if (carry) drawRow(layout, table, carry, widths, x0, width, rowHeight(layout, carry, widths, x0, padY), false, padY);
      }
      if (layout.y + height > layout.bottom + 0.01) {
        // Taller than what is left of an empty page: split between words and carry the rest over.
        const [head, tail] = splitRow(layout, row, widths, x0, layout.bottom - layout.y, padY);
        if (tail.cells.slice(1).some((cell) => cell.text !== '' || (cell.sub !== undefined && cell.sub.text !== ''))) {
          pending.unshift(tail);
          origin.unshift(index);
        }
        row = head;
        height = rowHeight(layout, row, widths, x0, padY);
      }
    }
    drawRow(layout, table, row, widths, x0, width, height, false, padY);
  }
  table.end();
}
