import type { Connector, Unit } from './build-units';
import type { Containment } from './detect-groups';
import { matchCaptions } from './caption-matching';
import type { CaptionCandidate } from './caption-matching';
import type { Box, Point } from './geometry';
import { boxArea, boxCenter, boxGap, boxHeight, boxWidth, containsPoint, expandBox, pointBoxDistance, polylineBoxDistance, polylineLength, polylinePosition } from './geometry';
import { SpatialIndex } from './spatial-index';
import type { TextPiece } from './text-piece';
import type { WorkBudget } from './work-budget';
import { spend } from './work-budget';

/** What a free text turned out to be. */
export type TextRole =
  | { kind: 'component'; unit: number }
  | { kind: 'connector'; index: number }
  | { kind: 'group'; unit: number }
  | { kind: 'node' };

export interface Attachments {
  textRole: TextRole[];
  /** Free texts attached to each component unit (over it, or as its caption). */
  componentTexts: Map<number, TextPiece[]>;
  connectorTexts: Map<number, TextPiece[]>;
  groupTexts: Map<number, TextPiece[]>;
}

/** Caption under/over/beside an unlabeled icon or image. */
export const CAPTION_GAP = 40;
/**
 * A big logo's caption may stand further off, in proportion to the picture (this share of its
 * smaller side, at most IMAGE_CAPTION_MAX_GAP px), when the text is centred on it (its centre
 * within the image's span) and in the same container (a text under a container captions that).
 */
const IMAGE_CAPTION_SHARE = 0.4;
const IMAGE_CAPTION_MAX_GAP = 80;

/** How far (px) a text may stand from an unlabelled unit and still caption it (see IMAGE_CAPTION_SHARE). */
function captionReach(unit: Unit, text: Box, sameContainer: boolean): number {
  if (!unit.isImage || !sameContainer) return CAPTION_GAP;
  const b = unit.box;
  const c = boxCenter(text);
  const centred = (c.x >= b.minX && c.x <= b.maxX) || (c.y >= b.minY && c.y <= b.maxY);
  return centred ? Math.min(IMAGE_CAPTION_MAX_GAP, Math.max(CAPTION_GAP, Math.min(boxWidth(b), boxHeight(b)) * IMAGE_CAPTION_SHARE)) : CAPTION_GAP;
}
/** Free text this close to an arrow's line reads as its label. */
export const ARROW_LABEL_DISTANCE = 30;
/** Titles written just above or below a container. */
export const GROUP_CAPTION_GAP = 60;
/**
 * A caption beside an empty shape is at most this share of the shape's smaller side away (edge to edge),
 * and never more than CAPTION_GAP: "near" is relative to the shape, so a small box does not take a text
 * written half a box away.
 */
export const SHAPE_CAPTION_SHARE = 0.4;
/** Share of an arrow's length at each end where a nearby text is not taken as its label. */
const LABEL_SPAN_MIN = 0.15;

/** The point halfway along a polyline, by length (its first point for a polyline of no length). */
function polylineMidpoint(points: readonly Point[]): Point | null {
  if (points.length === 0) return null;
  let half = polylineLength(points) / 2;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len >= half && len > 0) return { x: a.x + ((b.x - a.x) * half) / len, y: a.y + ((b.y - a.y) * half) / len };
    half -= len;
  }
  return points[points.length - 1]!;
}

/**
 * Captions written beside empty shapes (a text next to, not inside, a rectangle with no text), matched one
 * to one, as many as possible (see matchCaptions). A text is a candidate caption of a shape when it is
 * aligned with it (overlapping its span across or down), within SHAPE_CAPTION_SHARE of the shape's smaller
 * side (edge to edge), and nearer the shape than to the middle of any arrow that could take it as its label:
 * an arrow's label is centred on the arrow (the distance is from the text's centre to the arrow's midpoint),
 * a caption is written against its shape's edge (the distance is the gap between them).
 * Images and icon groups keep their own caption rule (phase B). Returns text index -> unit index.
 */
function captionsBesideShapes(
  units: readonly Unit[],
  containment: Containment,
  freeTexts: readonly TextPiece[],
  open: readonly boolean[],
  hasText: (u: number) => boolean,
  liveConnectors: readonly { c: Connector; i: number }[],
  connectorIndex: SpatialIndex,
  budget: WorkBudget,
): Map<number, number> {
  const { role } = containment;
  const candidates: CaptionCandidate[] = [];
  const midpoints = new Map<number, Point | null>();
  const midpointOf = (k: number) => {
    if (!midpoints.has(k)) midpoints.set(k, polylineMidpoint(liveConnectors[k]!.c.el.points));
    return midpoints.get(k) ?? null;
  };
  freeTexts.forEach((t, ti) => {
    if (!open[ti]) return;
    const found = containment.index.query(expandBox(t.box, CAPTION_GAP));
    if (!spend(budget, found.length)) return;
    const centre = boxCenter(t.box);
    for (const j of found) {
      const unit = units[j]!;
      if (role[j] !== 'component' || unit.isImage || unit.isCluster || hasText(j)) continue;
      const b = unit.box;
      const aligned = overlaps1d(t.box.minX, t.box.maxX, b.minX, b.maxX) || overlaps1d(t.box.minY, t.box.maxY, b.minY, b.maxY);
      const gap = boxGap(t.box, b);
      if (!aligned || gap > Math.min(CAPTION_GAP, SHAPE_CAPTION_SHARE * Math.min(b.maxX - b.minX, b.maxY - b.minY))) continue;
      const arrows = connectorIndex.query({ minX: centre.x - gap, minY: centre.y - gap, maxX: centre.x + gap, maxY: centre.y + gap });
      if (!spend(budget, arrows.length)) return;
      const nearerArrow = arrows.some((k) => {
        const m = midpointOf(k);
        return m !== null && Math.hypot(m.x - centre.x, m.y - centre.y) < gap;
      });
      if (!nearerArrow) candidates.push({ text: ti, shape: j, gap });
    }
  });
  return matchCaptions(candidates);
}

/** A tip this close to a picture (or bound to it) starts or ends on it. */
const TIP_ON_PICTURE = 8;
/**
 * A text this close to a nameless picture hugs it: an arrow leaving the picture through that text
 * does not take it as its label (a label between two logos stands further from both).
 */
const HUGGING_CAPTION_GAP = 16;

/** Whether one of the connector's tips is bound to the picture or lies on it (within TIP_ON_PICTURE px). */
function leavesFrom(c: Connector, picture: Unit): boolean {
  const pts = c.el.points;
  const tips = [pts[0], pts[pts.length - 1]];
  return c.el.startBindingId === picture.id || c.el.endBindingId === picture.id || tips.some((p) => p !== undefined && pointBoxDistance(p, picture.box) <= TIP_ON_PICTURE);
}

function overlaps1d(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 <= b1 && b0 <= a1;
}

/** The unit that really owns a unit: merged icons answer for their frame. */
export function effectiveUnit(i: number, c: Containment): number {
  let k = i;
  let guard = 0;
  while (c.mergedInto[k] !== null && c.mergedInto[k] !== undefined && guard++ < 64) k = c.mergedInto[k]!;
  return k;
}

/**
 * Places every free text: on the shape it sits on, as the caption of an unlabeled icon, as an
 * arrow's label, as a container's title, or — failing all — as a standalone text node.
 */
export function attachLabels(
  units: readonly Unit[],
  containment: Containment,
  connectors: readonly Connector[],
  freeTexts: readonly TextPiece[],
  /** Connectors that can be edges (arrows, and lines that join two shapes); only they take labels. */
  live: readonly boolean[],
  budget: WorkBudget,
): Attachments {
  const { role } = containment;
  const textRole: TextRole[] = freeTexts.map(() => ({ kind: 'node' }));
  const componentTexts = new Map<number, TextPiece[]>();
  const connectorTexts = new Map<number, TextPiece[]>();
  const groupTexts = new Map<number, TextPiece[]>();
  const push = <K>(map: Map<K, TextPiece[]>, key: K, p: TextPiece) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  const insideGroup: (number | null)[] = freeTexts.map(() => null);
  const open: boolean[] = freeTexts.map(() => true);

  // A: text written over a shape belongs to the innermost shape under its centre.
  freeTexts.forEach((t, ti) => {
    const c = boxCenter(t.box);
    let best: number | null = null;
    let bestArea = Infinity;
    for (const j of containment.index.query({ minX: c.x, minY: c.y, maxX: c.x, maxY: c.y })) {
      const r = role[j];
      if (r === 'tiny' || !containsPoint(units[j]!.box, c)) continue;
      const area = boxArea(units[j]!.box);
      if (area < bestArea || (area === bestArea && best !== null && j < best)) {
        best = j;
        bestArea = area;
      }
    }
    if (best === null) return;
    const owner = effectiveUnit(best, containment);
    if (role[owner] === 'component') {
      textRole[ti] = { kind: 'component', unit: owner };
      push(componentTexts, owner, t);
      open[ti] = false;
    } else if (role[owner] === 'group') insideGroup[ti] = owner;
  });

  const hasText = (u: number) => {
    const unit = units[u]!;
    return unit.boundTexts.length > 0 || unit.memberTexts.length > 0 || componentTexts.has(u);
  };
  const liveConnectors = connectors.map((c, i) => ({ c, i })).filter(({ c, i }) => live[i] && c.clusterUnit === null && c.labels.length === 0);
  const connectorIndex = SpatialIndex.forBoxes(
    liveConnectors.map(({ c }) => c.el.box),
    budget,
  );

  // A2: a caption written beside an empty shape (a rectangle with no text of its own) is its label, before
  // any arrow may take it as a label: see captionsBesideShapes.
  for (const [ti, u] of captionsBesideShapes(units, containment, freeTexts, open, hasText, liveConnectors, connectorIndex, budget)) {
    textRole[ti] = { kind: 'component', unit: u };
    push(componentTexts, u, freeTexts[ti]!);
    open[ti] = false;
  }

  // B: captions of unlabeled icons and labels of arrows compete on distance, nearest first.
  type Pair = { d: number; rank: number; ti: number; target: number };
  const pairs: Pair[] = [];
  freeTexts.forEach((t, ti) => {
    if (!open[ti]) return;
    const near = expandBox(t.box, IMAGE_CAPTION_MAX_GAP);
    const candidates = containment.index.query(near);
    if (!spend(budget, candidates.length)) return;
    const pictures: Unit[] = [];
    for (const j of candidates) {
      const u = effectiveUnit(j, containment);
      if (role[u] !== 'component' || hasText(u)) continue;
      const b = units[j]!.box;
      const aligned = overlaps1d(t.box.minX, t.box.maxX, b.minX, b.maxX) || overlaps1d(t.box.minY, t.box.maxY, b.minY, b.maxY);
      const d = boxGap(t.box, b);
      if (aligned && d <= captionReach(units[j]!, t.box, (containment.parent[j] ?? null) === insideGroup[ti])) {
        pairs.push({ d, rank: 0, ti, target: u });
        if (units[j]!.isImage && d <= HUGGING_CAPTION_GAP) pictures.push(units[j]!);
      }
    }
    const arrows = connectorIndex.query(expandBox(t.box, ARROW_LABEL_DISTANCE));
    if (!spend(budget, arrows.length * 4)) return;
    for (const k of arrows) {
      const { c, i } = liveConnectors[k]!;
      // An arrow leaving (or entering) a nameless logo crosses the caption hugging it: the text names the logo.
      if (pictures.some((pic) => leavesFrom(c, pic))) continue;
      const d = polylineBoxDistance(c.el.points, t.box);
      // Labels sit along the middle of an arrow; a text at its tip is what the arrow points at.
      const at = polylinePosition(c.el.points, boxCenter(t.box));
      if (d <= ARROW_LABEL_DISTANCE && at >= LABEL_SPAN_MIN && at <= 1 - LABEL_SPAN_MIN) pairs.push({ d, rank: 1, ti, target: i });
    }
  });
  pairs.sort((a, b) => a.d - b.d || a.rank - b.rank || a.ti - b.ti || a.target - b.target);
  const captioned = new Set<number>();
  const labelledArrow = new Set<number>();
  for (const p of pairs) {
    if (!open[p.ti]) continue;
    const t = freeTexts[p.ti]!;
    if (p.rank === 0) {
      if (captioned.has(p.target)) continue;
      captioned.add(p.target);
      push(componentTexts, p.target, t);
      textRole[p.ti] = { kind: 'component', unit: p.target };
    } else {
      if (labelledArrow.has(p.target)) continue;
      labelledArrow.add(p.target);
      push(connectorTexts, p.target, t);
      textRole[p.ti] = { kind: 'connector', index: p.target };
    }
    open[p.ti] = false;
  }

  // C: container titles. A text inside a container titles it (nearer its top edge = stronger); a text
  // hugging a container's outer edge captions it. Nearest wins, so a caption just above an inner
  // container is not swallowed by the outer one it also sits in.
  const groupPairs: Pair[] = [];
  freeTexts.forEach((t, ti) => {
    if (!open[ti]) return;
    const g = insideGroup[ti];
    if (g !== null && g !== undefined) groupPairs.push({ d: Math.max(0, t.box.minY - units[g]!.box.minY), rank: 2, ti, target: g });
    const c = boxCenter(t.box);
    for (const j of containment.index.query(expandBox(t.box, GROUP_CAPTION_GAP))) {
      if (role[j] !== 'group' || j === g || units[j]!.boundTexts.length > 0) continue;
      const b: Box = units[j]!.box;
      if (c.x < b.minX || c.x > b.maxX || containsPoint(b, c)) continue;
      const d = boxGap(t.box, b);
      if (d <= GROUP_CAPTION_GAP) groupPairs.push({ d, rank: 3, ti, target: j });
    }
  });
  groupPairs.sort((a, b) => a.d - b.d || a.rank - b.rank || boxArea(units[a.target]!.box) - boxArea(units[b.target]!.box) || a.ti - b.ti || a.target - b.target);
  for (const p of groupPairs) {
    if (!open[p.ti]) continue;
    // One outside caption per container, and none once it has a title.
    if (p.rank === 3 && groupTexts.has(p.target)) continue;
    push(groupTexts, p.target, freeTexts[p.ti]!);
    textRole[p.ti] = { kind: 'group', unit: p.target };
    open[p.ti] = false;
  }
  return { textRole, componentTexts, connectorTexts, groupTexts };
}
