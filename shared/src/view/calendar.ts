/**
 * Calendar days as a user sees them, each as the time of its midnight UTC: the day an instant
 * falls on in their time zone, and the day of the next recurring meeting after a given day.
 */
import { weekdays, type Cadence } from '../config';

export const DAY_MS = 24 * 60 * 60 * 1000;
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A day as `YYYY-MM-DD`; never throws, even far outside the years 0–9999. */
export function dayText(day: number): string {
  const date = new Date(day);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The day a valid instant falls on in `timeZone`, a zone the translator has checked. */
export function dayIn(instant: Date, timeZone: string): number {
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })));
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day));
}

function isMeetingDay(date: Date, cadence: Cadence): boolean {
  if (weekdays[(date.getUTCDay() + 6) % 7] !== cadence.weekday) return false;
  if (cadence.every === 'week') return true;
  if (cadence.week === 'last') return new Date(date.getTime() + 7 * DAY_MS).getUTCMonth() !== date.getUTCMonth();
  return Math.ceil(date.getUTCDate() / 7) === cadence.week;
}

/** The first meeting day strictly after `day`: a conflict raised on a meeting day waits for the next one. */
export function nextMeetingDay(cadence: Cadence, day: number): number {
  let next = day + DAY_MS;
  // Every cadence meets within 5 weeks (the last weekday of a month is at most 35 days away).
  for (let i = 0; i < 40 && !isMeetingDay(new Date(next), cadence); i++) next += DAY_MS;
  return next;
}
