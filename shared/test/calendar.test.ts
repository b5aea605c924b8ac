import { calendarDay, dayIn, nextMeetingDay } from '../src/view/calendar';

describe('meeting days', () => {
  it('finds the next weekly meeting strictly after a day', () => {
    const monday = { every: 'week', weekday: 'monday' } as const;
    expect(nextMeetingDay(monday, '2026-11-21')).toBe('2026-11-23');
    expect(nextMeetingDay(monday, '2026-11-23')).toBe('2026-11-30');
    expect(nextMeetingDay(monday, '2026-12-29')).toBe('2027-01-04');
  });

  it('finds the nth and the last weekday of a month', () => {
    const firstTuesday = { every: 'month', weekday: 'tuesday', week: 1 } as const;
    expect(nextMeetingDay(firstTuesday, '2026-11-23')).toBe('2026-12-01');
    expect(nextMeetingDay(firstTuesday, '2026-12-01')).toBe('2027-01-05');
    expect(nextMeetingDay({ every: 'month', weekday: 'wednesday', week: 3 }, '2026-11-01')).toBe('2026-11-18');
    expect(nextMeetingDay({ every: 'month', weekday: 'friday', week: 'last' }, '2026-11-01')).toBe('2026-11-27');
    expect(nextMeetingDay({ every: 'month', weekday: 'friday', week: 'last' }, '2027-02-26')).toBe('2027-03-26');
  });

  it('reads the day an instant falls on in the user time zone', () => {
    const instant = new Date('2026-11-23T23:30:00Z');
    expect(dayIn(instant, 'UTC')).toBe('2026-11-23');
    expect(dayIn(instant, 'Europe/Paris')).toBe('2026-11-24');
    expect(dayIn(instant, 'Not/AZone')).toBe('2026-11-23');
    expect(calendarDay('2026-02-30')).toBeUndefined();
    expect(calendarDay(' 2026-02-28 ')).toBe('2026-02-28');
  });
});
