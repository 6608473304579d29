import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateWorksheet } from '@/lib/estimate/evaluate-worksheet';
import { readExpression } from '@/lib/estimate/read-expression';

/** Evaluates one scratch row and returns what the worksheet shows for it. */
function row(expr: string, values: Record<string, string> = {}) {
  const [result] = evaluateWorksheet([{ name: '', expr }], values);
  if (!result) throw new Error('no row');
  return result;
}

describe('a number followed by a unit is one quantity', () => {
  it.each([
    ['6 / 2 s', 3, '1/s'],
    ['60 / 4 min', 0.25, '1/s'],
    ['1000 GB / 4 day', 250, 'GB/day'],
    ['120 events / 2 min', 60, 'events/min'],
  ])('%s', (expr, number, unit) => {
    const result = row(expr);
    expect(result.value?.unit).toBe(unit);
    expect(result.value?.number).toBeCloseTo(number, 6);
  });

  it('shows the grouping with explicit parentheses', () => {
    expect(row('6 / 2 s').read).toBe('6 / (2 s)');
    expect(row('50e6 events/day * 10 / 86400 s').read).toBe('((50e6 events/day) * 10) / (86400 s)');
    expect(row('daily * 365 day', { daily: '200 GB/day' }).read).toBe('daily * (365 day)');
  });
});

describe('multipliers right after a number', () => {
  it.each([
    ['5.8K events/s', 5800, 'events/s'],
    ['5.8k events/s', 5800, 'events/s'],
    ['50M events/day * 10 to events/s', 5787.04, 'events/s'],
    ['2bn events', 2e9, 'events'],
    ['3 billion events', 3e9, 'events'],
    ['40 thousand events', 40000, 'events'],
    ['50m events', 50e6, 'events'],
    ['5B events', 5e9, 'events'],
  ])('%s', (expr, number, unit) => {
    const result = row(expr);
    expect(result.error).toBeUndefined();
    expect(result.value?.unit).toBe(unit);
    expect(result.value?.number).toBeCloseTo(number, 0);
  });

  it('never reads K after a number as kelvin', () => {
    expect(row('50K * 86400').value?.number).toBe(4.32e9);
    expect(row('50K * 86400').value?.unit).toBe('');
  });

  it('keeps B after a size as bytes, and says when a B became billion', () => {
    expect(row('500 B/event * 1e6 events').value?.display).toBe('500 MB');
    expect(row('500B').value?.display).toBe('500 B');
    expect(row('5B events').notes?.join(' ')).toMatch(/billion/);
    expect(row('50m events').notes?.join(' ')).toMatch(/million/);
  });
});

describe('thousands separators and multiplication signs', () => {
  it.each([
    ['50,000,000 events/day * 10 to events/s', 5787.04],
    ['86,400 * 2', 172800],
    ['1,000 × 3', 3000],
    ['1,000 · 3', 3000],
    ['1000 x 3', 3000],
    ['1000x3', 3000],
    ['12 ÷ 4', 3],
  ])('%s', (expr, number) => {
    const result = row(expr);
    expect(result.error).toBeUndefined();
    expect(result.value?.number).toBeCloseTo(number, 1);
  });

  it('reads 200 GB/day × 365 day as 73 TB', () => {
    expect(row('200 GB/day × 365 day').value?.display).toBe('73 TB');
  });

  it('keeps commas inside function calls as argument separators', () => {
    expect(row('max(100,200)').value?.number).toBe(200);
    expect(readExpression('max(1,000)').text).toBe('max(1,000)');
  });

  it('reads a trailing x as "times" on a factor', () => {
    expect(row('peak * 10x', { peak: '5 events/s' }).value?.number).toBe(50);
  });
});

describe('units always simplify', () => {
  it('reads a daily count divided by the seconds of a day as a per-second rate', () => {
    const result = row('50e6 events/day / 86400 s');
    expect(result.value?.unit).toBe('events/s');
    expect(result.value?.number).toBeCloseTo(578.7, 1);
    expect(result.notes?.join(' ')).toMatch(/rate divided by time/);
    const peak = row('50e6 events/day * 10 / 86400 s');
    expect(peak.value?.number).toBeCloseTo(5787, 0);
  });

  it('reads a size times a duration as that size per period', () => {
    const month = row('432 GB * 30 day');
    expect(month.value?.display).toBe('13 TB');
    expect(month.value?.unit).toBe('TB');
    expect(row('2 TB * 3 year').value?.display).toBe('6 TB');
  });

  it('shows other compound units in simplified base units', () => {
    const odd = row('5 GB * 2 s');
    expect(odd.value?.unit).toBe('B s');
    expect(odd.value?.unit).not.toMatch(/GB|day/);
    expect(row('3 events / 2 s / 4 s').value?.unit).toBe('events/s^2');
  });
});

describe('unknown names get a suggestion', () => {
  it.each([
    ['3 * yeer', /did you mean year/],
    ['2 * Month', /did you mean month/],
    ['M * 5', /50e6 or 50 million/],
    ['bn * 2', /50e6 or 50 million/],
    ['5B users', /plain number/],
    ['2 * dayz', /did you mean days?/],
  ])('%s', (expr, message) => {
    expect(row(expr).error).toMatch(message);
  });
});

describe('properties of the reading', () => {
  it('reads grouped digits, suffixes and times signs as the numbers they stand for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.constantFrom('*', '×', '·', 'x'), (value, times) => {
        const grouped = value.toLocaleString('en-US');
        // Shown values keep 6 significant digits: compare relatively.
        const near = (expr: string, expected: number) => expect(Math.abs((row(expr).value?.number ?? 0) / expected - 1)).toBeLessThan(1e-5);
        near(`${grouped} ${times} 3`, value * 3);
        near(`${value}K events`, value * 1e3);
        near(`${value}M events`, value * 1e6);
      }),
      { numRuns: 200 },
    );
  });

  it('groups a number with its unit whatever the operator before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 1000 }), (size, seconds) => {
        const result = row(`${size} GB / ${seconds} s`);
        expect(result.value?.unit).toMatch(/B\/s$/);
        expect(row(`${size} / ${seconds} s`).read).toBe(`${size} / (${seconds} s)`);
      }),
      { numRuns: 200 },
    );
  });
});
