// Names as people mean them: one spelling of "Bjørn" whether the file wrote ø as one character or as
// o and a combining stroke (NFC), and "Anne " or "Anne  Berg" the same as "Anne" and "Anne Berg".

/**
 * Words of printable ASCII and precomposed Latin letters (U+00A1-U+024F: æ, ø, å, é, ü, ...) with single
 * spaces between them: already NFC with normal spaces, the common case, returned as it is.
 */
const PLAIN = /^(?:[!-~\u00a1-\u024f]+ )*[!-~\u00a1-\u024f]+$/;
/** Control characters other than tab, line feed and carriage return (which are whitespace). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Nothing but control characters and whitespace. */
const ONLY_CONTROL = /^[\s\u0000-\u001f\u007f-\u009f]*$/;

/** `text` in NFC, trimmed, every run of whitespace one space. */
export function normaliseName(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The control character that makes `text` no name, written as U+XXXX, or null: a NUL anywhere (a line of
 * NUL bytes became a team "\0"), or a text of control characters alone. Other control characters inside
 * a real name (an escape sequence pasted in) are kept and shown escaped, as terminal-text.ts does.
 */
export function controlCharacter(text: string): string | null {
  const found = CONTROL.exec(text);
  if (!found || (!text.includes('\u0000') && !ONLY_CONTROL.test(text))) return null;
  const char = text.includes('\u0000') ? '\u0000' : found[0];
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
