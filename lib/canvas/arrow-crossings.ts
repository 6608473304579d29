/*
 * Finds arrows that pass through a box they do not connect, in a drawn scene: a reader of the
 * diagram cannot tell whether such an arrow goes into the box or past it.
 */

export type Point = { x: number; y: number };
export type Rect = { x: number; y: number; width: number; height: number };

/** Does the segment a-b pass through the inside of `rect` (shrunk by `inset`, so touching an edge does not count)? Liang-Barsky clipping. */
export function segmentCrossesRect(a: Point, b: Point, rect: Rect, inset = 1): boolean {
  const left = rect.x + inset;
  const right = rect.x + rect.width - inset;
  const top = rect.y + inset;
  const bottom = rect.y + rect.height - inset;
  if (right <= left || bottom <= top) return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return clip(-dx, a.x - left) && clip(dx, right - a.x) && clip(-dy, a.y - top) && clip(dy, bottom - a.y) && t1 - t0 > 1e-9;
}

/** Does the polyline through `points` cross `rect`? */
export function pathCrossesRect(points: readonly Point[], rect: Rect, inset = 1): boolean {
  for (let i = 1; i < points.length; i++) if (segmentCrossesRect(points[i - 1] as Point, points[i] as Point, rect, inset)) return true;
  return false;
}

type SceneElement = { id?: unknown; type?: unknown; x?: unknown; y?: unknown; width?: unknown; height?: unknown; points?: unknown; customData?: unknown; isDeleted?: unknown; startBinding?: unknown; endBinding?: unknown };

export type ArrowCrossing = { arrow: string; from: string; to: string; box: string };

const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const boundId = (binding: unknown) => (binding && typeof binding === 'object' ? (binding as { elementId?: unknown }).elementId : undefined);
/** `box-kafka` -> `kafka`: the layout id of a generated box; other ids as they are. */
const shortId = (id: string) => id.replace(/^box-/, '');

/**
 * Every (arrow, box) pair where the arrow passes through a palette box (an element with a `kind`)
 * that is neither of its ends. `scene` is an Excalidraw file object; anything else gives none.
 */
export function arrowCrossings(scene: unknown): ArrowCrossing[] {
  const elements = scene && typeof scene === 'object' ? (scene as { elements?: unknown }).elements : undefined;
  if (!Array.isArray(elements)) return [];
  const live = (elements as SceneElement[]).filter((element) => element && element.isDeleted !== true && typeof element.id === 'string');
  const boxes = live.flatMap((element) => {
    const [x, y, width, height] = [num(element.x), num(element.y), num(element.width), num(element.height)];
    const kind = element.customData && typeof element.customData === 'object' ? (element.customData as { kind?: unknown }).kind : undefined;
    if (typeof kind !== 'string' || element.type === 'arrow' || x === undefined || y === undefined || width === undefined || height === undefined) return [];
    return [{ id: element.id as string, rect: { x, y, width, height } }];
  });
  const crossings: ArrowCrossing[] = [];
  for (const arrow of live.filter((element) => element.type === 'arrow')) {
    const [x, y] = [num(arrow.x), num(arrow.y)];
    if (x === undefined || y === undefined || !Array.isArray(arrow.points)) continue;
    const points = (arrow.points as unknown[]).flatMap((point) => (Array.isArray(point) && num(point[0]) !== undefined && num(point[1]) !== undefined ? [{ x: x + (point[0] as number), y: y + (point[1] as number) }] : []));
    const from = boundId(arrow.startBinding);
    const to = boundId(arrow.endBinding);
    for (const box of boxes) {
      if (box.id === from || box.id === to) continue;
      if (pathCrossesRect(points, box.rect)) crossings.push({ arrow: arrow.id as string, from: shortId(String(from ?? '?')), to: shortId(String(to ?? '?')), box: shortId(box.id) });
    }
  }
  return crossings;
}
