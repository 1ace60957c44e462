// Today's date from the clock the CLI passes in. Typed dates (ISO 2026-10-15, Norwegian 15.10.2026,
// Danish 15-10-2026) are read by parseDate (src/input/parse-date.ts) and stored as ISO.

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Today in the local time zone (a meeting at 00:30 in Oslo is dated that day, not the day before in UTC). */
export function todayIso(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
