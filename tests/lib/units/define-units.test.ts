import { describe, expect, it } from 'vitest';
import { evaluateWorksheet } from '@/lib/estimate/evaluate-worksheet';
import { parseUnit } from '@/lib/units/math';
import { unitHasDimension } from '@/lib/units/dimensions';

function shown(expr: string): string {
  const [result] = evaluateWorksheet([{ name: '', expr }]);
  return result?.value?.display ?? result?.error ?? '';
}

describe('unit spellings from estimation guides', () => {
  it.each([
    ['5800 QPS', '5,800 events/s'],
    ['5800 RPS', '5,800 events/s'],
    ['1200 TPS', '1,200 events/s'],
    ['800 qps * 3', '2,400 events/s'],
    ['10 req/s', '10 events/s'],
    ['3 yr to day', '1,100 day'],
    ['200 GB/d * 365 d', '73 TB'],
    ['12 mo to yr', '1 yr'],
    ['2 wk to day', '14 day'],
    ['10 MBps * 1 day to GB', '864 GB'],
    ['1 GBps * 1 hour to TB', '3.6 TB'],
    ['8 Gbps * 1 s to GB', '1 GB'],
    ['1 TiB to GiB', '1,020 GiB'],
    ['1 KiB to B', '1,020 B'],
    ['2 h to min', '120 minute'],
  ])('%s = %s', (expr, expected) => {
    expect(shown(expr)).toBe(expected);
  });

  it('gives QPS, yr and MBps their dimensions in the trusted instance too', () => {
    expect(unitHasDimension('QPS', 'event_rate')).toBe(true);
    expect(unitHasDimension('MBps', 'data_rate')).toBe(true);
    expect(unitHasDimension('yr', 'duration')).toBe(true);
    expect(unitHasDimension('Mbps', 'data_rate')).toBe(true);
    expect(parseUnit('mo')?.equalBase(parseUnit('day') ?? parseUnit('s')!)).toBe(true);
  });

  it('keeps MBps (bytes) and Mbps (bits) a factor of 8 apart', () => {
    expect(shown('1 MBps to Mbps')).toBe('8 Mbps');
  });
});
