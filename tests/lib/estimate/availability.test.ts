import { describe, expect, it } from 'vitest';
import {
  availabilityFromDowntime,
  describeDowntime,
  downtimeBudget,
  downtimeSeconds,
  formatAvailability,
  nines,
  parallelAvailability,
  parseAvailability,
  serialAvailability,
} from '@/lib/estimate/availability';

const HOUR = 3600;
const DAY = 86400;

describe('availability helper', () => {
  it('turns a percentage into downtime per year, month, week and day', () => {
    expect(downtimeSeconds(0.999, 'year') / HOUR).toBeCloseTo(8.76, 6);
    expect(downtimeSeconds(0.99, 'year') / DAY).toBeCloseTo(3.65, 6);
    const budget = downtimeBudget(0.999);
    expect(budget.month / 60).toBeCloseTo(43.8, 6);
    expect(budget.week / 60).toBeCloseTo(10.08, 6);
    expect(budget.day).toBeCloseTo(86.4, 6);
  });

  it('goes back from downtime to availability', () => {
    expect(availabilityFromDowntime(8.76 * HOUR, 'year')).toBeCloseTo(0.999, 12);
    expect(availabilityFromDowntime(0, 'day')).toBe(1);
    expect(() => availabilityFromDowntime(2 * DAY, 'day')).toThrow(RangeError);
  });

  it('composes in series and in parallel', () => {
    expect(serialAvailability([0.999, 0.999])).toBeCloseTo(0.998001, 12);
    expect(serialAvailability([])).toBe(1);
    expect(parallelAvailability([0.99, 0.99])).toBeCloseTo(0.9999, 12);
    expect(parallelAvailability([0.9])).toBeCloseTo(0.9, 12);
    expect(() => serialAvailability([1.5])).toThrow(RangeError);
  });

  it('parses and formats percentages', () => {
    expect(parseAvailability('99.9%')).toBeCloseTo(0.999, 12);
    expect(parseAvailability(' 0.999 ')).toBe(0.999);
    expect(parseAvailability('99.9')).toBeCloseTo(0.999, 12);
    expect(parseAvailability('abc')).toBeUndefined();
    expect(parseAvailability('150%')).toBeUndefined();
    expect(formatAvailability(0.999)).toBe('99.9%');
    expect(formatAvailability(0.99999)).toBe('99.999%');
    expect(nines(0.999)).toBeCloseTo(3, 9);
  });

  it('describes downtime the way the trainer teaches it', () => {
    expect(describeDowntime(0.99)).toBe('about 3.65 days of downtime a year (7.3 hours a month)');
    expect(describeDowntime(0.999, false)).toBe('about 8.76 hours of downtime a year');
    expect(describeDowntime(1)).toBe('no downtime at all');
  });
});
