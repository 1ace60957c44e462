// Page geometry, the cursor, and the rules that keep text in its box: measure first, then place.
// A block that does not fit starts a new page, a heading never stays alone at a page's foot, and
// text is drawn with a height limit so pdfkit never breaks a page behind the layout's back.
import { FONT_NAME } from './fonts.js';
import { PAGE, TEXT, type TextStyle } from './pdf-theme.js';

export type Struct = PDFKit.PDFStructureElement;
export type Align = 'left' | 'center' | 'right';

export interface PutOptions {
  align?: Align;
  /** Cut the text at this height with an ellipsis (for one-line labels). */
  maxHeight?: number;
}

export interface FlowOptions {
  /** Structure type for the tagged PDF; P by default. */
  tag?: string;
  /** Space below, in points. */
  after?: number;
}

const HEADING: Record<1 | 2 | 3, { style: TextStyle; before: number; after: number }> = {
  1: { style: TEXT.h1, before: 6, after: 8 },
  2: { style: TEXT.h2, before: 14, after: 7 },
  3: { style: TEXT.h3, before: 10, after: 4 },
};

/**
 * Text as the fonts are used here (fonts.ts: no OpenType mark positioning): letters with their accents
 * as one character where Unicode has one, so "Å" typed as A + ring (as macOS and some web forms
 * send it) is drawn from the font's own Å glyph rather than a ring placed by guesswork.
 */
function composed(text: string): string {
  return text.normalize('NFC');
}

/** Any one text longer than this many characters (a note, a title, a URL) is drawn cut, ending in "…". */
export const TEXT_LIMIT = 2000;
/** A team's or rater's name longer than this is drawn cut, ending in "…". */
export const NAME_LIMIT = 200;

/** `text` cut to at most `limit` characters, the last one "…", never between the halves of a surrogate pair. */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export class Layout {
  readonly doc: PDFKit.PDFDocument;
  /** The cursor: where the next block starts. */
  y: number = PAGE.top;
  /** Footer label for the pages started from now on. */
  label = '';
  private readonly labels: string[] = [];
  private readonly heights = new Map<string, number>();
  /** True once a text was drawn cut (TEXT_LIMIT, NAME_LIMIT): the report then says so. */
  shortened = false;
  private readonly root: Struct;

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc;
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  get left(): number {
    return PAGE.left;
  }
  get right(): number {
    return PAGE.width - PAGE.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get top(): number {
    return PAGE.top;
  }
  get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }
  /** Usable height of a whole page. */
  get pageHeight(): number {
    return this.bottom - this.top;
  }
  get remaining(): number {
    return this.bottom - this.y;
  }
  get atTop(): boolean {
    return this.y <= this.top + 0.5;
  }

  newPage(): void {
    this.doc.addPage();
    this.labels.push(this.label);
    this.y = this.top;
  }

  /** Starts a new page unless `height` fits below the cursor (or the page is still empty). */
  ensure(height: number): void {
    if (this.y + height > this.bottom + 0.01 && !this.atTop) this.newPage();
  }

  /** Vertical space, dropped at the top of a page. */
  gap(points: number): void {
    if (!this.atTop) this.y += points;
  }

  use(style: TextStyle): void {
    this.doc.font(FONT_NAME[style.weight]).fontSize(style.size).fillColor(style.color);
  }

  /** A team's or rater's name as drawn: cut past NAME_LIMIT characters. */
  name(text: string): string {
    if (text.length <= NAME_LIMIT) return text;
    this.shortened = true;
    return cutText(text, NAME_LIMIT);
  }

  /** Text as drawn: composed, and cut past TEXT_LIMIT characters. */
  private capped(raw: string): string {
    const text = composed(raw);
    if (text.length <= TEXT_LIMIT) return text;
    this.shortened = true;
    return cutText(text, TEXT_LIMIT);
  }

  /**
   * Text ready for pdfkit at `width`: a run without spaces wider than the box is broken into
   * lines that fit, from widths measured once per letter. pdfkit's own wrapping of such a run
   * measures the whole rest of it again for every line (and keeps every rest in its cache):
   * quadratic in the run's length.
   */
  private breakable(text: string, style: TextStyle, width: number): string {
    // A letter is at most about two em wide: a shorter run always fits, and is not measured.
    const shortest = Math.max(4, Math.floor(width / (2 * style.size)));
    if (text.length < shortest) return text;
    const runs = new RegExp(`\\S{${shortest},}`, 'gu');
    if (!runs.test(text)) return text;
    runs.lastIndex = 0;
    // Font and size only: a colour set here would be written into the page for nothing.
    this.doc.font(FONT_NAME[style.weight]).fontSize(style.size);
    const room = width * 0.97;
    return text.replace(runs, (run) => {
      if (this.doc.widthOfString(run) <= width) return run;
      const lines: string[] = [];
      let line = '';
      let used = 0;
      for (const { segment } of graphemes.segment(run)) {
        const advance = this.doc.widthOfString(segment);
        if (line !== '' && used + advance > room) {
          lines.push(line);
          line = '';
          used = 0;
        }
        line += segment;
        used += advance;
      }
      lines.push(line);
      return lines.join('\n');
    });
  }

  heightOf(raw: string, style: TextStyle, width: number): number {
    if (raw === '') return 0;
    const text = this.capped(raw);
    // Layout measures the same text at the same width many times (fitting page one, keeping rows
    // whole), and each measure lays the text out in full: remember the answers.
    const key = `${style.weight}\u0000${style.size}\u0000${style.lineGap ?? 0}\u0000${width}\u0000${text}`;
    const known = this.heights.get(key);
    if (known !== undefined) return known;
    const ready = this.breakable(text, style, width);
    this.use(style);
    const height = this.doc.heightOfString(ready, { width, lineGap: style.lineGap ?? 0 });
    this.heights.set(key, height);
    return height;
  }

  widthOf(text: string, style: TextStyle): number {
    const capped = this.capped(text);
    this.use(style);
    return this.doc.widthOfString(capped);
  }

  /** Height of one line of `style`, gap included. */
  lineHeight(style: TextStyle): number {
    this.use(style);
    return this.doc.currentLineHeight(true) + (style.lineGap ?? 0);
  }

  /**
   * Draws text in a box at (x, y) without moving the cursor or breaking the page; returns its height.
   * The height limit keeps pdfkit from adding a page on its own.
   */
  put(raw: string, style: TextStyle, x: number, y: number, width: number, options: PutOptions = {}): number {
    if (raw === '') return 0;
    const text = this.capped(raw);
    const full = this.heightOf(text, style, width);
    const height = options.maxHeight === undefined ? full : Math.min(full, options.maxHeight);
    const ready = this.breakable(text, style, width);
    this.use(style);
    this.doc.text(ready, x, y, {
      width,
      height: height + 1,
      lineGap: style.lineGap ?? 0,
      align: options.align ?? 'left',
      ellipsis: options.maxHeight !== undefined,
    });
    return height;
  }

  /** Draws inside a new structure element of `type` (P, H1, TD, Figure ...) under `parent`. */
  tagged(type: string, draw: () => void, parent: Struct = this.root, options: { alt?: string } = {}): void {
    parent.add(this.doc.struct(type, options, [draw]));
  }

  /** A structure element to hold others (Table, TR, L); end() it when done. */
  group(type: string, parent: Struct = this.root): Struct {
    const element = this.doc.struct(type);
    parent.add(element);
    return element;
  }

  /** Decoration that is not content (rules, backgrounds, page furniture). Never call inside tagged(). */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }

  /** A paragraph in the flow. Text longer than a page is split across pages at a word. */
  text(text: string, style: TextStyle, options: FlowOptions = {}): void {
    const x = this.left;
    const width = this.width;
    let rest = this.capped(text);
    while (rest !== '') {
      let height = this.heightOf(rest, style, width);
      let part = rest;
      if (height > this.pageHeight) {
        this.ensure(this.lineHeight(style) * 3);
        [part, rest] = this.splitToHeight(rest, style, width, this.remaining);
        height = this.heightOf(part, style, width);
      } else {
        this.ensure(height);
        rest = '';
      }
      const y = this.y;
      this.tagged(options.tag ?? 'P', () => this.put(part, style, x, y, width));
      this.y += height;
      if (rest !== '') this.newPage();
    }
    this.y += options.after ?? 0;
  }

  /** A heading, kept on one page with at least `keepWith` points of what follows it. */
  heading(text: string, level: 1 | 2 | 3, keepWith = 60): void {
    const { style, before, after } = HEADING[level];
    this.gap(before);
    const height = this.heightOf(text, style, this.width);
    this.ensure(height + after + keepWith);
    const y = this.y;
    this.tagged(`H${level}`, () => this.put(text, style, this.left, y, this.width));
    this.y += height + after;
  }

  /**
   * A level-2 heading and its small lead paragraph (none when `lead` is empty), `gap` points apart
   * from what follows, the heading kept on the page with the lead and `keepWith` points more.
   */
  leadSection(title: string, lead: string, gap: number, keepWith: number): void {
    this.heading(title, 2, (lead ? this.heightOf(lead, TEXT.small, this.width) + gap : 0) + keepWith);
    if (lead) this.text(lead, TEXT.small, { after: gap });
  }

  /** Height a heading takes with its spacing, for callers that plan a page. */
  headingHeight(text: string, level: 1 | 2 | 3): number {
    const { style, before, after } = HEADING[level];
    return before + this.heightOf(text, style, this.width) + after;
  }

  /** A thin horizontal rule across the text width. */
  rule(color: string, x = this.left, width = this.width): void {
    const y = this.y;
    this.artifact(() => {
      this.doc.save().lineWidth(0.6).strokeColor(color).moveTo(x, y).lineTo(x + width, y).stroke().restore();
    });
  }

  /**
   * The longest head of `text`, cut between words, that fits in `maxHeight`; and the rest.
   * A run without spaces wider than the box is split into its lines first (breakable), so it too
   * is cut between lines.
   */
  splitToHeight(raw: string, style: TextStyle, width: number, maxHeight: number): [string, string] {
    const text = this.breakable(this.capped(raw), style, width);
    const words = text.split(/(?<=\s)/);
    let low = 0;
    let high = words.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (this.heightOf(words.slice(0, mid).join('').trimEnd(), style, width) <= maxHeight) low = mid;
      else high = mid - 1;
    }
    if (low === 0) low = 1;
    return [words.slice(0, low).join('').trimEnd(), words.slice(low).join('')];
  }

  /** Page furniture on every page once the content is laid out: draw(index, count, label). */
  finish(draw: (index: number, count: number, label: string) => void): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = 0; index < count; index++) {
      this.doc.switchToPage(start + index);
      const margins = this.doc.page.margins;
      const bottom = margins.bottom;
      margins.bottom = 0;
      this.artifact(() => draw(index, count, this.labels[index] ?? ''));
      margins.bottom = bottom;
    }
    this.root.end();
  }
}
