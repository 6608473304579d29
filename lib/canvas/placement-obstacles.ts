import type { Box } from './geometry';

const LINEAR_TYPES = new Set(['arrow', 'line', 'freedraw']);
/** Frames are zones a new box may land in; only what is drawn inside them is in the way. */
const ZONE_TYPES = new Set(['frame', 'magicframe']);

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

function rotatedBox(x: number, y: number, width: number, height: number, angle: number): Box {
  const minX = Math.min(x, x + width);
  const minY = Math.min(y, y + height);
  const w = Math.abs(width);
  const h = Math.abs(height);
  if (angle === 0) return { minX, minY, maxX: minX + w, maxY: minY + h };
  const cx = minX + w / 2;
  const cy = minY + h / 2;
  const cos = Math.abs(Math.cos(angle));
  const sin = Math.abs(Math.sin(angle));
  const halfW = (w * cos + h * sin) / 2;
  const halfH = (w * sin + h * cos) / 2;
  return { minX: cx - halfW, minY: cy - halfH, maxX: cx + halfW, maxY: cy + halfH };
}

function segmentBoxes(x: number, y: number, points: unknown): Box[] {
  if (!Array.isArray(points)) return [];
  const absolute = points.flatMap((point) => {
    if (!Array.isArray(point)) return [];
    const px = num(point[0]);
    const py = num(point[1]);
    return px === undefined || py === undefined ? [] : [{ x: x + px, y: y + py }];
  });
  if (absolute.length === 1) return [{ minX: absolute[0]!.x, minY: absolute[0]!.y, maxX: absolute[0]!.x, maxY: absolute[0]!.y }];
  const boxes: Box[] = [];
  for (let index = 1; index < absolute.length; index++) {
    const a = absolute[index - 1]!;
    const b = absolute[index]!;
    boxes.push({ minX: Math.min(a.x, b.x), minY: Math.min(a.y, b.y), maxX: Math.max(a.x, b.x), maxY: Math.max(a.y, b.y) });
  }
  return boxes;
}

/**
 * What a new palette box must not land on, from raw Excalidraw elements (scene coordinates): the
 * bounding box of every live shape, text and image (rotation included), and one box per segment of
 * every arrow, line and pen stroke, so a long diagonal arrow does not block the whole area it spans.
 * Deleted elements and frames are skipped; elements without finite geometry are ignored, never thrown on.
 */
export function placementObstacles(elements: readonly Record<string, unknown>[]): Box[] {
  const boxes: Box[] = [];
  for (const element of elements) {
    if (element.isDeleted === true) continue;
    const type = typeof element.type === 'string' ? element.type : '';
    if (ZONE_TYPES.has(type)) continue;
    const x = num(element.x);
    const y = num(element.y);
    if (x === undefined || y === undefined) continue;
    if (LINEAR_TYPES.has(type)) {
      boxes.push(...segmentBoxes(x, y, element.points));
      continue;
    }
    const width = num(element.width);
    const height = num(element.height);
    if (width === undefined || height === undefined) continue;
    boxes.push(rotatedBox(x, y, width, height, num(element.angle) ?? 0));
  }
  return boxes;
}
