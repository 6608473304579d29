import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { availabilityBand } from '@/lib/estimate/grade-bands';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';

/*
 * Inputs written for this test, points decided before running. A target a little stricter than the case's
 * (twice the nines' margin: 99.95% for 99.9%) is caution an interviewer lets pass with a question; a whole nine
 * stricter (99.99% for 99.9%) is another system (active-active across zones, automated failover, a tighter
 * on-call) and is marked as a wrong assumption, like a whole nine looser; two nines is nothing usable.
 */
describe('an availability target stated far stricter than the case needs', () => {
  const target = (slug: string, expr: string) =>
    gradeEstimate({ rows: [{ name: 'availability_target', expr }] }, loadCase(slug).rubric).quantities.find((item) => item.id === 'availability_target');

  it.each([
    ['ecommerce-data-platform', '99.9%', 10],
    ['ecommerce-data-platform', '99.95%', 10],
    ['ecommerce-data-platform', '99.98%', 5],
    ['ecommerce-data-platform', '99.99%', 2],
    ['ecommerce-data-platform', '99.999%', 0],
    ['card-payments', '99.995%', 10],
    ['card-payments', '99.999%', 2],
    ['iot-telemetry', '99.99%', 5],
  ])('%s: %s earns %i of 10', (slug, expr, points) => {
    expect(target(slug, expr)?.points).toBe(points);
  });

  it('says what the stricter target costs and how far it is from the case', () => {
    const result = gradeEstimate({ rows: [{ name: 'availability_target', expr: '99.99%' }] }, loadCase('ecommerce-data-platform').rubric);
    const finding = result.findings.find((item) => item.refs?.includes('availability_target') && item.severity === 'wrong');
    expect(finding?.message).toMatch(/stricter than the 99\.9%/);
    expect(finding?.message).toMatch(/10x less downtime/);
  });

  it('a sheet right in three rows with a target a nine too strict loses most of that row', () => {
    const sheet = {
      rows: [
        { name: 'peak_auth_rate', expr: '15e6 events/day * 5 to events/s' },
        { name: 'ledger_rows_per_year', expr: '15e6 events/day * 4 * 365 day' },
        { name: 'retention_storage', expr: '15e6 events/day * 2 KB/event * 7 years to TB' },
        { name: 'availability_target', expr: '99.999%' },
      ],
    };
    expect(gradeEstimate(sheet, loadCase('card-payments').rubric).score).toBe(80);
  });

  it('the bands on downtime: within 2x stricter full, a whole nine little, two nines none', () => {
    expect(availabilityBand(0.9995, 0.999, 0.0006)).toBe('full');
    expect(availabilityBand(0.9998, 0.999, 0.0006)).toBe('partial');
    expect(availabilityBand(0.9999, 0.999, 0.0006)).toBe('little');
    expect(availabilityBand(0.99999, 0.999, 0.0006)).toBe('none');
  });
});
