// The scale's notice (pathways-hf: a formal review uses the official manual; bands below 3.5 are
// this tool's own), in small print at the foot of the page when there is room.
import { localize } from '../../i18n/lang.js';
import type { RenderContext } from '../render-context.js';
import type { Block } from './page-block.js';
import type { Layout } from './pdf-layout.js';
import { COLOR, TEXT } from './pdf-theme.js';

const ABOVE = 8;

export function planNotice(layout: Layout, ctx: RenderContext, size = 7): Block | null {
  const text = localize(ctx.scale.notice ?? undefined, ctx.lang);
  if (!text) return null;
  const STYLE = { ...TEXT.tiny, size, lineGap: size / 12 };
  const textHeight = layout.heightOf(text, STYLE, layout.width);
  const height = ABOVE + 5 + textHeight;
  const draw = (): void => {
    if (layout.remaining >= height) layout.y = layout.bottom - height + ABOVE;
    else layout.gap(ABOVE);
    layout.ensure(5 + textHeight);
    layout.rule(COLOR.rule);
    layout.y += 5;
    layout.text(text, STYLE);
  };
  return { height, draw };
}
