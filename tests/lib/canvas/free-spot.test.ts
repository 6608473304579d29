import { describe, expect, it } from 'vitest';
import { findFreeSpot } from '@/lib/canvas/free-spot';
import type { Box } from '@/lib/canvas/geometry';
import { placementObstacles } from '@/lib/canvas/placement-obstacles';
import { arrow, frame, rect } from './scene-builders';

const view: Box = { minX: 0, minY: 0, maxX: 1000, maxY: 600 };
const size = { width: 180, height: 64 };

const boxAt = (spot: { x: number; y: number }, s = size): Box => ({ minX: spot.x, minY: spot.y, maxX: spot.x + s.width, maxY: spot.y + s.height });
const overlaps = (a: Box, b: Box) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
const inside = (a: Box, b: Box) => a.minX >= b.minX && a.maxX <= b.maxX && a.minY >= b.minY && a.maxY <= b.maxY;

describe('findFreeSpot', () => {
  it('centres the box in an empty view', () => {
    expect(findFreeSpot({ view, size, obstacles: [] })).toEqual({ x: 410, y: 268 });
  });

  it('never lands on a box sitting at the centre, and stays close to it', () => {
    const centre: Box = { minX: 400, minY: 260, maxX: 600, maxY: 340 };
    const spot = boxAt(findFreeSpot({ view, size, obstacles: [centre] }));
    expect(overlaps(spot, centre)).toBe(false);
    expect(inside(spot, view)).toBe(true);
    const distance = Math.hypot((spot.minX + spot.maxX) / 2 - 500, (spot.minY + spot.maxY) / 2 - 300);
    // Right beside it: half the obstacle, the gap and half the new box.
    expect(distance).toBeLessThanOrEqual(100 + 24 + 90 + 20);
  });

  it('puts the next box beside a centred one before putting it below, as a flow reads', () => {
    const centre: Box = { minX: 410, minY: 268, maxX: 590, maxY: 332 };
    const spot = boxAt(findFreeSpot({ view, size, obstacles: [centre] }));
    expect(spot.minY).toBeLessThan(centre.maxY);
    expect(spot.maxY).toBeGreaterThan(centre.minY);
  });

  it('keeps the requested gap from every obstacle', () => {
    const obstacles: Box[] = [{ minX: 380, minY: 240, maxX: 620, maxY: 360 }];
    const spot = boxAt(findFreeSpot({ view, size, obstacles, gap: 30 }));
    const padded = { minX: spot.minX - 30, minY: spot.minY - 30, maxX: spot.maxX + 30, maxY: spot.maxY + 30 };
    expect(overlaps(padded, obstacles[0]!)).toBe(false);
  });

  it('places successive boxes without overlap when each one becomes an obstacle', () => {
    const placed: Box[] = [];
    for (let index = 0; index < 12; index++) {
      const spot = boxAt(findFreeSpot({ view, size, obstacles: placed }));
      for (const other of placed) expect(overlaps(spot, other)).toBe(false);
      expect(inside(spot, view)).toBe(true);
      placed.push(spot);
    }
  });

  it('finds the one free hole in a crowded view', () => {
    const obstacles: Box[] = [];
    for (let x = 0; x < 1000; x += 250) {
      for (let y = 0; y < 600; y += 150) if (!(x === 750 && y === 450)) obstacles.push({ minX: x, minY: y, maxX: x + 240, maxY: y + 140 });
    }
    const spot = boxAt(findFreeSpot({ view, size, obstacles, gap: 0, step: 10 }));
    expect(obstacles.some((obstacle) => overlaps(spot, obstacle))).toBe(false);
    expect(inside(spot, view)).toBe(true);
    expect(spot.minX).toBeGreaterThanOrEqual(740);
    expect(spot.minY).toBeGreaterThanOrEqual(440);
  });

  it('goes beyond the view, then to the right of everything, when the view is full', () => {
    const wall: Box = { minX: -100, minY: -100, maxX: 1100, maxY: 700 };
    const spot = boxAt(findFreeSpot({ view, size, obstacles: [wall] }));
    expect(overlaps(spot, wall)).toBe(false);
    const huge: Box = { minX: -1e5, minY: -1e5, maxX: 1e5, maxY: 1e5 };
    const last = findFreeSpot({ view, size, obstacles: [huge], gap: 10 });
    expect(last.x).toBe(1e5 + 10);
  });

  it('survives a degenerate view and non-finite obstacles', () => {
    const spot = findFreeSpot({ view: { minX: NaN, minY: 0, maxX: Infinity, maxY: 0 }, size, obstacles: [{ minX: NaN, minY: 0, maxX: 1, maxY: 1 }] });
    expect(Number.isFinite(spot.x) && Number.isFinite(spot.y)).toBe(true);
  });
});

describe('placementObstacles', () => {
  it('takes shapes by their box and arrows by their segments, skipping frames and deleted elements', () => {
    const elements = [
      rect('a', 0, 0, 100, 50),
      rect('gone', 500, 500, 100, 50, { isDeleted: true }),
      frame('f', -1000, -1000, 5000, 5000, 'Zone'),
      { ...arrow('arr', [0, 0], [300, 300]), points: [[0, 0], [300, 0], [300, 300]] },
    ];
    expect(placementObstacles(elements)).toEqual([
      { minX: 0, minY: 0, maxX: 100, maxY: 50 },
      { minX: 0, minY: 0, maxX: 300, maxY: 0 },
      { minX: 300, minY: 0, maxX: 300, maxY: 300 },
    ]);
  });

  it('widens a rotated box to its rotated extent and normalises negative sizes', () => {
    const [turned] = placementObstacles([rect('r', 0, 0, 100, 20, { angle: Math.PI / 2 })]);
    expect(turned!.maxY - turned!.minY).toBeCloseTo(100);
    expect(turned!.maxX - turned!.minX).toBeCloseTo(20);
    expect(placementObstacles([rect('n', 100, 100, -50, -40)])).toEqual([{ minX: 50, minY: 60, maxX: 100, maxY: 100 }]);
  });

  it('ignores elements without usable geometry instead of throwing', () => {
    expect(placementObstacles([{ id: 'x', type: 'rectangle' }, { id: 'y', type: 'arrow', x: 0, y: 0, points: 'bad' }, { id: 'z', type: 'line', x: 0, y: 0, points: [[0, 'a']] }])).toEqual([]);
  });

  it('keeps a drop off a diagonal arrow only where the arrow runs', () => {
    const obstacles = placementObstacles([arrow('d', [0, 0], [1000, 0]), arrow('e', [0, 600], [1000, 600])]);
    const spot = boxAt(findFreeSpot({ view, size, obstacles }));
    expect(inside(spot, view)).toBe(true);
    expect(obstacles.some((obstacle) => overlaps(spot, obstacle))).toBe(false);
  });
});
