import { describe, expect, it } from 'vitest';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { FLEET_RIGHT, fleetRubric, fleetSheet } from './fleet-rubric';

type Result = ReturnType<typeof gradeEstimate>;
const codes = (result: Result) => result.findings.map((finding) => finding.code);
const grade = (extra: [string, string][]) => gradeEstimate(fleetSheet([...FLEET_RIGHT, ...extra]), fleetRubric());

describe('a row the worksheet does not ask for, in another unit family (kind: an extra bandwidth row forced onto a per-item fact)', () => {
  const right = gradeEstimate(fleetSheet(FLEET_RIGHT), fleetRubric());

  it.each([
    ['the fleet uplink in Mbit/s', ['uplink_bandwidth', '2400 events/s * 250 B/event to Mbit/s']],
    ['the fleet uplink in Gbit/s from the trucks', ['uplink_gbps', '12000 * 0.2 events/s * 250 B/event to Gbit/s']],
    ['one truck in bit/s', ['per_truck_bits', '0.2 events/s * 250 B/event to bit/s']],
  ] as const)('is a figure of the case, so nothing on the sheet is docked for it (%s)', (_, row) => {
    // Interviewer, before running: every figure right plus a bandwidth aside that is right too: 88, as without it.
    const result = grade([[row[0], row[1]]]);
    expect(codes(result)).not.toContain('estimate.total-not-from-working');
    expect(codes(result)).not.toContain('estimate.trust-spent');
    expect(result.score).toBe(right.score);
  });

  it('still catches an extra row that works the daily volume with a misread ping size', () => {
    // 2.5 KB where the case says 250 bytes: ten times the case's ~52 GB a day, next to a raw_per_day that lands.
    const result = grade([['ping_volume_check', '2400 events/s * 2.5 KB/event to GB/day']]);
    const stray = result.findings.find((finding) => finding.code === 'estimate.total-not-from-working');
    expect(stray?.message).toMatch(/2\.5 KB\/event/);
    expect(stray?.refs).toContain('ping_volume_check');
    expect(result.score).toBeLessThan(right.score);
  });
});
