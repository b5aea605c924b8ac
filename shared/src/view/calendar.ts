/**
 * Calendar days (`YYYY-MM-DD`) as a user sees them: the day an instant falls on in their time zone,
 * and the day of the next recurring meeting after a given day.
 */
import type { Cadence, Weekday } from '../config';

const DAY_MS = 24 * 60 * 60 * 1000;
const weekdays: Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day an instant falls on in `timeZone` (UTC when the zone is unknown). */
export function dayIn(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      format = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
    }
    dayFormats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date-only value, or undefined when it is not one. */
export function calendarDay(value: string | undefined): string | undefined {
  const match = value === undefined ? null : DAY.exec(value.trim());
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === match[0] ? match[0] : undefined;
}

export function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS).toISOString().slice(0, 10);
}

function isMeetingDay(date: Date, cadence: Cadence): boolean {
  if (weekdays[date.getUTCDay()] !== cadence.weekday) return false;
  if (cadence.every === 'week') return true;
  const dayOfMonth = date.getUTCDate();
  if (cadence.week === 'last') return new Date(date.getTime() + 7 * DAY_MS).getUTCMonth() !== date.getUTCMonth();
  return Math.ceil(dayOfMonth / 7) === cadence.week;
}

/** The first meeting day strictly after `day`: a conflict raised on a meeting day waits for the next one. */
export function nextMeetingDay(cadence: Cadence, day: string): string {
  let date = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS);
  // Every cadence meets within 5 weeks (the last weekday of a month is at most 35 days away).
  for (let i = 0; i < 40 && !isMeetingDay(date, cadence); i++) date = new Date(date.getTime() + DAY_MS);
  return date.toISOString().slice(0, 10);
}
