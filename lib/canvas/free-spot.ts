import type { Box, Point } from './geometry';

/** Width and height of the thing to place, in scene units (Excalidraw pixels at zoom 1). */
export interface Size {
  width: number;
  height: number;
}

export interface FreeSpotRequest {
  /** The part of the scene the learner sees and can reach (scene coordinates); the search starts at its centre. */
  view: Box;
  size: Size;
  /** Boxes already on the canvas (scene coordinates); see `placementObstacles`. */
  obstacles: readonly Box[];
  /** Clear space kept between the new box and any obstacle; default 24. */
  gap?: number;
  /** Grid step of the search; default 20. */
  step?: number;
}

const DEFAULT_GAP = 24;
const DEFAULT_STEP = 20;
/**
 * Vertical distance counts three times horizontal: data flows left to right, so a new box goes
 * beside its neighbours before it goes below them.
 */
const VERTICAL_WEIGHT = 3;
/** How far beyond the view the search may go when the view is full, in view sizes. */
const OVERFLOW_VIEWS = 2;

function overlaps(a: Box, b: Box): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

function inside(inner: Box, outer: Box): boolean {
  return inner.minX >= outer.minX && inner.maxX <= outer.maxX && inner.minY >= outer.minY && inner.maxY <= outer.maxY;
}

function finite(box: Box): boolean {
  return Number.isFinite(box.minX) && Number.isFinite(box.minY) && Number.isFinite(box.maxX) && Number.isFinite(box.maxY);
}

/**
 * Where to drop a new box: the top-left corner (scene coordinates) of a `size` rectangle that
 * overlaps no obstacle (with `gap` of clear space), as close as possible to the view's centre.
 * Candidates on a `step` grid are tried in order of distance from the centre (vertical distance
 * weighted, so rows fill before columns); spots wholly inside the view come first, then spots up
 * to two view sizes beyond it, then, if everything near is full, a spot to the right of every
 * obstacle. Never throws: a degenerate view (zero or non-finite size) is treated as a point at its
 * centre, non-finite obstacles are ignored.
 */
export function findFreeSpot(request: FreeSpotRequest): Point {
  const { size } = request;
  const gap = Math.max(0, request.gap ?? DEFAULT_GAP);
  const step = Math.max(1, request.step ?? DEFAULT_STEP);
  const width = Math.max(1, size.width);
  const height = Math.max(1, size.height);
  const view = finite(request.view) ? request.view : { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  const centre = { x: (view.minX + view.maxX) / 2, y: (view.minY + view.maxY) / 2 };
  const origin = { x: centre.x - width / 2, y: centre.y - height / 2 };
  const viewWidth = Math.max(0, view.maxX - view.minX);
  const viewHeight = Math.max(0, view.maxY - view.minY);
  const reachX = (viewWidth * (1 + OVERFLOW_VIEWS)) / 2 + width;
  const reachY = (viewHeight * (1 + OVERFLOW_VIEWS)) / 2 + height;
  const searchArea: Box = { minX: centre.x - reachX - gap, minY: centre.y - reachY - gap, maxX: centre.x + reachX + gap, maxY: centre.y + reachY + gap };
  const near = request.obstacles.filter((obstacle) => finite(obstacle) && overlaps(obstacle, searchArea));

  const stepsX = Math.ceil(reachX / step);
  const stepsY = Math.ceil(reachY / step);
  const offsets: { dx: number; dy: number; distance: number }[] = [];
  for (let iy = -stepsY; iy <= stepsY; iy++) {
    for (let ix = -stepsX; ix <= stepsX; ix++) {
      const dx = ix * step;
      const dy = iy * step;
      offsets.push({ dx, dy, distance: dx * dx + (dy * VERTICAL_WEIGHT) ** 2 });
    }
  }
  // Nearest first; on a tie, prefer right of and below the centre (reading order of a flow).
  offsets.sort((a, b) => a.distance - b.distance || b.dx - a.dx || b.dy - a.dy);

  const isFree = (x: number, y: number) => {
    const padded: Box = { minX: x - gap, minY: y - gap, maxX: x + width + gap, maxY: y + height + gap };
    return near.every((obstacle) => !overlaps(padded, obstacle));
  };
  let outside: Point | undefined;
  for (const { dx, dy } of offsets) {
    const x = origin.x + dx;
    const y = origin.y + dy;
    if (!isFree(x, y)) continue;
    if (inside({ minX: x, minY: y, maxX: x + width, maxY: y + height }, view)) return { x, y };
    outside ??= { x, y };
  }
  if (outside) return outside;
  const rightmost = request.obstacles.filter(finite).reduce((max, obstacle) => Math.max(max, obstacle.maxX), -Infinity);
  return { x: Number.isFinite(rightmost) ? rightmost + gap : origin.x, y: origin.y };
}
