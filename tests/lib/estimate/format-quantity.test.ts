import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber, formatQuantity, roundSignificant } from '@/lib/estimate/format-quantity';
import { safeMath } from '@/lib/estimate/safe-math';
import { convertUnit } from '@/lib/estimate/value-dimension';

const unit = (text: string) => safeMath().math.Unit.parse(text);

describe('formatNumber', () => {
  it('keeps three significant digits, groups thousands and trims zeros', () => {
    expect(formatNumber(80)).toBe('80');
    expect(formatNumber(2.314814)).toBe('2.31');
    expect(formatNumber(12345)).toBe('12,300');
    expect(formatNumber(0.999, 6)).toBe('0.999');
    expect(formatNumber(-1500)).toBe('-1,500');
    expect(formatNumber(1.2e18)).toBe('1.2e18');
    expect(formatNumber(0)).toBe('0');
    expect(roundSignificant(72.75957, 4)).toBe(72.76);
  });
});

describe('formatQuantity', () => {
  it('chooses a readable prefix for data sizes', () => {
    expect(formatQuantity(unit('80000 GB')).display).toBe('80 TB');
    expect(formatQuantity(unit('999999 GB')).display).toBe('1 PB');
    expect(formatQuantity(unit('512 B')).display).toBe('512 B');
    expect(formatQuantity(unit('80000 GB'), { binary: true }).display).toBe('72.8 TiB');
    expect(formatQuantity(unit('8 Tb'), { bits: true }).display).toBe('8 Tb');
    expect(formatQuantity(unit('8 Tb'), { bits: true, bytes: true }).display).toBe('1 TB');
  });

  it('keeps the time unit a rate was written per', () => {
    expect(formatQuantity(unit('200 GB/day')).display).toBe('200 GB/day');
    expect(formatQuantity(unit('2314814 B/s')).display).toBe('2.31 MB/s');
    expect(formatQuantity(unit('3e9 events/day')).display).toBe('3 billion events/day');
  });

  it('formats durations and plain numbers', () => {
    expect(formatDuration(31536).display).toBe('8.76 hours');
    expect(formatDuration(0.25).display).toBe('250 ms');
    expect(formatDuration(10 * 365 * 86400).display).toBe('9.99 years');
    expect(formatQuantity(0.999, { percent: true })).toEqual({ number: 99.9, unit: '%', display: '99.9%' });
    expect(formatQuantity(86400)).toEqual({ number: 86400, unit: '', display: '86,400' });
  });
});

describe('convertUnit', () => {
  it('agrees with mathjs toNumber', () => {
    const value = unit('200 GB/day');
    for (const target of ['B/s', 'MB/s', 'GB/day', 'TiB/year', 'b/hour']) {
      expect(convertUnit(value, target)).toBeCloseTo(value.toNumber(target), 9);
    }
  });
});
