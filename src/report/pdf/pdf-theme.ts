// The report's look in one place: one accent colour, greys for text and rules, type sizes.
// A warm red is kept for the few things a reader must not miss (unfinished, core items below the bar).

export const COLOR = {
  text: '#1F2933',
  muted: '#52606D',
  faint: '#8A96A3',
  rule: '#CBD2D9',
  hairline: '#E4E7EB',
  zebra: '#F5F7FA',
  accent: '#1B5E83',
  accentSoft: '#7FAECB',
  tint: '#EAF2F7',
  warn: '#A63D12',
  warnTint: '#FBEEE6',
  white: '#FFFFFF',
} as const;

export type FontWeight = 'regular' | 'bold';

export interface TextStyle {
  weight: FontWeight;
  size: number;
  color: string;
  /** Extra space between lines, in points. */
  lineGap?: number;
}

function style(weight: FontWeight, size: number, color: string, lineGap = 0): TextStyle {
  return { weight, size, color, lineGap };
}

export const TEXT = {
  title: style('bold', 21, COLOR.text, 1),
  h1: style('bold', 16, COLOR.text, 1),
  h2: style('bold', 12.5, COLOR.accent, 1),
  h3: style('bold', 10, COLOR.text, 1),
  body: style('regular', 9.5, COLOR.text, 1.5),
  bodyBold: style('bold', 9.5, COLOR.text, 1.5),
  small: style('regular', 8.5, COLOR.muted, 1.2),
  smallBold: style('bold', 8.5, COLOR.text, 1.2),
  tiny: style('regular', 7.5, COLOR.muted, 1),
  tinyBold: style('bold', 7.5, COLOR.muted, 1),
  label: style('bold', 7.5, COLOR.muted, 0.5),
  cell: style('regular', 8.5, COLOR.text, 1),
  cellBold: style('bold', 8.5, COLOR.text, 1),
  cellMuted: style('regular', 8.5, COLOR.muted, 1),
  header: style('bold', 7.5, COLOR.muted, 0.5),
} as const;

/** A4 in points, and margins that leave room for a binder and a footer. */
export const PAGE = { width: 595.28, height: 841.89, top: 44, bottom: 58, left: 52, right: 52 } as const;
