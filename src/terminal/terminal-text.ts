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
    while (textWidth(word) > room - indent) {
      // A very long word (a URL): fill the line, then carry the rest over.
      const space = empty ? 0 : 1;
      const fit = room - used - space;
      if (fit < 4) {
        lines.push(line);
        line = ' '.repeat(indent);
        used = indent;
        empty = true;
        continue;
      }
      const chars = [...word];
      line += (empty ? '' : ' ') + chars.slice(0, fit).join('');
      lines.push(line);
      word = chars.slice(fit).join('');
      line = ' '.repeat(indent);
      used = indent;
      empty = true;
    }
    const w = textWidth(word);
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
