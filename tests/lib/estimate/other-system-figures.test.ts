import { describe, expect, it } from 'vitest';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { FLEET_RIGHT, fleetRubric, fleetSheet } from './fleet-rubric';

const replaced = (changes: Record<string, string>) => FLEET_RIGHT.map(([key, value]): [string, string] => [key, changes[key] ?? value]);

describe('a sheet sized with another system\'s figures (kind: numbers remembered from another case)', () => {
  it('holds a sheet with a rate off the scale and another row on a figure the case contradicts at a quarter', () => {
    // 250 KB pings (a thousand times the case's 250 bytes: a video-upload sheet's figure) and raw pings kept
    // 90 days where the case says 14: two rows on figures that are not this case's. Interviewer, before running: 20.
    const result = gradeEstimate(fleetSheet(replaced({ raw_per_day: 'ping_rate * 250 KB/event to GB/day', raw_tier: '51.84 GB/day * 90 day to TB' })), fleetRubric());
    expect(result.score).toBeLessThanOrEqual(25);
    const cap = result.findings.find((finding) => finding.code === 'estimate.off-scale');
    expect(cap?.message).toMatch(/remembered from another system/);
    expect(cap?.neutral).not.toMatch(/14 day/);
  });

  it('keeps the off-scale ceiling of 40 when only one figure is off the scale', () => {
    // Interviewer, before running: a ping rate 1,000x off (0.2 pings a millisecond read as a second), the rest right: 38.
    const result = gradeEstimate(fleetSheet(replaced({ ping_rate: '12000 * 200 events/s' })), fleetRubric());
    expect(result.score).toBeGreaterThan(25);
    expect(result.score).toBeLessThanOrEqual(40);
  });
});
