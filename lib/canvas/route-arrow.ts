import { segmentCrossesRect } from './arrow-crossings';
import type { Point, Rect } from './arrow-crossings';

export type Side = 'left' | 'right' | 'top' | 'bottom';

/** Free lines of the drawing an arrow may run along: the gaps between columns and between boxes. */
export type Lanes = { xs: readonly number[]; ys: readonly number[] };

/** How far an arrow runs straight out of its box before it turns (less than the padding around boxes). */
const STUB = 16;
/** What a bend costs, in pixels of length: fewer bends read better than a slightly shorter path. */
const BEND_COST = 60;

const NORMAL: Record<Side, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, top: { x: 0, y: -1 }, bottom: { x: 0, y: 1 } };

const stub = (point: Point, side: Side): Point => ({ x: point.x + NORMAL[side].x * STUB, y: point.y + NORMAL[side].y * STUB });
const length = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

/** A straight piece of an arrow already drawn, so a later route avoids running along it. */
export type Segment = { a: Point; b: Point };

/** Pixels of a new piece that run along an earlier one (on the same line or within 8 px of it, overlapping). */
function overlap(a: Point, b: Point, used: readonly Segment[]): number {
  let total = 0;
  for (const piece of used) {
    if (a.y === b.y && Math.abs(piece.a.y - a.y) < 8 && Math.abs(piece.b.y - a.y) < 8) {
      total += Math.max(0, Math.min(Math.max(a.x, b.x), Math.max(piece.a.x, piece.b.x)) - Math.max(Math.min(a.x, b.x), Math.min(piece.a.x, piece.b.x)));
    } else if (a.x === b.x && Math.abs(piece.a.x - a.x) < 8 && Math.abs(piece.b.x - a.x) < 8) {
      total += Math.max(0, Math.min(Math.max(a.y, b.y), Math.max(piece.a.y, piece.b.y)) - Math.max(Math.min(a.y, b.y), Math.min(piece.a.y, piece.b.y)));
    }
  }
  return total;
}

/** What running along an earlier arrow costs per pixel: two arrows on one line cannot be told apart. */
const OVERLAP_COST = 4;

/**
 * The bends of an arrow from `start` to `end` that passes no obstacle: none when the straight line is
 * clear, else the cheapest right-angled route along the free lanes with up to four bends, leaving and
 * entering its boxes straight from the given sides. A route costs its length, BEND_COST per bend and
 * OVERLAP_COST per pixel run along an arrow in `used`. Undefined when no route exists. Deterministic.
 */
export function routeAround(start: Point, end: Point, sides: [Side, Side], obstacles: readonly Rect[], lanes: Lanes, used: readonly Segment[] = []): Point[] | undefined {
  const memo = new Map<string, boolean>();
  const clear = (a: Point, b: Point) => {
    const key = `${a.x},${a.y},${b.x},${b.y}`;
    let known = memo.get(key);
    if (known === undefined) {
      known = obstacles.every((rect) => !segmentCrossesRect(a, b, rect));
      memo.set(key, known);
    }
    return known;
  };
  if (clear(start, end)) return [];
  const s = stub(start, sides[0]);
  const e = stub(end, sides[1]);
  if (!clear(start, s) || !clear(e, end)) return undefined;
  const xs = [...new Set([s.x, e.x, ...lanes.xs])];
  const ys = [...new Set([s.y, e.y, ...lanes.ys])];
  const fixed = length(start, s) + length(e, end);
  const isClear = (route: Point[]) => route.every((point, i) => i === 0 || clear(route[i - 1]!, point));
  // Routes by number of bends, fewest first: the first stage with a clear route wins.
  const stages: (() => Point[][])[] = [
    () => [[], [{ x: e.x, y: s.y }], [{ x: s.x, y: e.y }]],
    () => [...xs.map((x) => [{ x, y: s.y }, { x, y: e.y }]), ...ys.map((y) => [{ x: s.x, y }, { x: e.x, y }])],
    () =>
      xs.flatMap((x) =>
        ys.flatMap((y) => [
          [{ x, y: s.y }, { x, y }, { x: e.x, y }],
          [{ x: s.x, y }, { x, y }, { x, y: e.y }],
        ]),
      ),
    () =>
      ys.flatMap((y) => [
        ...xs.flatMap((x1) => xs.map((x2) => [{ x: x1, y: s.y }, { x: x1, y }, { x: x2, y }, { x: x2, y: e.y }])),
        ...ys.flatMap((y2) => xs.map((x) => [{ x: s.x, y }, { x, y }, { x, y: y2 }, { x: e.x, y: y2 }])),
      ]),
  ];
  for (const stage of stages) {
    const candidates = stage().map((bends, order) => {
      const route = [s, ...bends, e].filter((point, i, all) => i === 0 || point.x !== all[i - 1]!.x || point.y !== all[i - 1]!.y);
      let cost = fixed + BEND_COST * (route.length - 1);
      for (let i = 1; i < route.length; i++) cost += Math.abs(route[i]!.x - route[i - 1]!.x) + Math.abs(route[i]!.y - route[i - 1]!.y);
      return { cost, order, route };
    });
    candidates.sort((x, y) => x.cost - y.cost || x.order - y.order);
    // Cheapest first by length and bends; running along earlier arrows only adds cost, so stop once no
    // remaining route can beat the best one found.
    let best: { cost: number; route: Point[] } | undefined;
    for (const candidate of candidates) {
      if (best && candidate.cost >= best.cost) break;
      let cost = candidate.cost;
      for (let i = 1; i < candidate.route.length; i++) cost += OVERLAP_COST * overlap(candidate.route[i - 1]!, candidate.route[i]!, used);
      if ((!best || cost < best.cost) && isClear(candidate.route)) best = { cost, route: candidate.route };
    }
    if (best) return best.route;
  }
  return undefined;
}
