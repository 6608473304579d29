import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { availabilityBand } from '@/lib/estimate/grade-bands';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';

/*
 * Inputs written for this test, points decided before running. An availability target a whole nine looser
 * than the case's is a different service level (99.5% where alerting needs 99.95%: ten times the downtime),
 * and an interviewer gives it nothing; twice the downtime is close and keeps half.
 */
describe('an availability target a whole nine short earns nothing', () => {
  const target = (expr: string) =>
    gradeEstimate({ rows: [{ name: 'availability_target', expr }] }, loadCase('iot-telemetry').rubric).quantities.find((item) => item.id === 'availability_target');

  it.each([
    ['99.5%', 0],
    ['99%', 0],
    ['99.9%', 5],
    ['99.95%', 10],
    ['99.99%', 10],
  ])('iot-telemetry (99.95%%): %s earns %i of 10', (expr, points) => {
    expect(target(expr)?.points).toBe(points);
  });

  it('the bands: 10x the downtime is none, 5x little, stricter by 10x still full', () => {
    expect(availabilityBand(0.999, 0.9999, 0.00006)).toBe('none');
    expect(availabilityBand(0.9995, 0.9999, 0.00006)).toBe('little');
    expect(availabilityBand(0.99999, 0.9999, 0.00006)).toBe('full');
  });
});
