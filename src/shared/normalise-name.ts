// Names as people mean them: one spelling of "Bjørn" whether the file wrote ø as one character or as
// o and a combining stroke (NFC), and "Anne " or "Anne  Berg" the same as "Anne" and "Anne Berg".

/** Printable ASCII words with single spaces between them: already normal, the common case. */
const PLAIN = /^(?:[!-~]+ )*[!-~]+$/;
/** Control characters other than tab, line feed and carriage return (which are whitespace). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** `text` in NFC, trimmed, every run of whitespace one space. */
export function normaliseName(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The first control character in `text`, written as U+XXXX, or null when there is none. */
export function controlCharacter(text: string): string | null {
  const found = CONTROL.exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}
