import { describe, expect, it } from 'vitest';
import { DEPTH_POINTS, depthCost } from '../../../lib/scoring/depth';
import type { DepthReading } from '../../../lib/text/depth';
import { findingSchema } from '../../../lib/scoring/finding';

const shallow: DepthReading = { why: 1, failure: 0, alternative: 0, exemplary: false, missing: ['why', 'failure', 'alternative'] };
const deep: DepthReading = { why: 3, failure: 1, alternative: 1, exemplary: true, missing: [] };

describe('depthCost: the last points of 100 come from depth', () => {
  it('every point without depth gives up DEPTH_POINTS of 100 and says what would make it exemplary', () => {
    const { cost, finding } = depthCost(20, 20, shallow, 'x.depth');
    expect(cost).toBeCloseTo((20 * DEPTH_POINTS) / 100);
    expect(finding?.message).toMatch(/^Every point is there/);
    expect(finding?.message).toMatch(/failure walked through/);
    expect(finding?.severity).toBe('missing');
    expect(finding?.depth).toBe(true);
    expect(findingSchema.safeParse(finding).success).toBe(true);
  });

  it('an exemplary answer keeps every point', () => {
    expect(depthCost(20, 20, deep, 'x.depth')).toEqual({ cost: 0 });
  });

  it('three of four points or fewer keep their share; nothing earned costs nothing', () => {
    expect(depthCost(15, 20, shallow, 'x.depth').cost).toBe(0);
    expect(depthCost(5, 20, shallow, 'x.depth').cost).toBe(0);
    expect(depthCost(0, 20, shallow, 'x.depth').cost).toBe(0);
    expect(depthCost(0, 0, shallow, 'x.depth').cost).toBe(0);
  });

  it('scales in between three of four and every point, so a point more never scores less', () => {
    const at = (earned: number) => earned - depthCost(earned, 20, shallow, 'x.depth').cost;
    for (let earned = 0; earned < 20; earned += 0.5) expect(at(earned + 0.5)).toBeGreaterThan(at(earned));
  });
});
