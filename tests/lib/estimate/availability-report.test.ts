import { describe, expect, it } from 'vitest';
import { availabilityForDowntime, composeAvailability, downtimeTable, formatAvailabilityExact } from '../../../lib/estimate/availability-report';

describe('availability helper', () => {
  it('turns a target into downtime per period', () => {
    expect(downtimeTable('99.9%')).toEqual({
      rows: [
        { period: 'year', downtime: '8.76 hours' },
        { period: 'month', downtime: '43.8 min' },
        { period: 'week', downtime: '10.1 min' },
        { period: 'day', downtime: '86.4 s' },
      ],
    });
    expect(downtimeTable('99%')).toMatchObject({ rows: expect.arrayContaining([{ period: 'year', downtime: '3.65 days' }]) });
    expect(downtimeTable('lots')).toEqual({ error: 'Write an availability such as 99.9% or 0.999.' });
    expect(downtimeTable('')).toEqual({ rows: [] });
  });

  it('turns downtime back into a target', () => {
    expect(availabilityForDowntime('8.76', 'hours', 'year')).toBe('99.9%');
    expect(availabilityForDowntime('2', 'days', 'day')).toEqual({ error: 'That is more downtime than a day has.' });
    expect(availabilityForDowntime('abc', 'hours', 'year')).toEqual({ error: 'Write the downtime as a number.' });
  });

  it('composes components in a chain and redundantly', () => {
    expect(composeAvailability('99.9% 99.9%')).toEqual({ serial: '99.8001%', serialDowntime: '17.5 hours', parallel: '99.9999%', parallelDowntime: '31.5 s', count: 2 });
    expect(composeAvailability('99.9% nope')).toEqual({ error: '"nope" is not an availability such as 99.9% or 0.999.' });
    expect(composeAvailability('99.9%')).toEqual({ error: 'List at least two components.' });
  });

  it('never rounds redundant copies up to 100%: it shows how far short they are, and the downtime that means', () => {
    expect(composeAvailability('99.9% 99.95% 99.9%')).toEqual({
      serial: '99.7502%',
      serialDowntime: '21.9 hours',
      parallel: '99.99999995%',
      parallelDowntime: '15.8 ms',
      count: 3,
    });
    expect(composeAvailability('99.99% 99.99% 99.99%')).toMatchObject({ parallel: '99.9999999999%' });
    expect(composeAvailability('100% 99%')).toMatchObject({ serial: '99%', parallel: '100%', parallelDowntime: 'none' });
    expect(composeAvailability('0.5 0.5')).toMatchObject({ serial: '25%', parallel: '75%' });
  });

  it('formats an availability short of 1 with the decimals that show it', () => {
    expect(formatAvailabilityExact(0.999)).toBe('99.9%');
    expect(formatAvailabilityExact(0.998001)).toBe('99.8001%');
    expect(formatAvailabilityExact(0.9999999995)).toBe('99.99999995%');
    expect(formatAvailabilityExact(1 - 3e-9)).toBe('99.9999997%');
    expect(formatAvailabilityExact(1 - 1e-15)).toBe('over 99.999999999999%');
    expect(formatAvailabilityExact(1)).toBe('100%');
    expect(formatAvailabilityExact(0)).toBe('0%');
  });
});
