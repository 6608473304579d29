import { describe, expect, it } from 'vitest';
import { evaluateWorksheet } from '@/lib/estimate/evaluate-worksheet';
import { isPerDayName } from '@/lib/estimate/per-day-rows';

const rows = (...pairs: [string, string][]) => evaluateWorksheet(pairs.map(([name, expr]) => ({ name, expr })), {});

describe('a row named per day but written as an amount', () => {
  it.each([
    ['raw_storage_per_day', '432 GB', 'raw_storage_per_day * 30 d to TB', '13 TB'],
    ['dailyIngest', '200 GB', 'dailyIngest * 365 day to TB', '73 TB'],
    ['events_a_day', '50e6 events', 'events_a_day * 7 days', '350 million events'],
    ['storagePerDay', '1 TB', 'storagePerDay * 2 weeks to TB', '14 TB'],
  ])('%s = %s is read as a daily rate where only that makes sense: %s', (name, amount, expr, display) => {
    const [, used] = rows([name, amount], ['total', expr]);
    expect(used?.error).toBeUndefined();
    expect(used?.value?.display).toBe(display);
    // Named per day (or an amount times a duration): either way a note asks for the /day.
    expect(used?.notes?.some((note) => note.includes('/day'))).toBe(true);
  });

  it.each([
    ['daily_storage', '432 GB', 'daily_storage * 365', '158 TB'],
    ['storage_per_day', '432 GB', 'storage_per_day * 30', '13 TB'],
  ])('is left a total where the learner multiplies by a plain count of days: %s * n', (name, amount, expr, display) => {
    const [, used] = rows([name, amount], ['total', expr]);
    expect(used?.value?.display).toBe(display);
    expect(used?.notes?.some((note) => note.includes('named per day')) ?? false).toBe(false);
  });

  it.each([
    ['raw_storage', '432 GB', 'raw_storage * 30 d to TB'],
    ['storage_per_hour', '18 GB', 'storage_per_hour * 30 d to TB'],
  ])('is not guessed for a name that does not say per day: %s', (name, amount, expr) => {
    const [, used] = rows([name, amount], ['total', expr]);
    expect(used?.error).toBeDefined();
  });

  it.each([
    ['raw_storage_per_day', true],
    ['dailyIngest', true],
    ['events_a_day', true],
    ['gb_pd', true],
    ['per_day_peak', true],
    ['today', false],
    ['days_retained', false],
    ['holiday_factor', false],
  ])('reads the name %s as per day: %s', (name, expected) => {
    expect(isPerDayName(name)).toBe(expected);
  });
});
