import type { Box, Point } from './geometry';
import { SceneBox, ScenePoint, boxCenter, boxFromPoints, boxHeight, boxWidth, isFiniteBox, rotatePoint } from './geometry';
import type { SceneElement } from './scene-schema';
import { emptyList, listOf } from './young';

/** How the reader uses an element; Excalidraw's many `type`s collapse into these. */
export type ElementRole = 'shape' | 'image' | 'frame' | 'text' | 'arrow' | 'line' | 'freedraw';

/** A scene element after validation: absolute geometry, resolved text, nothing optional that we rely on. */
export interface CanvasElement {
  id: string;
  /** Position in the scene array; a stable tie-breaker. */
  index: number;
  type: string;
  role: ElementRole;
  box: Box;
  /** Absolute, rotation-applied points of arrows, lines and freedraw. */
  points: Point[];
  /** A polygon drawn with the line tool (first point back at the start), i.e. a shape, not a connector. */
  closed: boolean;
  text: string;
  fontSize: number;
  containerId: string | null;
  groupIds: string[];
  frameId: string | null;
  startBindingId: string | null;
  endBindingId: string | null;
  startArrowhead: string | null;
  endArrowhead: string | null;
  customData: Record<string, unknown> | null;
  name: string | null;
}

const roleByType: Record<string, ElementRole> = {
  rectangle: 'shape',
  ellipse: 'shape',
  diamond: 'shape',
  embeddable: 'shape',
  iframe: 'shape',
  image: 'image',
  frame: 'frame',
  magicframe: 'frame',
  text: 'text',
  arrow: 'arrow',
  line: 'line',
  // Excalidraw's restore migrates the old `draw` type to `line`.
  draw: 'line',
  freedraw: 'freedraw',
};

/**
 * Points of a linear element as Excalidraw's `restoreElement` sees them: arrows and lines saved
 * with no points or fewer than two get `[[0,0],[width,height]]` (the old arrow model).
 */
function restoredPoints(el: SceneElement, role: ElementRole): number[][] {
  const raw = (el.points ?? []).filter((p) => p.length >= 2);
  if ((role === 'arrow' || role === 'line') && raw.length < 2) return [
    [0, 0],
    [el.width ?? 0, el.height ?? 0],
  ];
  return raw;
}

/** A `CanvasElement` made by `new` so V8 never pretenures it (see ./young.ts); fields in the interface's order. */
class ReadElement implements CanvasElement {
  constructor(
    public id: string,
    public index: number,
    public type: string,
    public role: ElementRole,
    public box: Box,
    public points: Point[],
    public closed: boolean,
    public text: string,
    public fontSize: number,
    public containerId: string | null,
    public groupIds: string[],
    public frameId: string | null,
    public startBindingId: string | null,
    public endBindingId: string | null,
    public startArrowhead: string | null,
    public endArrowhead: string | null,
    public customData: Record<string, unknown> | null,
    public name: string | null,
  ) {}
}

const DEFAULT_FONT_SIZE = 20;

/**
 * Returns the element with absolute geometry, or a reason it cannot be placed (no position, NaN,
 * unknown type). Legacy shapes are migrated the way Excalidraw 0.18's `restoreElement` does.
 */
export function toCanvasElement(el: SceneElement, index: number): CanvasElement | string {
  const role = roleByType[el.type];
  if (role === undefined) return `ignored element ${el.id}: unsupported type ${el.type}`;
  const x = el.x;
  const y = el.y;
  if (x === undefined || y === undefined) return `skipped element ${el.id}: no finite position`;
  const width = Math.abs(el.width ?? 0);
  const height = Math.abs(el.height ?? 0);
  const angle = el.angle ?? 0;

  let points: Point[] = emptyList();
  let box: Box | null;
  let closed = false;
  if (role === 'arrow' || role === 'line' || role === 'freedraw') {
    const raw = restoredPoints(el, role).map((p) => new ScenePoint(x + p[0]!, y + p[1]!));
    points = raw.length > 0 ? raw : listOf<Point>(new ScenePoint(x, y));
    const local = boxFromPoints(points);
    if (local === null) return `skipped element ${el.id}: no finite points`;
    // Excalidraw rotates linear elements about the centre of their points' box.
    const c = boxCenter(local);
    if (angle) {
      points = points.map((p) => rotatePoint(p, c, angle));
      box = boxFromPoints(points);
    } else box = local;
    closed = el.polygon === true || isClosedPolyline(points);
  } else {
    const x2 = (el.width ?? 0) < 0 ? x - width : x;
    const y2 = (el.height ?? 0) < 0 ? y - height : y;
    if (angle) {
      const corners = [
        { x: x2, y: y2 },
        { x: x2 + width, y: y2 },
        { x: x2 + width, y: y2 + height },
        { x: x2, y: y2 + height },
      ];
      const c = { x: x2 + width / 2, y: y2 + height / 2 };
      box = boxFromPoints(corners.map((p) => rotatePoint(p, c, angle)));
    } else {
      // Unrotated (nearly every shape): the box is the shape, no corner points to build.
      const plain = new SceneBox(x2, y2, x2 + width, y2 + height);
      box = isFiniteBox(plain) ? plain : null;
    }
  }
  if (box === null) return `skipped element ${el.id}: no finite geometry`;

  const rawText = el.originalText ?? el.text ?? el.label?.text ?? '';
  return new ReadElement(
    el.id,
    index,
    el.type,
    role,
    box,
    points,
    closed,
    role === 'text' ? rawText : (el.label?.text ?? ''),
    el.fontSize !== undefined && el.fontSize > 0 ? el.fontSize : DEFAULT_FONT_SIZE,
    el.containerId ?? null,
    el.groupIds ?? emptyList(),
    el.frameId ?? null,
    el.startBinding?.elementId ?? null,
    el.endBinding?.elementId ?? null,
    el.startArrowhead ?? null,
    // Arrows saved before arrowheads were configurable have no fields: Excalidraw draws an end arrowhead.
    el.endArrowhead === undefined && role === 'arrow' ? 'arrow' : (el.endArrowhead ?? null),
    el.customData ?? null,
    el.name ?? null,
  );
}

function isClosedPolyline(points: readonly Point[]): boolean {
  if (points.length < 3) return false;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const box = boxFromPoints(points);
  if (box === null) return false;
  const size = Math.max(boxWidth(box), boxHeight(box));
  // Hand-closed outlines end near, not exactly on, the start point.
  return size > 0 && Math.hypot(first.x - last.x, first.y - last.y) <= Math.max(4, size * 0.08);
}
