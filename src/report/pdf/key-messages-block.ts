// The reviewers' key messages on page one (SPEC 12): what they want a leader to take away, in their
// own words, before the charts and the picked items.
import { t } from '../../i18n/catalogue.js';
import type { AssessmentResult } from '../../result/schema.js';
import type { RenderContext } from '../render-context.js';
import type { Block } from './page-block.js';
import type { Layout } from './pdf-layout.js';
import { COLOR, TEXT, type TextStyle } from './pdf-theme.js';

const TOP = 4;
const INDENT = 12;
const BETWEEN = 3;

/**
 * The key messages as a block, or null where the assessment has none. `small` sets them in smaller
 * type; `pointer` (when even that leaves no room for the rest of page one) sets them on a line or two
 * of small type after the heading's word, or, if they are longer, says where they stand instead.
 */
export function planKeyMessages(layout: Layout, a: AssessmentResult, ctx: RenderContext, small = false, pointer = false): Block | null {
  if (!a.keyMessages || a.keyMessages.length === 0) return null;
  if (pointer) {
    // Short messages still fit on a line or two of small type; longer ones are pointed to.
    const inline = `${t(ctx.lang, 'review.keyMessages')}: ${a.keyMessages.join('  ·  ')}`;
    const fits = layout.heightOf(inline, TEXT.smallBold, layout.width) <= 2 * layout.lineHeight(TEXT.smallBold) + 0.5;
    const line = fits ? inline : t(ctx.lang, 'pdf.keyMessagesLater', { section: t(ctx.lang, 'review.report') });
    const lineHeight = layout.heightOf(line, TEXT.smallBold, layout.width);
    return {
      height: TOP + lineHeight + BETWEEN,
      draw: () => {
        layout.gap(TOP);
        layout.text(line, TEXT.smallBold, { after: BETWEEN });
      },
    };
  }
  const messages = a.keyMessages;
  const heading = t(ctx.lang, 'review.keyMessages');
  const style: TextStyle = small ? TEXT.small : TEXT.body;
  const width = layout.width - INDENT;
  const headingHeight = layout.heightOf(heading, TEXT.h2, layout.width) + 4;
  const lines = messages.map((text) => ({ text, height: layout.heightOf(text, style, width) + BETWEEN }));
  const height = TOP + headingHeight + lines.reduce((sum, line) => sum + line.height, 0);
  const draw = (): void => {
    layout.gap(TOP);
    layout.ensure(height - TOP);
    let y = layout.y;
    layout.tagged('H2', () => {
      y += layout.put(heading, TEXT.h2, layout.left, y, layout.width) + 4;
    });
    const list = layout.group('L');
    for (const line of lines) {
      const top = y;
      const li = layout.group('LI', list);
      layout.tagged('Lbl', () => layout.put('•', { ...style, color: COLOR.accent }, layout.left + 2, top, 8), li);
      layout.tagged('LBody', () => layout.put(line.text, style, layout.left + INDENT, top, width), li);
      li.end();
      y += line.height;
    }
    list.end();
    layout.y = y;
  };
  return { height, draw };
}
