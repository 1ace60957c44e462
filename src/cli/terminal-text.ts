// Text from data files shown in a terminal: control characters (an escape sequence in a team name
// could retitle or clear the terminal) are shown as visible escapes instead of being obeyed.

// C0 controls except tab and newline, DEL, and C1 controls.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function safeForTerminal(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
