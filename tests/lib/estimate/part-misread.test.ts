import { describe, expect, it } from 'vitest';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { FLEET_RIGHT, fleetRubric, fleetSheet } from './fleet-rubric';

type Result = ReturnType<typeof gradeEstimate>;
const points = (result: Result, id: string) => result.quantities.find((item) => item.id === id)?.points;
const replaced = (name: string, expr: string) => FLEET_RIGHT.map(([key, value]): [string, string] => (key === name ? [key, expr] : [key, value]));

describe('one row whose own figure is wrong, under a total built on it (kind: a part row misreads a fact, the total keeps partial credit)', () => {
  it('costs the total built on the part, with a finding that names the part row and its figure', () => {
    // 2.4 summaries a day where the case says one an hour (24): the summary tier is 10x low (~53 GB for ~526 GB)
    // and the total ~0.78 TB for ~1.25 TB. Interviewer, before running: four of five right, the storage total
    // wrong through one slipped figure in one tier: 70.
    const result = gradeEstimate(fleetSheet(replaced('summary_tier', '12000 * 2.4 events/day * 1 KB/event * 1826 day to TB')), fleetRubric());
    expect(points(result, 'kept_storage')).toBe(0);
    const part = result.findings.find((finding) => finding.code === 'estimate.part-misread');
    expect(part?.refs).toEqual(['kept_storage', 'summary_tier']);
    expect(part?.message).toMatch(/2\.4 events\/day where the case says 1 events\/hour \(summary_rate\)/);
    expect(part?.neutral).not.toMatch(/1 events\/hour/);
    for (const id of ['ping_rate', 'raw_per_day', 'peak_delivery_rate', 'availability_target']) expect(points(result, id)).toBe(10);
    expect(result.score).toBeGreaterThanOrEqual(60);
    expect(result.score).toBeLessThanOrEqual(80);
  });

  it('reaches a part through the rows in between', () => {
    const rows = replaced('summary_tier', 'summary_per_day * 1826 day to TB');
    const index = rows.findIndex(([name]) => name === 'summary_tier');
    rows.splice(index, 0, ['summary_per_day', '12000 * 2.4 events/day * 1 KB/event to GB/day']);
    const result = gradeEstimate(fleetSheet(rows), fleetRubric());
    expect(points(result, 'kept_storage')).toBe(0);
    expect(result.findings.find((finding) => finding.code === 'estimate.part-misread')?.refs).toContain('summary_per_day');
  });

  it('leaves a total whose parts are right, in other units, alone', () => {
    const result = gradeEstimate(fleetSheet(replaced('summary_tier', '12000 * 1 events/hour * 1 KB/event * 5 years to TB')), fleetRubric());
    expect(points(result, 'kept_storage')).toBe(10);
    expect(result.findings.some((finding) => finding.code === 'estimate.part-misread')).toBe(false);
  });

  it('leaves an error in a row that answers a quantity to the carried-error reading', () => {
    // raw_per_day is asked for: its own 10x (2.5 KB for 250 B) is marked on it, not again as a part of the total.
    const result = gradeEstimate(fleetSheet(replaced('raw_per_day', 'ping_rate * 2.5 KB/event to GB/day')), fleetRubric());
    expect(result.findings.some((finding) => finding.code === 'estimate.part-misread')).toBe(false);
  });
});
