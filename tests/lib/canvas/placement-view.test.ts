import { describe, expect, it } from 'vitest';
import { DESKTOP_OVERLAYS, placementView } from '@/lib/canvas/placement-view';

describe('placementView', () => {
  it('leaves out the style panel, tool bar and zoom buttons on a desktop canvas', () => {
    const box = placementView({ scrollX: 0, scrollY: 0, zoom: 1, width: 1100, height: 700 });
    expect(box).toEqual({ minX: DESKTOP_OVERLAYS.left, minY: DESKTOP_OVERLAYS.top, maxX: 1100 - DESKTOP_OVERLAYS.right, maxY: 700 - DESKTOP_OVERLAYS.bottom });
  });

  it('converts screen to scene coordinates with scroll and zoom', () => {
    const box = placementView({ scrollX: 100, scrollY: -50, zoom: 2, width: 1000, height: 600 });
    expect(box.minX).toBeCloseTo(DESKTOP_OVERLAYS.left / 2 - 100);
    expect(box.minY).toBeCloseTo(DESKTOP_OVERLAYS.top / 2 + 50);
    expect(box.maxX).toBeCloseTo((1000 - DESKTOP_OVERLAYS.right) / 2 - 100);
  });

  it('uses the whole canvas in the phone layout', () => {
    expect(placementView({ scrollX: 0, scrollY: 0, zoom: 1, width: 400, height: 500 })).toEqual({ minX: 0, minY: 0, maxX: 400, maxY: 500 });
  });

  it('falls back to sane values for a broken view state', () => {
    const box = placementView({ scrollX: NaN, scrollY: 0, zoom: 0, width: -5, height: Infinity });
    for (const value of Object.values(box)) expect(Number.isFinite(value)).toBe(true);
  });
});
