import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { quantitySchema } from '@/lib/content/rubric-schema';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { findingOf as finding, quantityOf as quantity, sheet } from './fixtures';


describe('a total that leaves out a part the case names (a retention tier)', () => {
  const { rubric } = loadCase('iot-telemetry');

  it.each([
    ['raw_storage_per_day * raw_retention to TB', ['one-minute', 'hourly']],
    ['432 GB/day * 30 day to TB', ['one-minute', 'hourly']],
    ['432 GB/day * 30 day + 50000 * 24 events/day * 200 B/event * 3650 day to TB', ['one-minute']],
    ['machine_count * sensors_per_machine * rollup_row_size * (minute_rollup_rate * minute_retention + hour_rollup_rate * hour_retention) to TB', ['raw tier']],
  ])('tiered_storage = %s earns nothing and names %j', (expr, parts) => {
    const result = gradeEstimate(sheet(['raw_storage_per_day', '432 GB/day'], ['tiered_storage', expr]), rubric);
    expect(quantity(result, 'tiered_storage')?.points).toBe(0);
    const missing = finding(result, 'estimate.part-missing');
    expect(missing?.severity).toBe('wrong');
    for (const part of parts) expect(missing?.message).toContain(part);
  });

  it('a total that lands without the small hourly tier is not full marks, and names the tier', () => {
    const result = gradeEstimate(sheet(['tiered_storage', '432 GB/day * 30 day + 50000 * 1440 events/day * 200 B/event * 730 day to TB']), rubric);
    expect(quantity(result, 'tiered_storage')?.points).toBeLessThan(quantity(result, 'tiered_storage')?.maxPoints ?? 0);
    expect(finding(result, 'estimate.part-missing')?.message).toContain('hourly');
  });

  it.each([
    ['432 GB/day * 30 day + 50000 * 1440 events/day * 200 B/event * 730 day + 50000 * 24 events/day * 200 B/event * 3650 day to TB'],
    // Days written as a bare count and a row size without its per-row unit, as people write them.
    ['432 GB/day * 30 day + 50K * 1440 * 200 B * 730 + 50K * 24 * 200 B * 3650 to TB'],
    ['machine_count * sensors_per_machine * (sample_rate * reading_size * raw_retention + rollup_row_size * (minute_rollup_rate * minute_retention + hour_rollup_rate * hour_retention)) to TB'],
  ])('every tier summed keeps full marks: %s', (expr) => {
    const result = gradeEstimate(sheet(['tiered_storage', expr]), rubric);
    expect(quantity(result, 'tiered_storage')?.points).toBe(quantity(result, 'tiered_storage')?.maxPoints);
    expect(finding(result, 'estimate.part-missing')).toBeUndefined();
  });
});

describe('a quantity the case weighs more', () => {
  const { rubric } = loadCase('iot-telemetry');

  it('counts the tiered total twice, points and findings alike', () => {
    const result = gradeEstimate(sheet(['readings_per_second', 'machine_count * sensors_per_machine * sample_rate'], ['tiered_storage', '1 PB']), rubric);
    expect(quantity(result, 'tiered_storage')?.maxPoints).toBe(20);
    expect(result.score).toBe(20);
    const lost = result.findings.filter((item) => (item.refs ?? []).includes('tiered_storage') && item.severity !== 'good').reduce((sum, item) => sum + item.points, 0);
    expect(lost).toBe(20);
  });

  it('rejects a part naming a fact the quantity is not built from', () => {
    const parsed = quantitySchema.safeParse({
      id: 'tiers',
      title: 'Tiers',
      dimension: 'data_size',
      unit: 'TB',
      reference: 'raw * 1 day',
      builtFrom: { facts: ['raw'], parts: [{ label: 'cold tier', facts: ['cold_retention'] }] },
    });
    expect(parsed.success).toBe(false);
  });
});
