// Guessing how a data file is written: its encoding (BOM, valid UTF-8, else Windows-1252) and its
// delimiter (the most frequent of , ; tab | in the header line, outside quotes).
import { isUtf8 } from 'node:buffer';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];
export const DELIMITERS = [',', ';', '\t', '|'] as const;

export interface SniffedEncoding {
  encoding: Encoding;
  bomLength: number;
  /** True when no BOM said so and the bytes were not valid UTF-8. */
  guessed: boolean;
}

export function normaliseEncoding(name: string): Encoding | undefined {
  const key = name.toLowerCase().replace(/[_\s]/g, '-');
  if (key === 'utf8' || key === 'utf-8') return 'utf-8';
  if (key === 'utf16le' || key === 'utf-16le' || key === 'ucs-2') return 'utf-16le';
  if (key === 'utf16be' || key === 'utf-16be') return 'utf-16be';
  if (['windows-1252', 'cp1252', 'win1252', 'latin1', 'latin-1', 'iso-8859-1', 'ansi'].includes(key)) return 'windows-1252';
  return undefined;
}

/**
 * How many bytes of `bytes` end on a whole character: a multi-byte UTF-8 sequence cut off at the
 * end (a chunk or sample boundary) is left out, to be judged with the bytes that follow it.
 */
export function wholeUtf8Length(bytes: Uint8Array): number {
  const end = bytes.length;
  let back = 0;
  while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1]! & 0xc0) === 0x80) back++;
  return end - back - 1 >= 0 && bytes[end - back - 1]! >= 0xc0 ? end - back - 1 : end;
}

/** Whether `bytes` are valid UTF-8, ignoring a multi-byte sequence cut off at the very end. */
function isValidUtf8(bytes: Uint8Array, truncated: boolean): boolean {
  return isUtf8(bytes.subarray(0, truncated ? wholeUtf8Length(bytes) : bytes.length));
}

export function sniffEncoding(head: Uint8Array, truncated: boolean): SniffedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, guessed: false };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, guessed: false };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, guessed: false };
  if (isValidUtf8(head, truncated)) return { encoding: 'utf-8', bomLength: 0, guessed: false };
  return { encoding: 'windows-1252', bomLength: 0, guessed: true };
}

/** The delimiter of a header line: the most frequent candidate outside quotes; `,` when none. */
export function sniffDelimiter(headerLine: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** The first line of `text` (up to a newline outside quotes). */
export function firstLine(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return text.slice(0, i);
  }
  return text;
}
