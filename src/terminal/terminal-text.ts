// Text for a terminal. Control characters in text from data files (an escape sequence in a team name
// could retitle or clear the terminal) are shown as visible escapes instead of being obeyed. Layout:
// word wrap with a hanging indent, cutting to a width, padding. Widths count characters (code
// points), which is what Nordic text and the box-drawing signs need.

// C0 controls except tab and newline, DEL, and C1 controls.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function safeForTerminal(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * A whole document for a terminal (CSV or Markdown on stdout): control characters from the data
 * shown escaped, as safeForTerminal does, but line ends (CRLF too) kept, so it still reads as lines.
 */
export function safeDocumentForTerminal(text: string): string {
  return text.split('\r\n').map(safeForTerminal).join('\r\n');
}

export function textWidth(text: string): number {
  return [...text].length;
}

/**
 * Wrap `text` to `width` columns: the first line starts after `firstIndent` spaces (or text already
 * on the line), the rest after `indent` spaces. A word longer than a line is cut.
 */
export function wrapText(text: string, width: number, indent = 0, firstIndent = indent): string {
  const room = Math.max(10, width);
  const lines: string[] = [];
  let line = ' '.repeat(firstIndent);
  let used = firstIndent;
  let empty = true;
  for (let word of text.split(/\s+/).filter(Boolean)) {
    let w = textWidth(word);
    if (w > room - indent) {
      // A very long word (a URL): fill the line, then carry the rest over. Its letters are split
      // once and cut by position, so a word of any length is wrapped in time linear in its length.
      const chars = [...word];
      let start = 0;
      while (chars.length - start > room - indent) {
        const space = empty ? 0 : 1;
        // At least one letter a line, so a hanging indent wider than the terminal never stalls.
        const fit = Math.max(1, room - used - space);
        if (fit < 4 && !empty) {
          lines.push(line);
          line = ' '.repeat(indent);
          used = indent;
          empty = true;
          continue;
        }
        line += (empty ? '' : ' ') + chars.slice(start, start + fit).join('');
        lines.push(line);
        start += fit;
        line = ' '.repeat(indent);
        used = indent;
        empty = true;
      }
      word = chars.slice(start).join('');
      w = chars.length - start;
    }
    if (!empty && used + 1 + w > room) {
      lines.push(line);
      line = ' '.repeat(indent) + word;
      used = indent + w;
    } else {
      line += (empty ? '' : ' ') + word;
      used += (empty ? 0 : 1) + w;
    }
    empty = false;
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd()).join('\n');
}

/** `text` cut to `width` columns, ending in "…" when cut. */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  if (width <= 1) return chars.slice(0, width).join('');
  return `${chars.slice(0, width - 1).join('').trimEnd()}…`;
}

export function padEnd(text: string, width: number): string {
  const w = textWidth(text);
  return w >= width ? text : text + ' '.repeat(width - w);
}

export function padStart(text: string, width: number): string {
  const w = textWidth(text);
  return w >= width ? text : ' '.repeat(width - w) + text;
}
