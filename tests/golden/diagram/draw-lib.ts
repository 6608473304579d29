/**
 * Self-contained writer of Excalidraw scenes for the hand-graded golden diagrams (uses nothing from lib/).
 * A scene is described compactly (boxes on a grid, arrows between box ids, containers and frames) and
 * written as the JSON Excalidraw itself saves: `{ type: "excalidraw", version: 2, elements, appState, files }`.
 */

/** A box: id, label, grid column and row; optional palette kind, shape and free (unbound) label. */
export interface BoxSpec {
  id: string;
  label: string;
  col: number;
  row: number;
  kind?: string;
  shape?: 'rectangle' | 'ellipse' | 'diamond';
  /** Write the label as free text placed over the shape instead of bound text. */
  freeText?: boolean;
  /** Id of a frame the box belongs to. */
  frame?: string;
  width?: number;
  /** Height in pixels (default 70), e.g. for a small logo badge on a box's corner. */
  height?: number;
  /** Draw only the label as a text element (no shape), as people write a word on a whiteboard; arrows bind to the text. */
  textOnly?: boolean;
  /** Write the label as free text beside the shape (to its right), not inside it and not bound to it. */
  labelBeside?: boolean;
  /** Draw the component as an Excalidraw `image` (a 70 px icon) with its label as a free caption below it. */
  image?: boolean;
  /** Excalidraw group id (as Ctrl+G saves it): the shape and its bound label carry it in `groupIds`. */
  group?: string;
}

/** A connector from one element id to another; `heads` picks which ends carry an arrowhead. */
export interface ArrowSpec {
  from: string;
  to: string;
  label?: string;
  heads?: 'end' | 'start' | 'both' | 'none';
  /** Draw a `line` element (never bound, no heads) instead of an arrow. */
  line?: boolean;
  dashed?: boolean;
  /** Bend points in grid units (col, row; halves fall in the gaps between boxes), so the path avoids boxes. */
  via?: [number, number][];
  /** Stop both ends about 30 px short of the shapes and bind neither end, as a hand-drawn arrow that misses the box. */
  unbound?: boolean;
  /** Stroke colour, e.g. for a sync/async colour legend (default #1e1e1e). */
  color?: string;
  /** Save the arrow as an Excalidraw elbow arrow (`elbowed: true`), usually with `via` bend points. */
  elbowed?: boolean;
}

/** A freehand scribble (Excalidraw `freedraw`): start cell and a path of pixel offsets from that cell's corner. */
export interface ScribbleSpec {
  col: number;
  row: number;
  points: [number, number][];
}

/** A titled group: a dashed rectangle with a free-text title, or an Excalidraw frame. */
export interface GroupSpec {
  id: string;
  title: string;
  style: 'dashed' | 'frame';
  /** Grid area covered: columns and rows, inclusive. */
  col: number;
  row: number;
  cols: number;
  rows: number;
}

export interface SceneSpec {
  boxes: BoxSpec[];
  arrows?: ArrowSpec[];
  groups?: GroupSpec[];
  /** Save arrows as old Excalidraw files did, without the startArrowhead/endArrowhead fields. */
  legacyArrowFields?: boolean;
  /** Free text notes: text and grid position. */
  notes?: { text: string; col: number; row: number }[];
  /** Freehand scribbles drawn over the scene, after everything else. */
  scribbles?: ScribbleSpec[];
}

/** A plain square pictogram (SVG) used for every `image` box; the caption, not the picture, names the component. */
const ICON_DATA_URL = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect x="4" y="4" width="56" height="56" rx="10" fill="#4dabf7"/><circle cx="32" cy="32" r="14" fill="#fff"/></svg>',
).toString('base64')}`;

const COL_W = 250;
const ROW_H = 120;
const BOX_W = 190;
const BOX_H = 70;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

type El = Record<string, unknown> & { id: string; type: string };

let seedCounter = 1000;
function nextSeed(): number {
  seedCounter = (seedCounter * 48271) % 2147483647;
  return seedCounter;
}

function base(id: string, type: string, r: Rect, extra: Record<string, unknown>): El {
  return {
    id,
    type,
    x: r.x,
    y: r.y,
    width: r.width,
    height: r.height,
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
    seed: nextSeed(),
    version: 1,
    versionNonce: nextSeed(),
    isDeleted: false,
    boundElements: null,
    updated: 1,
    link: null,
    locked: false,
    ...extra,
  };
}

function textEl(id: string, text: string, center: { x: number; y: number }, containerId: string | null, frameId: string | null): El {
  const lines = text.split('\n');
  const width = Math.max(...lines.map((l) => l.length)) * 9;
  const height = lines.length * 25;
  return base(id, 'text', { x: center.x - width / 2, y: center.y - height / 2, width, height }, {
    frameId,
    text,
    originalText: text,
    fontSize: 20,
    fontFamily: 5,
    textAlign: 'center',
    verticalAlign: 'middle',
    containerId,
    autoResize: true,
    lineHeight: 1.25,
  });
}

function boxRect(b: BoxSpec): Rect {
  return { x: 40 + b.col * COL_W, y: 40 + b.row * ROW_H, width: b.width ?? BOX_W, height: b.height ?? BOX_H };
}

function groupRect(g: GroupSpec): Rect {
  return {
    x: 40 + g.col * COL_W - 20,
    y: 40 + g.row * ROW_H - 50,
    width: (g.cols - 1) * COL_W + BOX_W + 40,
    height: (g.rows - 1) * ROW_H + BOX_H + 70,
  };
}

/** The point on rectangle r's border on the way from its centre towards (tx, ty), pushed out by gap. */
function borderPoint(r: Rect, tx: number, ty: number, gap: number): { x: number; y: number } {
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const sx = dx === 0 ? Infinity : (r.width / 2 + gap) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (r.height / 2 + gap) / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: cx + dx * s, y: cy + dy * s };
}

/** Builds the Excalidraw file object for a scene spec. Throws on an arrow naming an unknown element. */
export function buildScene(spec: SceneSpec): Record<string, unknown> {
  seedCounter = 1000;
  const elements: El[] = [];
  const rects = new Map<string, Rect>();
  const shapes = new Map<string, El>();

  for (const g of spec.groups ?? []) {
    const r = groupRect(g);
    rects.set(g.id, r);
    if (g.style === 'frame') {
      const frame = base(g.id, 'frame', r, { name: g.title, strokeWidth: 2, roughness: 0, boundElements: [] });
      shapes.set(g.id, frame);
      elements.push(frame);
    } else {
      const rect = base(g.id, 'rectangle', r, {
        strokeStyle: 'dashed',
        strokeColor: '#868e96',
        strokeWidth: 1,
        roundness: { type: 3 },
        boundElements: [],
      });
      shapes.set(g.id, rect);
      elements.push(rect);
      elements.push(
        textEl(`${g.id}-title`, g.title, { x: r.x + r.width / 2, y: r.y + 20 }, null, null),
      );
    }
  }

  const files: Record<string, unknown> = {};
  for (const b of spec.boxes) {
    const r = boxRect(b);
    if (b.image) {
      const ir = { x: r.x + (r.width - 70) / 2, y: r.y, width: 70, height: 70 };
      const fileId = `icon-${b.id}`;
      const img = base(b.id, 'image', ir, { fileId, status: 'saved', scale: [1, 1], frameId: b.frame ?? null, boundElements: [] });
      rects.set(b.id, ir);
      shapes.set(b.id, img);
      elements.push(img);
      files[fileId] = { id: fileId, mimeType: 'image/svg+xml', dataURL: ICON_DATA_URL, created: 1 };
      elements.push(textEl(`${b.id}-caption`, b.label, { x: ir.x + 35, y: ir.y + 70 + 8 + (b.label.split('\n').length * 25) / 2 }, null, b.frame ?? null));
      continue;
    }
    if (b.textOnly) {
      const t = textEl(b.id, b.label, { x: r.x + r.width / 2, y: r.y + r.height / 2 }, null, b.frame ?? null);
      t.boundElements = [];
      rects.set(b.id, { x: t.x as number, y: t.y as number, width: t.width as number, height: t.height as number });
      shapes.set(b.id, t);
      elements.push(t);
      continue;
    }
    rects.set(b.id, r);
    const bound: { type: string; id: string }[] = [];
    const shape = base(b.id, b.shape ?? 'rectangle', r, {
      backgroundColor: b.kind ? '#e7f0fd' : 'transparent',
      roundness: { type: 3 },
      frameId: b.frame ?? null,
      boundElements: bound,
      ...(b.kind ? { customData: { kind: b.kind } } : {}),
      ...(b.group ? { groupIds: [b.group] } : {}),
    });
    shapes.set(b.id, shape);
    elements.push(shape);
    const center = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    if (b.label === '') continue;
    if (b.labelBeside) {
      // To the right of the shape and above its midline, where a horizontal arrow would not cross it.
      const lines = b.label.split('\n');
      const w = Math.max(...lines.map((l) => l.length)) * 9;
      const h = lines.length * 25;
      elements.push(textEl(`${b.id}-text`, b.label, { x: r.x + r.width + 12 + w / 2, y: center.y - 6 - h / 2 }, null, b.frame ?? null));
    } else if (b.freeText) {
      elements.push(textEl(`${b.id}-text`, b.label, center, null, b.frame ?? null));
    } else {
      bound.push({ type: 'text', id: `${b.id}-label` });
      const label = textEl(`${b.id}-label`, b.label, center, b.id, b.frame ?? null);
      if (b.group) label.groupIds = [b.group];
      elements.push(label);
    }
  }

  (spec.arrows ?? []).forEach((a, i) => {
    const fr = rects.get(a.from);
    const tr = rects.get(a.to);
    if (!fr || !tr) throw new Error(`arrow ${a.from} -> ${a.to}: unknown element`);
    const fc = { x: fr.x + fr.width / 2, y: fr.y + fr.height / 2 };
    const tc = { x: tr.x + tr.width / 2, y: tr.y + tr.height / 2 };
    const bends = (a.via ?? []).map(([c, rw]) => ({ x: 40 + c * COL_W + BOX_W / 2, y: 40 + rw * ROW_H + BOX_H / 2 }));
    const first = bends[0] ?? tc;
    const last = bends[bends.length - 1] ?? fc;
    // An unbound arrow stops about 30 px short of each shape along its path, but never so short that it
    // vanishes: in a narrow gap each end gives up at most a quarter of the way (a zero-length arrow is no arrow).
    const pullIn = (from: { x: number; y: number }, toward: { x: number; y: number }) => {
      const len = Math.hypot(toward.x - from.x, toward.y - from.y);
      const f = len === 0 ? 0 : Math.min(30 / len, 0.25);
      return { x: from.x + (toward.x - from.x) * f, y: from.y + (toward.y - from.y) * f };
    };
    const start0 = borderPoint(fr, first.x, first.y, a.unbound ? 0 : 4);
    const end0 = borderPoint(tr, last.x, last.y, a.unbound ? 0 : 4);
    const start = a.unbound ? pullIn(start0, bends[0] ?? end0) : start0;
    const end = a.unbound ? pullIn(end0, bends[bends.length - 1] ?? start0) : end0;
    const path = [start, ...bends, end];
    const id = `${a.line ? 'line' : 'arrow'}-${i + 1}-${a.from}-${a.to}`;
    const heads = a.line ? 'none' : (a.heads ?? 'end');
    const xs = path.map((p) => p.x);
    const ys = path.map((p) => p.y);
    const r = {
      x: start.x,
      y: start.y,
      width: Math.max(...xs) - Math.min(...xs),
      height: Math.max(...ys) - Math.min(...ys),
    };
    const mid = path.length % 2 === 1 ? path[(path.length - 1) / 2] : undefined;
    const m1 = path[path.length / 2 - 1];
    const m2 = path[path.length / 2];
    const labelAt = mid ?? (m1 && m2 ? { x: (m1.x + m2.x) / 2, y: (m1.y + m2.y) / 2 } : start);
    const bound: { type: string; id: string }[] = [];
    const bind = !a.line && !a.unbound;
    const el = base(id, a.line ? 'line' : 'arrow', r, {
      ...(a.color ? { strokeColor: a.color } : {}),
      roundness: { type: 2 },
      strokeStyle: a.dashed ? 'dashed' : 'solid',
      boundElements: bound,
      points: path.map((p) => [Math.round(p.x - start.x), Math.round(p.y - start.y)]),
      lastCommittedPoint: null,
      startBinding: bind ? { elementId: a.from, focus: 0, gap: 4 } : null,
      endBinding: bind ? { elementId: a.to, focus: 0, gap: 4 } : null,
      startArrowhead: heads === 'start' || heads === 'both' ? 'arrow' : null,
      endArrowhead: heads === 'end' || heads === 'both' ? 'arrow' : null,
      ...(a.line ? {} : { elbowed: a.elbowed ?? false }),
    });
    if (spec.legacyArrowFields && !a.line) {
      delete el.startArrowhead;
      delete el.endArrowhead;
    }
    elements.push(el);
    if (bind) {
      for (const endId of [a.from, a.to]) {
        const s = shapes.get(endId);
        const list = s?.boundElements;
        if (Array.isArray(list)) list.push({ type: 'arrow', id });
      }
    }
    if (a.label) {
      bound.push({ type: 'text', id: `${id}-label` });
      elements.push(textEl(`${id}-label`, a.label, labelAt, id, null));
    }
  });

  for (const [i, n] of (spec.notes ?? []).entries()) {
    elements.push(
      textEl(`note-${i + 1}`, n.text, { x: 40 + n.col * COL_W + BOX_W / 2, y: 40 + n.row * ROW_H + BOX_H / 2 }, null, null),
    );
  }

  for (const [i, sc] of (spec.scribbles ?? []).entries()) {
    const xs = sc.points.map((p) => p[0]);
    const ys = sc.points.map((p) => p[1]);
    const r = { x: 40 + sc.col * COL_W, y: 40 + sc.row * ROW_H, width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
    elements.push(
      base(`scribble-${i + 1}`, 'freedraw', r, {
        strokeColor: '#e03131',
        points: sc.points,
        pressures: [],
        simulatePressure: true,
        lastCommittedPoint: null,
      }),
    );
  }

  return {
    type: 'excalidraw',
    version: 2,
    source: 'https://excalidraw.com',
    elements,
    appState: { viewBackgroundColor: '#ffffff', gridSize: null },
    files,
  };
}

/** The same scene with every arrow pointing the other way (start and end swapped). */
export function reversed(spec: SceneSpec): SceneSpec {
  return { ...spec, arrows: (spec.arrows ?? []).map((a) => ({
      ...a,
      from: a.to,
      to: a.from,
      ...(a.via ? { via: [...a.via].reverse() } : {}),
    })),
  };
}

/** The same boxes with no connectors at all. */
export function withoutArrows(spec: SceneSpec): SceneSpec {
  return { ...spec, arrows: [] };
}
