// When each team's next assessment is due: its latest date plus the scale's review interval.
import { ISO_DATE } from '../shared/iso-date.js';
import type { AssessmentResult } from '../result/schema.js';

/**
 * An ISO date plus whole months, the day clamped to the end of the month (2026-08-31 + 6 = 2027-02-28),
 * as people count "in six months". Pure arithmetic on the string: no Date, no time zone, no clock.
 * Null for a string that is not an ISO date.
 */
export function addMonths(isoDate: string, months: number): string | null {
  const match = ISO_DATE.exec(isoDate);
  if (match === null) return null;
  const monthIndex = Number(match[1]) * 12 + (Number(match[2]) - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const day = Math.min(Number(match[3]), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Sets `nextDue` on each team's latest dated assessment, of any kind; every other is null. Two
 * assessments on a team's latest date (a self-assessment and a review on one day) both carry it.
 */
export function withNextDue(results: readonly AssessmentResult[], months: number | null): AssessmentResult[] {
  if (months === null) return results.map((result) => ({ ...result, nextDue: null }));
  const latest = new Map<string, string>();
  for (const { team, date } of results) {
    const known = latest.get(team);
    if (date !== null && (known === undefined || date > known)) latest.set(team, date);
  }
  return results.map((result) => ({
    ...result,
    nextDue: result.date !== null && result.date === latest.get(result.team) ? addMonths(result.date, months) : null,
  }));
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
