import { describe, expect, it } from 'vitest';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { FLEET_RIGHT, fleetRubric, fleetSheet } from './fleet-rubric';

type Result = ReturnType<typeof gradeEstimate>;
const codes = (result: Result) => result.findings.map((finding) => finding.code);
const replaced = (name: string, expr: string) => FLEET_RIGHT.map(([key, value]): [string, string] => (key === name ? [key, expr] : [key, value]));

describe('a count or rate multiplied by a factor the case does not give (kind: replication applied to rows counted)', () => {
  it('holds the sheet at "partly there" and says what the factor does', () => {
    // Interviewer, before running: the delivery peak x2 "for two replicas" (173/s for ~87/s), the rest right: 55.
    const result = gradeEstimate(fleetSheet(replaced('peak_delivery_rate', '3e6 events/day * 2.5 * 2 to events/s'), 'Deliveries x2 for the two replicas.'), fleetRubric());
    expect(result.score).toBeLessThanOrEqual(59);
    expect(result.score).toBeGreaterThanOrEqual(45);
    const extra = result.findings.find((finding) => finding.code === 'estimate.factor-extra');
    expect(extra?.refs).toEqual(['peak_delivery_rate']);
    expect(extra?.message).toMatch(/by 2, a factor the case does not give/);
    expect(codes(result)).toContain('estimate.multiplier-slip');
  });

  it('leaves the case\'s own factors, the growth and a stored size alone', () => {
    expect(codes(gradeEstimate(fleetSheet(FLEET_RIGHT), fleetRubric()))).not.toContain('estimate.factor-extra');
    // Next year's peak (x1.4, the case's growth) is another figure, not an unexplained multiplier.
    const grown = gradeEstimate(fleetSheet(replaced('peak_delivery_rate', '3e6 events/day * 2.5 * 1.4 to events/s')), fleetRubric());
    expect(codes(grown)).not.toContain('estimate.factor-extra');
    // Three copies of the bytes kept is a replication choice on storage, not a confusion about what is counted.
    const copies = gradeEstimate(fleetSheet(replaced('kept_storage', '(raw_tier + summary_tier) * 3')), fleetRubric());
    expect(codes(copies)).not.toContain('estimate.factor-extra');
  });
});
