import type { LayoutArrow, LayoutComponent, ReferenceLayout } from '../content/reference-layout-schema';
import { sceneFileText } from './parse-scene-file';
import { routeAround } from './route-arrow';
import type { Lanes, Segment } from './route-arrow';

/*
 * Turns a case's reference-layout.yaml into an Excalidraw scene: palette-style boxes stacked in
 * titled columns, an optional bottom row, and bound arrows. Pure and deterministic (ids, seeds and
 * positions depend only on the layout), so content:check can regenerate it and compare.
 */

type Element = Record<string, unknown>;
type Side = 'left' | 'right' | 'top' | 'bottom';
type Container = { id: string; title: string; x: number; y: number; width: number; height: number };
type Placed = { component: LayoutComponent; x: number; y: number; width: number; height: number; column: number | 'extra'; labelLines: string[] };

/** The palette's box (components/diagram/excalidraw-canvas.tsx), so the reference looks like what learners draw. */
const BOX_WIDTH = 180;
const BOX_MIN_HEIGHT = 64;
const BOX_FILL = '#e7f0fd';
const LABEL_FONT = 16;
const ARROW_FONT = 14;
const TITLE_FONT = 20;
const LINE_HEIGHT = 1.25;
/** A generous average glyph width for Excalifont, so estimated text boxes never undershoot. */
const CHAR_WIDTH = 0.6;
/** Excalidraw's padding between a container and its bound text. */
const TEXT_PADDING = 5;
const BOX_GAP_Y = 48;
const COLUMN_PADDING_X = 30;
const COLUMN_TITLE_HEIGHT = 52;
const COLUMN_PADDING_BOTTOM = 30;
/** Wide enough for an arrow label such as "WAL changes" between two columns. */
const COLUMN_GAP = 150;
const EXTRAS_GAP_Y = 110;
const EXTRA_GAP_X = 70;
/** Excalidraw's binding gap: how far an arrow tip stops from its box. */
const BINDING_GAP = 4;
const FONT_FAMILY = 5;
const EXTRAS_TITLE = 'Orchestration and operations';

/** FNV-1a: stable pseudo-random seeds from element ids, so regenerating never changes the file. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % 2_147_483_647;
}

const round = (value: number) => Math.round(value * 100) / 100;

function common(id: string, type: string, x: number, y: number, width: number, height: number): Element {
  return {
    id,
    type,
    x: round(x),
    y: round(y),
    width: round(width),
    height: round(height),
    angle: 0,
    strokeColor: '#1e1e1e',
    backgroundColor: 'transparent',
    fillStyle: 'solid',
    strokeWidth: 2,
    strokeStyle: 'solid',
    roughness: 1,
    opacity: 100,
    groupIds: [],
    frameId: null,
    roundness: null,
    seed: hash(id),
    version: 1,
    versionNonce: hash(`${id}#nonce`),
    isDeleted: false,
    boundElements: null,
    updated: 1,
    link: null,
    locked: false,
  };
}

/** Greedy word wrap to the width of a box; Excalidraw shows `text`, the reader uses `originalText`. */
export function wrapLabel(label: string, maxWidth: number, fontSize: number): string[] {
  const perLine = Math.max(4, Math.floor(maxWidth / (fontSize * CHAR_WIDTH)));
  const lines: string[] = [];
  let current = '';
  for (const word of label.split(/\s+/).filter((w) => w !== '')) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= perLine) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

function textSize(lines: readonly string[], fontSize: number): { width: number; height: number } {
  const longest = Math.max(1, ...lines.map((line) => line.length));
  return { width: longest * fontSize * CHAR_WIDTH, height: lines.length * fontSize * LINE_HEIGHT };
}

function boundText(id: string, containerId: string, lines: string[], original: string, fontSize: number, center: { x: number; y: number }, verticalAlign: 'middle' | 'top'): Element {
  const size = textSize(lines, fontSize);
  return {
    ...common(id, 'text', center.x - size.width / 2, verticalAlign === 'top' ? center.y : center.y - size.height / 2, size.width, size.height),
    strokeWidth: 1,
    text: lines.join('\n'),
    fontSize,
    fontFamily: FONT_FAMILY,
    textAlign: 'center',
    verticalAlign,
    containerId,
    originalText: original,
    autoResize: true,
    lineHeight: LINE_HEIGHT,
  };
}

function boxHeightFor(lines: readonly string[]): number {
  return Math.max(BOX_MIN_HEIGHT, Math.ceil(lines.length * LABEL_FONT * LINE_HEIGHT + 2 * 12));
}

/** Places every box: columns left to right with stacks centred on a common height, extras in a row below. */
function place(layout: ReferenceLayout): { placed: Placed[]; containers: Container[]; lanes: Lanes } {
  const columnWidth = BOX_WIDTH + 2 * COLUMN_PADDING_X;
  const sized = layout.columns.map((column) =>
    column.components.map((component) => {
      const labelLines = wrapLabel(component.label, BOX_WIDTH - 2 * 10, LABEL_FONT);
      return { component, labelLines, height: boxHeightFor(labelLines) };
    }),
  );
  const stackHeight = (items: readonly { height: number }[]) => items.reduce((sum, item) => sum + item.height, 0) + BOX_GAP_Y * Math.max(0, items.length - 1);
  const innerHeight = Math.max(...sized.map(stackHeight));
  const columnHeight = COLUMN_TITLE_HEIGHT + innerHeight + COLUMN_PADDING_BOTTOM;
  const placed: Placed[] = [];
  const containers: Container[] = [];
  sized.forEach((items, c) => {
    const x = c * (columnWidth + COLUMN_GAP);
    containers.push({ id: `column-${c + 1}`, title: layout.columns[c]!.title, x, y: 0, width: columnWidth, height: columnHeight });
    let y = COLUMN_TITLE_HEIGHT + (innerHeight - stackHeight(items)) / 2;
    for (const item of items) {
      placed.push({ ...item, x: x + COLUMN_PADDING_X, y, width: BOX_WIDTH, column: c });
      y += item.height + BOX_GAP_Y;
    }
  });
  if (layout.extras.length > 0) {
    const items = layout.extras.map((component) => {
      const labelLines = wrapLabel(component.label, BOX_WIDTH - 2 * 10, LABEL_FONT);
      return { component, labelLines, height: boxHeightFor(labelLines) };
    });
    const rowWidth = items.length * BOX_WIDTH + (items.length - 1) * EXTRA_GAP_X;
    const columnsWidth = layout.columns.length * columnWidth + (layout.columns.length - 1) * COLUMN_GAP;
    const width = Math.max(columnsWidth, rowWidth + 2 * COLUMN_PADDING_X);
    const height = COLUMN_TITLE_HEIGHT + Math.max(...items.map((item) => item.height)) + COLUMN_PADDING_BOTTOM;
    const top = columnHeight + EXTRAS_GAP_Y;
    containers.push({ id: 'extras', title: EXTRAS_TITLE, x: 0, y: top, width, height });
    let x = (width - rowWidth) / 2;
    for (const item of items) {
      placed.push({ ...item, x, y: top + COLUMN_TITLE_HEIGHT, width: BOX_WIDTH, column: 'extra' });
      x += BOX_WIDTH + EXTRA_GAP_X;
    }
  }
  return { placed, containers, lanes: lanesFor(placed, containers, columnHeight) };
}

/**
 * The free lines a routed arrow may follow: the middle of each gap between columns and of each column's
 * side padding, the middle of each gap between stacked boxes, and the strips above the columns, between
 * the columns and the bottom row, and below it.
 */
function lanesFor(placed: readonly Placed[], containers: readonly Container[], columnHeight: number): Lanes {
  const xs: number[] = [];
  const ys: number[] = [-COLUMN_PADDING_BOTTOM, columnHeight + EXTRAS_GAP_Y / 2];
  for (const container of containers.filter((item) => item.id !== 'extras')) {
    const gapLeft = container.x - COLUMN_GAP / 2;
    const gapRight = container.x + container.width + COLUMN_GAP / 2;
    xs.push(gapLeft, gapLeft - 25, gapLeft + 25, container.x + COLUMN_PADDING_X / 2, container.x + container.width - COLUMN_PADDING_X / 2, gapRight, gapRight - 25, gapRight + 25);
  }
  const extras = containers.find((item) => item.id === 'extras');
  if (extras) ys.push(extras.y + extras.height + COLUMN_PADDING_BOTTOM);
  const byColumn = new Map<number | 'extra', Placed[]>();
  for (const box of placed) byColumn.set(box.column, [...(byColumn.get(box.column) ?? []), box]);
  for (const [column, boxes] of byColumn) {
    if (column === 'extra') {
      boxes.forEach((box) => xs.push(box.x + box.width + EXTRA_GAP_X / 2, box.x - EXTRA_GAP_X / 2));
      continue;
    }
    const first = boxes[0];
    const last = boxes.at(-1);
    if (first) ys.push(first.y - BOX_GAP_Y / 2);
    if (last) ys.push(last.y + last.height + BOX_GAP_Y / 2);
    for (let i = 1; i < boxes.length; i++) {
      const middle = ((boxes[i - 1] as Placed).y + (boxes[i - 1] as Placed).height + (boxes[i] as Placed).y) / 2;
      ys.push(middle, middle - BOX_GAP_Y / 4, middle + BOX_GAP_Y / 4);
    }
  }
  return { xs: xs.map(round), ys: ys.map(round) };
}

/** Which sides an arrow leaves and enters: across columns horizontally, within a column or to the bottom row vertically. */
function sidesFor(from: Placed, to: Placed): [Side, Side] {
  if (from.column !== 'extra' && to.column !== 'extra' && from.column !== to.column) return from.column < to.column ? ['right', 'left'] : ['left', 'right'];
  if (from.column === 'extra' && to.column === 'extra') return from.x < to.x ? ['right', 'left'] : ['left', 'right'];
  return to.y > from.y ? ['bottom', 'top'] : ['top', 'bottom'];
}

const center = (box: Placed) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** The point `fraction` of the way along a side, pushed out by the binding gap. */
function pointOn(box: Placed, side: Side, fraction: number): { x: number; y: number } {
  switch (side) {
    case 'left':
      return { x: box.x - BINDING_GAP, y: box.y + box.height * fraction };
    case 'right':
      return { x: box.x + box.width + BINDING_GAP, y: box.y + box.height * fraction };
    case 'top':
      return { x: box.x + box.width * fraction, y: box.y - BINDING_GAP };
    case 'bottom':
      return { x: box.x + box.width * fraction, y: box.y + box.height + BINDING_GAP };
  }
}

/**
 * Where an arrow's label sits: its midpoint, except for an arrow that skips columns, whose midpoint
 * lies over the column in between; its label goes in the first gap it crosses instead.
 */
function labelAnchor(start: { x: number; y: number }, end: { x: number; y: number }, from: Placed, to: Placed): { x: number; y: number } {
  const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  if (from.column === 'extra' || to.column === 'extra' || Math.abs(from.column - to.column) < 2 || end.x === start.x) return mid;
  const gapX = start.x + Math.sign(end.x - start.x) * (COLUMN_PADDING_X + COLUMN_GAP / 2 - BINDING_GAP);
  return { x: gapX, y: start.y + ((end.y - start.y) * (gapX - start.x)) / (end.x - start.x) };
}

/** The middle of a routed arrow's longest straight piece, where its label reads best. */
function longestSegmentMiddle(path: readonly { x: number; y: number }[]): { x: number; y: number } {
  let best = { x: 0, y: 0 };
  let longest = -1;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!;
    const b = path[i]!;
    const size = Math.hypot(b.x - a.x, b.y - a.y);
    if (size > longest) {
      longest = size;
      best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return best;
}

export const boxElementId = (id: string) => `box-${id}`;
export const arrowElementId = (arrow: Pick<LayoutArrow, 'from' | 'to'>) => `arrow-${arrow.from}-${arrow.to}`;

/** The reference layout as Excalidraw elements (containers, boxes, labels, arrows), in drawing order. */
export function drawLayout(layout: ReferenceLayout): Element[] {
  const { placed, containers, lanes } = place(layout);
  // Boxes and column titles: a routed arrow passes neither (arrows into the bottom row come from above its title).
  const obstacles = [
    ...placed.map((box) => ({ x: box.x, y: box.y, width: box.width, height: box.height })),
    ...containers.filter((container) => container.id !== 'extras').map((container) => {
      const title = textSize([container.title], TITLE_FONT);
      return { x: container.x + (container.width - title.width) / 2, y: container.y + TEXT_PADDING, width: title.width, height: title.height + 6 };
    }),
  ];
  const byId = new Map(placed.map((box) => [box.component.id, box]));

  // Arrows sharing a side of a box fan out along it, ordered by where their other end is, so they do not cross.
  type End = { arrow: number; other: Placed; side: Side };
  const ends = new Map<string, End[]>();
  const routes = layout.arrows.map((arrow, index) => {
    const from = byId.get(arrow.from);
    const to = byId.get(arrow.to);
    if (!from || !to) throw new Error(`arrow ${arrowElementId(arrow)} names a component that is not in the layout`);
    const [fromSide, toSide] = sidesFor(from, to);
    for (const [box, other, side] of [
      [from, to, fromSide],
      [to, from, toSide],
    ] as const) {
      const key = `${box.component.id}:${side}`;
      const list = ends.get(key) ?? [];
      list.push({ arrow: index, other, side });
      ends.set(key, list);
    }
    return { arrow, from, to, fromSide, toSide };
  });
  const fraction = new Map<string, number>();
  for (const [key, list] of ends) {
    const horizontal = list[0]!.side === 'top' || list[0]!.side === 'bottom';
    const sorted = [...list].sort((a, b) => (horizontal ? center(a.other).x - center(b.other).x : center(a.other).y - center(b.other).y) || a.arrow - b.arrow);
    sorted.forEach((end, k) => fraction.set(`${key}:${end.arrow}`, (k + 1) / (sorted.length + 1)));
  }

  const bound = new Map<string, { type: string; id: string }[]>();
  const bind = (boxId: string, entry: { type: string; id: string }) => {
    const list = bound.get(boxId) ?? [];
    list.push(entry);
    bound.set(boxId, list);
  };

  const arrowElements: Element[] = [];
  const used: Segment[] = [];
  routes.forEach(({ arrow, from, to, fromSide, toSide }, index) => {
    const id = arrowElementId(arrow);
    const start = pointOn(from, fromSide, fraction.get(`${arrow.from}:${fromSide}:${index}`) ?? 0.5);
    const end = pointOn(to, toSide, fraction.get(`${arrow.to}:${toSide}:${index}`) ?? 0.5);
    const labelId = `${id}-label`;
    bind(boxElementId(arrow.from), { type: 'arrow', id });
    bind(boxElementId(arrow.to), { type: 'arrow', id });
    // A straight arrow when nothing is in the way; else bends along the free lanes (content:check warns when none is found).
    const bends = routeAround(start, end, [fromSide, toSide], obstacles, lanes, used) ?? [];
    const path = [start, ...bends, end];
    for (let i = 1; i < path.length; i++) used.push({ a: path[i - 1]!, b: path[i]! });
    const xs = path.map((point) => point.x - start.x);
    const ys = path.map((point) => point.y - start.y);
    arrowElements.push({
      ...common(id, 'arrow', start.x, start.y, Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)),
      roundness: bends.length === 0 ? { type: 2 } : null,
      boundElements: arrow.label ? [{ type: 'text', id: labelId }] : null,
      points: path.map((point) => [round(point.x - start.x), round(point.y - start.y)]),
      lastCommittedPoint: null,
      startBinding: { elementId: boxElementId(arrow.from), focus: 0, gap: BINDING_GAP },
      endBinding: { elementId: boxElementId(arrow.to), focus: 0, gap: BINDING_GAP },
      startArrowhead: null,
      endArrowhead: 'arrow',
      elbowed: false,
    });
    if (arrow.label) {
      const lines = wrapLabel(arrow.label, COLUMN_GAP - 20, ARROW_FONT);
      arrowElements.push(boundText(labelId, id, lines, arrow.label, ARROW_FONT, bends.length === 0 ? labelAnchor(start, end, from, to) : longestSegmentMiddle(path), 'middle'));
    }
  });

  const elements: Element[] = [];
  for (const container of containers) {
    const titleId = `${container.id}-title`;
    elements.push({
      ...common(container.id, 'rectangle', container.x, container.y, container.width, container.height),
      strokeColor: '#868e96',
      strokeWidth: 1,
      strokeStyle: 'dashed',
      roughness: 0,
      roundness: { type: 3 },
      boundElements: [{ type: 'text', id: titleId }],
    });
    const title = [container.title];
    elements.push(boundText(titleId, container.id, title, container.title, TITLE_FONT, { x: container.x + container.width / 2, y: container.y + TEXT_PADDING + 6 }, 'top'));
  }
  for (const box of placed) {
    const id = boxElementId(box.component.id);
    const labelId = `${id}-label`;
    elements.push({
      ...common(id, 'rectangle', box.x, box.y, box.width, box.height),
      backgroundColor: BOX_FILL,
      roundness: { type: 3 },
      boundElements: [{ type: 'text', id: labelId }, ...(bound.get(id) ?? [])],
      customData: { kind: box.component.kind },
    });
    elements.push(boundText(labelId, id, box.labelLines, box.component.label, LABEL_FONT, center(box), 'middle'));
  }
  return [...elements, ...arrowElements];
}

/** The file content of reference.excalidraw for a layout (what `content:draw` writes and content:check compares). */
export function referenceSceneText(layout: ReferenceLayout): string {
  return `${sceneFileText({ elements: drawLayout(layout), files: {} })}\n`;
}
