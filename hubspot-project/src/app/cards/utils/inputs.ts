/**
 * What HubSpot's date and time inputs give and take, and the core's values they stand for. The
 * core stores a calendar date as `2027-01-31` and an instant as ISO text in UTC; DateInput counts
 * months from 0 and TimeInput gives hours and minutes, both read in the portal's time zone.
 */
export interface BaseDate {
  year: number;
  month: number;
  date: number;
}

export interface BaseTime {
  hours: number;
  minutes: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2027-01-31` ↔ the DateInput value. */
export function toIsoDate(value: BaseDate | null | undefined): string | undefined {
  if (!value) return undefined;
  return `${pad(value.year, 4)}-${pad(value.month + 1)}-${pad(value.date)}`;
}

export function fromIsoDate(value: unknown): BaseDate | undefined {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]) - 1, date: Number(match[3]) } : undefined;
}

function zoneOrUtc(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC'; // a time zone this runtime does not know: show UTC rather than fail the editor
  }
}

/** The wall-clock date and time of an instant in a time zone. */
function wallClock(ms: number, timeZone: string): { date: BaseDate; time: BaseTime } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(ms));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { date: { year: part('year'), month: part('month') - 1, date: part('day') }, time: { hours: part('hour') % 24, minutes: part('minute') } };
}

/** An ISO instant as the DateInput and TimeInput values of the portal's time zone; undefined when it is not one. */
export function fromInstant(value: unknown, timeZone?: string): { date: BaseDate; time: BaseTime } | undefined {
  const ms = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
  return Number.isFinite(ms) ? wallClock(ms, zoneOrUtc(timeZone)) : undefined;
}

/**
 * A date and a time read in the portal's time zone as an ISO instant in UTC; a date without a
 * time means midnight. The zone's offset is found from the wall clock, twice, so a date on the
 * other side of a daylight-saving change still lands on the time typed.
 */
export function toInstant(date: BaseDate | null | undefined, time: BaseTime | null | undefined, timeZone?: string): string | undefined {
  if (!date) return undefined;
  const zone = zoneOrUtc(timeZone);
  const wanted = Date.UTC(date.year, date.month, date.date, time?.hours ?? 0, time?.minutes ?? 0);
  const offsetAt = (ms: number) => {
    const { date: d, time: t } = wallClock(ms, zone);
    return Date.UTC(d.year, d.month, d.date, t.hours, t.minutes) - ms;
  };
  let ms = wanted - offsetAt(wanted);
  ms = wanted - offsetAt(ms);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}
