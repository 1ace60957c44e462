// Dates as teams type them: ISO (2026-10-15), Norwegian (15.10.2026) and Danish (15-10-2026),
// always stored as ISO; and today's date from the clock the CLI passes in.

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoIfReal(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A typed date as ISO YYYY-MM-DD, or null if it is not a real date in one of the three forms. */
export function parseDateInput(text: string): string | null {
  const value = text.trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) return isoIfReal(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[.-](\d{1,2})[.-](\d{4})$/.exec(value);
  if (match) return isoIfReal(Number(match[3]), Number(match[2]), Number(match[1]));
  return null;
}

/** Today in the local time zone (a meeting at 00:30 in Oslo is dated that day, not the day before in UTC). */
export function todayIso(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
