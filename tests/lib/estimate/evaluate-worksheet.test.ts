import { describe, expect, it } from 'vitest';
import { evaluateWorksheet } from '@/lib/estimate/evaluate-worksheet';

const facts = { daily_ingest: '200 GB/day', daily_events: '50e6 events/day' };

function one(expr: string, available: Record<string, string> = facts) {
  const [row] = evaluateWorksheet([{ name: 'x', expr }], available);
  return row;
}

describe('evaluateWorksheet', () => {
  it('evaluates the seed example with units and a readable prefix', () => {
    expect(one('200 GB/day * 400 day')?.value).toEqual({ number: 80, unit: 'TB', display: '80 TB' });
    expect(one('daily_ingest * 365 day')?.value?.display).toBe('73 TB');
  });

  it('lets rows use earlier rows and the available fact values by name', () => {
    const result = evaluateWorksheet(
      [
        { name: 'per_year', expr: 'daily_ingest * 365 day' },
        { name: 'three_years', expr: 'per_year * 3' },
        { name: '', expr: 'three_years / 2' },
      ],
      facts,
    );
    expect(result.map((row) => row.value?.display)).toEqual(['73 TB', '219 TB', '110 TB']);
    expect(result.every((row) => row.error === undefined)).toBe(true);
  });

  it('shows rates per second or per day as written', () => {
    expect(one('200 GB / 86400 s')?.value?.display).toBe('2.31 MB/s');
    expect(one('daily_ingest')?.value?.display).toBe('200 GB/day');
    expect(one('daily_ingest to MB/s')?.value?.display).toBe('2.31 MB/s');
    expect(one('5000 events/s')?.value?.display).toBe('5,000 events/s');
    expect(one('daily_events')?.value).toEqual({ number: 50e6, unit: 'events/day', display: '50 million events/day' });
  });

  it('shows durations in s, min, hours or days', () => {
    expect(one('(1 - 99.9%) * 365 day')?.value?.display).toBe('8.76 hours');
    expect(one('(1 - 99%) * 365 day')?.value?.display).toBe('3.65 days');
    expect(one('(1 - 99.99%) * 365 day')?.value?.display).toBe('52.6 min');
    expect(one('45 s')?.value?.display).toBe('45 s');
    expect(one('5 min + 30 sec')?.value?.display).toBe('5.5 min');
  });

  it('keeps binary prefixes and bits when the learner used them', () => {
    expect(one('200 GiB/day * 365 day')?.value?.display).toBe('71.3 TiB');
    expect(one('daily_ingest * 365 day to TiB')?.value?.display).toBe('66.4 TiB');
    expect(one('10 Gbps * 1 hour')?.value?.display).toBe('36 Tb');
    expect(one('1500 KB')?.value?.display).toBe('1.5 MB');
  });

  it('evaluates percentages to fractions and shows them as percentages', () => {
    expect(one('99.9%')?.value).toEqual({ number: 99.9, unit: '%', display: '99.9%' });
    expect(one('0.999')?.value).toEqual({ number: 0.999, unit: '', display: '0.999' });
  });

  it('accepts number words', () => {
    expect(one('50 million events / (1 day)')?.value?.display).toBe('50 million events/day');
    expect(one('50 million events / (86400 s)')?.value?.display).toBe('579 events/s');
  });

  it('reports errors per row and keeps going', () => {
    const result = evaluateWorksheet(
      [
        { name: 'r_a', expr: 'nope * 2' },
        { name: 'r_b', expr: '1 GB + 1 day' },
        { name: 'r_c', expr: '1 GB +' },
        { name: 'r_d', expr: '1'.repeat(501) },
        { name: 'r_e', expr: '1 GB + 1' },
        { name: 'r_f', expr: 'later * 2' },
        { name: 'later', expr: '3' },
        { name: 'r_g', expr: 'r_a * 2' },
        { name: 'r_h', expr: 'peak_factor * 2' },
        { name: 'r_i', expr: 'Later' },
        { name: 'ok', expr: '2 TB' },
      ],
      facts,
      { lockedNames: ['peak_factor'] },
    );
    const errors = result.map((row) => row.error);
    expect(errors[0]).toBe('unknown name "nope"');
    expect(errors[1]).toMatch(/units do not match/);
    expect(errors[2]).toMatch(/^syntax error/);
    expect(errors[3]).toMatch(/longer than 500 characters/);
    expect(errors[4]).toMatch(/plain number and a quantity with a unit/);
    expect(errors[5]).toMatch(/defined further down \(row 7\)/);
    expect(errors[7]).toMatch(/"r_a" \(row 1\) has an error/);
    expect(errors[8]).toMatch(/fact you have not uncovered yet/);
    expect(errors[9]).toMatch(/did you mean "later"/);
    expect(result[10]?.value?.display).toBe('2 TB');
  });

  it('rejects names that would shadow units or functions, and duplicates', () => {
    const names = ['day', 'GB', 'events', 'min', 'sec', 'to', 'pi', 'round', 'import', 'constructor', 'storage * year', '1x'];
    const result = evaluateWorksheet(names.map((name) => ({ name, expr: '1' })));
    result.forEach((row) => expect(row.error, row.name).toBeDefined());
    expect(result[0]?.error).toMatch(/"day" is a unit/);
    expect(result[10]?.error).toMatch(/storage_year/);
    const dup = evaluateWorksheet([
      { name: 'x', expr: '1' },
      { name: 'x', expr: '2' },
    ]);
    expect(dup[1]?.error).toMatch(/already defined in row 1/);
    // Other mathjs function names are not used by expressions, so they are fine as row names.
    expect(evaluateWorksheet([{ name: 'count', expr: '3' }, { name: 'y', expr: 'count * 2' }])[1]?.value?.number).toBe(6);
  });

  it('leaves empty rows alone and trims names', () => {
    const result = evaluateWorksheet([
      { name: '', expr: '' },
      { name: ' total ', expr: ' 2 GB ' },
      { name: 'y', expr: 'total * 2' },
    ]);
    expect(result[0]).toEqual({ name: '', expr: '' });
    expect(result[2]?.value?.display).toBe('4 GB');
  });
});
