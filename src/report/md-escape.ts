// Markdown building blocks that render the same on GitHub and in pandoc: escaped user text,
// pipe tables and headings. No HTML anywhere, so nothing in user text can inject markup.

// Every ASCII punctuation character may be backslash-escaped in CommonMark and in pandoc. These are
// the ones that can start markup in either: emphasis, code, links, tables, HTML and entities,
// pandoc's math ($), superscript (^), subscript and strike-out (~) and citations (@).
const SPECIAL = /[\\`*_{}[\]<>#|~$^@&!]/g;

/**
 * User text (team names, notes, titles) as literal Markdown inline text: special characters
 * escaped, line breaks folded to spaces so a note cannot end a table row or a list item, and
 * what would start a block at the start of a line (a list marker, "1.", a setext underline) defused.
 */
export function escapeMd(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let out = flat.replace(SPECIAL, '\\$&');
  // At the start of a line "- x", "+ x" and "= x" open a list or underline a heading; ": x" opens a
  // pandoc definition; "1. x", "a) x", "iv. x" and "(1) x" open pandoc's fancy ordered lists.
  out = out.replace(/^([-+=:(])/, '\\$1').replace(/^(\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)([.)])(?=\s|$)/, '$1\\$2');
  return out;
}

export type Align = 'left' | 'right';

/** A pipe table. Cells are Markdown already (escape user text first); empty cells stay empty. */
export function mdTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((cell) => cell.replace(/\n/g, ' ')).join(' | ')} |`;
  const rule = headers.map((_, index) => (align[index] === 'right' ? '---:' : '---'));
  return [line(headers), `|${rule.join('|')}|`, ...rows.map(line)].join('\n');
}

export function mdHeading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(Math.max(level, 1), 6))} ${text}`;
}

export function mdList(lines: readonly string[]): string {
  return lines.map((line) => `- ${line}`).join('\n');
}

/** "**Label:** value", for the short facts under a title or in the method. */
export function mdFact(label: string, value: string): string {
  return `**${label}:** ${value}`;
}
