import { describe, expect, it } from 'vitest';
import { availabilityForDowntime, composeAvailability, downtimeTable } from '../../../lib/estimate/availability-report';

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
    expect(composeAvailability('99.9% 99.9%')).toEqual({ serial: '99.8001%', parallel: '99.9999%', count: 2 });
    expect(composeAvailability('99.9% nope')).toEqual({ error: '"nope" is not an availability such as 99.9% or 0.999.' });
    expect(composeAvailability('99.9%')).toEqual({ error: 'List at least two components.' });
  });
});
