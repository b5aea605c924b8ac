/** HubSpot's date and time input values ↔ the core's dates and instants, in the portal's time zone. */
import { fromInstant, fromIsoDate, toInstant, toIsoDate } from '../../src/app/cards/utils/inputs';

describe('date and time inputs', () => {
  it('reads and writes calendar dates with months from 0, and nothing for what is not a date', () => {
    expect(toIsoDate({ year: 2027, month: 0, date: 31 })).toBe('2027-01-31');
    expect(fromIsoDate('2027-01-31')).toEqual({ year: 2027, month: 0, date: 31 });
    expect(toIsoDate(null)).toBeUndefined();
    expect(fromIsoDate('fake_date')).toBeUndefined();
  });

  it('types an instant in the portal’s time zone, either side of a daylight-saving change', () => {
    expect(toInstant({ year: 2027, month: 0, date: 15 }, { hours: 9, minutes: 0 }, 'Europe/Paris')).toBe('2027-01-15T08:00:00.000Z');
    expect(toInstant({ year: 2027, month: 6, date: 15 }, { hours: 9, minutes: 0 }, 'Europe/Paris')).toBe('2027-07-15T07:00:00.000Z');
    expect(toInstant({ year: 2027, month: 2, date: 28 }, { hours: 3, minutes: 30 }, 'Europe/Paris')).toBe('2027-03-28T01:30:00.000Z');
    expect(fromInstant('2027-07-15T07:00:00.000Z', 'Europe/Paris')).toEqual({ date: { year: 2027, month: 6, date: 15 }, time: { hours: 9, minutes: 0 } });
  });

  it('reads a date without a time as midnight, and an unknown time zone as UTC', () => {
    expect(toInstant({ year: 2027, month: 1, date: 3 }, undefined, 'UTC')).toBe('2027-02-03T00:00:00.000Z');
    expect(toInstant({ year: 2027, month: 1, date: 3 }, { hours: 9, minutes: 30 }, 'Not/AZone')).toBe('2027-02-03T09:30:00.000Z');
    expect(fromInstant('not an instant', 'UTC')).toBeUndefined();
    expect(toInstant(null, { hours: 9, minutes: 0 }, 'UTC')).toBeUndefined();
  });
});
