// Dates travel as ISO strings (YYYY-MM-DD) everywhere: this is the one pattern that reads them, with
// year, month and day captured, for the arithmetic and formatting that work on the string itself.
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970 of an ISO date, by arithmetic (no clock, no time zone). */
export function dayNumber(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

/** The ISO date of a moment in UTC. */
export function isoDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}
