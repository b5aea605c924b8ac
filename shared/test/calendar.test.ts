import { dayIn, dayText, nextMeetingDay } from '../src/view/calendar';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const next = (cadence: Parameters<typeof nextMeetingDay>[0], after: string) => dayText(nextMeetingDay(cadence, day(after)));

describe('meeting days', () => {
  it('finds the next weekly meeting strictly after a day', () => {
    const monday = { every: 'week', weekday: 'monday' } as const;
    expect(next(monday, '2026-11-21')).toBe('2026-11-23');
    expect(next(monday, '2026-11-23')).toBe('2026-11-30');
    expect(next(monday, '2026-12-29')).toBe('2027-01-04');
    expect(next({ every: 'week', weekday: 'sunday' }, '2026-11-23')).toBe('2026-11-29');
  });

  it('finds the nth and the last weekday of a month', () => {
    const firstTuesday = { every: 'month', weekday: 'tuesday', week: 1 } as const;
    expect(next(firstTuesday, '2026-11-23')).toBe('2026-12-01');
    expect(next(firstTuesday, '2026-12-01')).toBe('2027-01-05');
    expect(next({ every: 'month', weekday: 'wednesday', week: 3 }, '2026-11-01')).toBe('2026-11-18');
    expect(next({ every: 'month', weekday: 'friday', week: 'last' }, '2026-11-01')).toBe('2026-11-27');
    expect(next({ every: 'month', weekday: 'friday', week: 'last' }, '2027-02-26')).toBe('2027-03-26');
  });

  it('reads the day an instant falls on in the user time zone', () => {
    const instant = new Date('2026-11-23T23:30:00Z');
    expect(dayText(dayIn(instant, 'UTC'))).toBe('2026-11-23');
    expect(dayText(dayIn(instant, 'Europe/Paris'))).toBe('2026-11-24');
  });

  it('never throws on days far outside the years 0–9999', () => {
    const far = new Date('+010000-01-01T00:00:00Z');
    expect(dayText(dayIn(far, 'UTC'))).toBe('10000-01-01');
    expect(dayText(nextMeetingDay({ every: 'week', weekday: 'monday' }, dayIn(far, 'UTC')))).toMatch(/^10000-01-\d{2}$/);
    expect(() => dayText(nextMeetingDay({ every: 'week', weekday: 'monday' }, dayIn(new Date(8.64e15), 'UTC')))).not.toThrow();
  });
});
