/** Axis-aligned box in scene coordinates; internal shape, converted to `Bounds` at the output boundary. */
export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface Point {
  x: number;
  y: number;
}

/** What the graph reports: the familiar Excalidraw x/y/width/height. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A `Box` made by `new` so V8 never pretenures it (see ./young.ts). */
export class SceneBox implements Box {
  constructor(
    public minX: number,
    public minY: number,
    public maxX: number,
    public maxY: number,
  ) {}
}

/** A `Point` made by `new` (see ./young.ts). */
export class ScenePoint implements Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}

/** A `Bounds` made by `new` (see ./young.ts). */
export class SceneBounds implements Bounds {
  constructor(
    public x: number,
    public y: number,
    public width: number,
    public height: number,
  ) {}
}

export function boxFromPoints(points: readonly Point[]): Box | null {
  if (points.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.x > maxX) maxX = p.x;
    if (p.y > maxY) maxY = p.y;
  }
  return Number.isFinite(minX) && Number.isFinite(minY) && Number.isFinite(maxX) && Number.isFinite(maxY) ? new SceneBox(minX, minY, maxX, maxY) : null;
}

export function isFiniteBox(b: Box): boolean {
  return Number.isFinite(b.minX) && Number.isFinite(b.minY) && Number.isFinite(b.maxX) && Number.isFinite(b.maxY);
}

export function unionBox(a: Box, b: Box): Box {
  return new SceneBox(Math.min(a.minX, b.minX), Math.min(a.minY, b.minY), Math.max(a.maxX, b.maxX), Math.max(a.maxY, b.maxY));
}

export function boxWidth(b: Box): number {
  return b.maxX - b.minX;
}

export function boxHeight(b: Box): number {
  return b.maxY - b.minY;
}

export function boxArea(b: Box): number {
  return boxWidth(b) * boxHeight(b);
}

export function boxCenter(b: Box): Point {
  return new ScenePoint((b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2);
}

export function toBounds(b: Box): Bounds {
  return new SceneBounds(b.minX, b.minY, boxWidth(b), boxHeight(b));
}

export function expandBox(b: Box, by: number): Box {
  return new SceneBox(b.minX - by, b.minY - by, b.maxX + by, b.maxY + by);
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/** `inner` lies inside `outer`, allowing `slack` px of overhang (hand-placed shapes rarely nest exactly). */
export function containsBox(outer: Box, inner: Box, slack = 0): boolean {
  return (
    inner.minX >= outer.minX - slack &&
    inner.minY >= outer.minY - slack &&
    inner.maxX <= outer.maxX + slack &&
    inner.maxY <= outer.maxY + slack
  );
}

export function containsPoint(b: Box, p: Point): boolean {
  return p.x >= b.minX && p.x <= b.maxX && p.y >= b.minY && p.y <= b.maxY;
}

/** 0 when the point is inside or on the box. */
export function pointBoxDistance(p: Point, b: Box): number {
  const dx = Math.max(b.minX - p.x, 0, p.x - b.maxX);
  const dy = Math.max(b.minY - p.y, 0, p.y - b.maxY);
  return Math.hypot(dx, dy);
}

/** Gap between two boxes, 0 when they touch or overlap. */
export function boxGap(a: Box, b: Box): number {
  const dx = Math.max(b.minX - a.maxX, 0, a.minX - b.maxX);
  const dy = Math.max(b.minY - a.maxY, 0, a.minY - b.maxY);
  return Math.hypot(dx, dy);
}

export function pointSegmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

function segmentsIntersect(a: Point, b: Point, c: Point, d: Point): boolean {
  const cross = (o: Point, p: Point, q: Point) => (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

export function segmentBoxDistance(a: Point, b: Point, box: Box): number {
  if (containsPoint(box, a) || containsPoint(box, b)) return 0;
  const corners: Point[] = [
    { x: box.minX, y: box.minY },
    { x: box.maxX, y: box.minY },
    { x: box.maxX, y: box.maxY },
    { x: box.minX, y: box.maxY },
  ];
  for (let i = 0; i < 4; i++) {
    const c = corners[i]!;
    const d = corners[(i + 1) % 4]!;
    if (segmentsIntersect(a, b, c, d)) return 0;
  }
  let best = Math.min(pointBoxDistance(a, box), pointBoxDistance(b, box));
  for (const c of corners) best = Math.min(best, pointSegmentDistance(c, a, b));
  return best;
}

export function polylineBoxDistance(points: readonly Point[], box: Box): number {
  if (points.length === 1) return pointBoxDistance(points[0]!, box);
  let best = Infinity;
  for (let i = 1; i < points.length; i++) {
    best = Math.min(best, segmentBoxDistance(points[i - 1]!, points[i]!, box));
    if (best === 0) return 0;
  }
  return best;
}

export function rotatePoint(p: Point, center: Point, angle: number): Point {
  if (!angle) return p;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const dx = p.x - center.x;
  const dy = p.y - center.y;
  return new ScenePoint(center.x + dx * cos - dy * sin, center.y + dx * sin + dy * cos);
}

/** Where along a polyline (0 = start, 1 = end, by length) the point nearest to `p` lies. */
export function polylinePosition(points: readonly Point[], p: Point): number {
  let total = 0;
  let best = Infinity;
  let bestAt = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy);
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (len * len)));
    const d = Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
    if (d < best) {
      best = d;
      bestAt = total + t * len;
    }
    total += len;
  }
  return total === 0 ? 0 : bestAt / total;
}

/** Distance from `p` to the nearest point of a polyline (Infinity for no points). */
export function pointPolylineDistance(p: Point, points: readonly Point[]): number {
  if (points.length === 1) return Math.hypot(p.x - points[0]!.x, p.y - points[0]!.y);
  let best = Infinity;
  for (let i = 1; i < points.length; i++) best = Math.min(best, pointSegmentDistance(p, points[i - 1]!, points[i]!));
  return best;
}

/** Length of a polyline, in scene px. */
export function polylineLength(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return total;
}

/**
 * The way a connector points out of one of its tips: the unit vector from the nearest earlier point
 * at least `minRun` px away (so a hand-drawn hook at the tip does not turn it) to the tip. `atEnd`
 * false gives the start, pointing back out of the start. Null when all points are within `minRun`.
 */
export function tipHeading(points: readonly Point[], atEnd: boolean, minRun = 8): Point | null {
  const n = points.length;
  if (n < 2) return null;
  const tip = atEnd ? points[n - 1]! : points[0]!;
  for (let k = 1; k < n; k++) {
    const q = atEnd ? points[n - 1 - k]! : points[k]!;
    const len = Math.hypot(tip.x - q.x, tip.y - q.y);
    if (len >= minRun) return { x: (tip.x - q.x) / len, y: (tip.y - q.y) / len };
  }
  return null;
}

/**
 * How far along the ray from `origin` in the unit direction `dir` it enters `box` (0 when the
 * origin is inside), or null when the ray misses it. Slab test.
 */
export function rayBoxEntry(origin: Point, dir: Point, box: Box): number | null {
  let t0 = 0;
  let t1 = Infinity;
  const axes: [number, number, number, number][] = [
    [origin.x, dir.x, box.minX, box.maxX],
    [origin.y, dir.y, box.minY, box.maxY],
  ];
  for (const [o, d, lo, hi] of axes) {
    if (d === 0) {
      if (o < lo || o > hi) return null;
      continue;
    }
    let a = (lo - o) / d;
    let b = (hi - o) / d;
    if (a > b) [a, b] = [b, a];
    t0 = Math.max(t0, a);
    t1 = Math.min(t1, b);
    if (t0 > t1) return null;
  }
  return t0;
}
