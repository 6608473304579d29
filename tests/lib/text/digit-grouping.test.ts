import { describe, expect, it } from 'vitest';
import { digitGroupingOf, readGroupedDigits } from '@/lib/text/digit-grouping';

describe('digit grouping across locales', () => {
  it('a sheet with two dot groups or a decimal comma groups with dots', () => {
    expect(digitGroupingOf(['8.000.000 events/day', '1.250 B/event'])).toBe('dot');
    expect(digitGroupingOf(['99,95 %'])).toBe('dot');
    expect(digitGroupingOf(['1.250 B/event', '12,000 events/s'])).toBe('plain');
  });

  it('in a dot sheet a single dot before three digits is thousands, a comma the decimals', () => {
    const read = readGroupedDigits('1.250 B/event * 3,5 day', 'dot');
    expect(read.text).toBe('1250 B/event * 3.5 day');
    expect(read.notes.join(' ')).toMatch(/thousands separator here/);
  });

  it('in a plain sheet 1.250 stays a decimal; 0.995 is never thousands', () => {
    expect(readGroupedDigits('1.250 TB', 'plain').text).toBe('1.250 TB');
    expect(readGroupedDigits('0.995', 'dot').text).toBe('0.995');
  });

  it('spaces and apostrophes group thousands anywhere; commas in a call stay', () => {
    expect(readGroupedDigits('2 500 000 events/day', 'plain').text).toBe('2500000 events/day');
    expect(readGroupedDigits("7'200 events/s", 'plain').text).toBe('7200 events/s');
    expect(readGroupedDigits('max(3,4)', 'dot').text).toBe('max(3,4)');
    expect(readGroupedDigits('12.000.000 rows', 'plain').text).toBe('12000000 rows');
    expect(readGroupedDigits('99,5 %', 'plain').text).toBe('99.5 %');
  });
});
