import fc from 'fast-check';
import { checkConfig, defaultConfig, resolveConfig } from '../src/config';
import { isMessageKey } from '../src/i18n';

describe('settings', () => {
  it('defaults to the escalation table of the brief', () => {
    const config = resolveConfig();
    expect(config).toEqual(defaultConfig);
    expect(config.staleDays).toEqual({ 'lead-score': 14, 'deal-risk': 7, 'customer-health': 30 });
    expect(config.reviewDays).toBe(2);
    expect(config.levels).toEqual({ high: 0.7, medium: 0.4 });
    expect(config.conflicts.leadQuality).toMatchObject({ owner: 'role.revops', deadline: { hours: 48 } });
    expect(config.conflicts.forecastDiscrepancy).toMatchObject({
      maxGapPoints: 25,
      owner: 'role.vpSales',
      deadline: { event: 'next-forecast-meeting' },
      categoryProbability: { commit: 90, 'best-case': 60, pipeline: 30, omitted: 0 },
    });
    expect(config.conflicts.metricContradiction.deadline).toEqual({ event: 'next-council-meeting' });
    expect(config.conflicts.customerHealth).toMatchObject({ lowBelow: 0.4, highAtLeast: 0.7, owner: 'role.csDirector' });
  });

  it('names every default role with a message key, so roles are shown in the user language', () => {
    for (const rule of Object.values(defaultConfig.conflicts)) {
      for (const role of [...rule.notify, rule.owner]) expect(isMessageKey(role)).toBe(true);
    }
  });

  it('applies what an admin changed and keeps the defaults elsewhere', () => {
    const config = resolveConfig({
      staleDays: { 'deal-risk': 3 },
      conflicts: { forecastDiscrepancy: { maxGapPoints: 15, owner: 'Head of Revenue', deadline: { hours: 24 } } },
    });
    expect(config.staleDays).toEqual({ 'lead-score': 14, 'deal-risk': 3, 'customer-health': 30 });
    expect(config.conflicts.forecastDiscrepancy).toMatchObject({ maxGapPoints: 15, owner: 'Head of Revenue', deadline: { hours: 24 } });
    expect(config.conflicts.forecastDiscrepancy.notify).toEqual(['role.vpSales', 'role.revops']);
    expect(config.conflicts.leadQuality).toEqual(defaultConfig.conflicts.leadQuality);
  });

  it('replaces each bad value by its default and reports it, keeping the good ones', () => {
    const { config, ignored } = checkConfig({
      staleDays: { 'lead-score': -3, 'customer-health': 45 },
      levels: { high: 2 },
      conflicts: {
        leadQuality: { enabled: 'yes', notify: 'RevOps' },
        forecastDiscrepancy: { maxGapPoints: 250, deadline: { event: 'next-tuesday' } },
        customerHealth: { lowBelow: 0.8, highAtLeast: 0.5 },
      },
      colour: 'blue',
    } as never);
    expect(config.staleDays).toEqual({ 'lead-score': 14, 'deal-risk': 7, 'customer-health': 45 });
    expect(config.levels).toEqual(defaultConfig.levels);
    expect(config.conflicts.leadQuality).toEqual(defaultConfig.conflicts.leadQuality);
    expect(config.conflicts.forecastDiscrepancy.maxGapPoints).toBe(25);
    expect(config.conflicts.forecastDiscrepancy.deadline).toEqual({ event: 'next-forecast-meeting' });
    expect(config.conflicts.customerHealth).toMatchObject({ lowBelow: 0.4, highAtLeast: 0.7 });
    expect(ignored.map((i) => i.path).sort()).toEqual(
      [
        'colour',
        'conflicts.customerHealth',
        'conflicts.forecastDiscrepancy.deadline',
        'conflicts.forecastDiscrepancy.maxGapPoints',
        'conflicts.leadQuality.enabled',
        'conflicts.leadQuality.notify',
        'levels.high',
        'staleDays.lead-score',
      ].sort(),
    );
    for (const item of ignored) expect(item.reason).not.toBe('');
  });

  it('holds meeting cadences for "next meeting" deadlines: forecast weekly on Monday, council on the first Tuesday', () => {
    expect(resolveConfig().meetings).toEqual({
      forecast: { every: 'week', weekday: 'monday' },
      council: { every: 'month', weekday: 'tuesday', week: 1 },
    });
    expect(resolveConfig().commitmentDueSoonDays).toBe(14);
    const changed = resolveConfig({ meetings: { council: { every: 'month', weekday: 'thursday', week: 'last' } } });
    expect(changed.meetings.council).toEqual({ every: 'month', weekday: 'thursday', week: 'last' });
    expect(changed.meetings.forecast).toEqual(defaultConfig.meetings.forecast);
  });

  it('replaces a bad meeting cadence or due-soon days by the default and reports it', () => {
    const { config, ignored } = checkConfig({
      meetings: { forecast: { every: 'week', weekday: 'funday' }, council: { every: 'month', weekday: 'tuesday', week: 5 } },
      commitmentDueSoonDays: -1,
    } as never);
    expect(config.meetings).toEqual(defaultConfig.meetings);
    expect(config.commitmentDueSoonDays).toBe(14);
    expect(ignored.map((i) => i.path).sort()).toEqual(['commitmentDueSoonDays', 'meetings.council', 'meetings.forecast']);
    expect(checkConfig({ meetings: { forecast: { every: 'week', weekday: 'monday', week: 1 } } } as never).ignored.map((i) => i.path)).toEqual([
      'meetings.forecast',
    ]);
  });

  it('rejects medium and high levels out of order', () => {
    const { config, ignored } = checkConfig({ levels: { high: 0.5, medium: 0.6 } });
    expect(config.levels).toEqual(defaultConfig.levels);
    expect(ignored).toEqual([{ path: 'levels', reason: 'medium must be below high' }]);
  });

  it('reads settings stored as JSON text, and survives text that is not JSON', () => {
    expect(resolveConfig('{"reviewDays": 5}').reviewDays).toBe(5);
    expect(checkConfig('{not json').ignored).toEqual([{ path: '', reason: 'the settings are not valid JSON' }]);
    expect(checkConfig('').ignored).toEqual([]);
    expect(checkConfig(42).ignored).toEqual([{ path: '', reason: 'expected a group of settings (an object)' }]);
  });

  it('does not share the defaults with callers', () => {
    const config = resolveConfig();
    config.conflicts.leadQuality.notify.push('someone');
    expect(defaultConfig.conflicts.leadQuality.notify).toHaveLength(3);
  });

  it('never throws and always gives complete settings', () => {
    const keys = fc.constantFrom('staleDays', 'levels', 'conflicts', 'reviewDays', 'leadQuality', 'high', 'deadline', 'notify', 'hours');
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(keys, fc.anything()), fc.object({ key: keys })), (given) => {
        const { config } = checkConfig(given);
        expect(config.levels.medium).toBeLessThan(config.levels.high);
        expect(typeof config.conflicts.customerHealth.enabled).toBe('boolean');
        expect(config.staleDays['lead-score']).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
