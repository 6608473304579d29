import { assertNever } from '@/lib/util/assert-never';
import { connectorDirection, isHead } from './arrowheads';
import type { Attachments } from './attach-labels';
import { effectiveUnit } from './attach-labels';
import type { BuiltUnits } from './build-units';
import { kindsFromLabel } from './classify-kind';
import { composeLabel, normalizeText } from './compose-label';
import type { Containment } from './detect-groups';
import type { Box, Point } from './geometry';
import { boxArea, boxCenter, boxGap, boxHeight, boxWidth, containsPoint, expandBox, pointBoxDistance, polylineLength, rayBoxEntry, tipHeading } from './geometry';
import type { Terminal } from './junctions';
import { ConnectorPaths, Networks, networkFlows } from './junctions';
import { SpatialIndex } from './spatial-index';
import type { WorkBudget } from './work-budget';
import { spend } from './work-budget';

/** An endpoint is a component unit or a standalone text node (index into freeTexts). */
export type EndpointRef = { kind: 'unit'; index: number } | { kind: 'text'; index: number };

export interface RawEdge {
  from: EndpointRef;
  to: EndpointRef;
  connector: number;
  undirected: boolean;
  /** Drawn with heads at both ends: a two-way link, read as undirected (it says no direction of flow). */
  twoWay?: boolean;
  /** A lone connector without heads, `from` its start and `to` its end as drawn (a numbered line reads that way). */
  drawnOrder?: boolean;
}

export interface EdgeResolution {
  edges: RawEdge[];
  notes: string[];
}

/** How far an unbound arrow tip may stop short of a shape and still point at it. */
export const ARROW_SNAP = 40;
/** Plain lines are often decoration (separators, underlines): they must nearly touch both shapes. */
export const LINE_SNAP = 20;
/** A loose arrow tip (touching nothing, on no junction) means the box it points straight at within this many px. */
const AIM_REACH = 120;
/** How far off a box a tip's straight line may pass and still point at it (a hand's aim). */
const AIM_PAD = 6;
/** A tip this close to a box touches it, whatever way it points. */
const TOUCH = 8;
/** A tip touching nothing else this close to a component's caption (outside its shape) starts or ends on that component. */
const CAPTION_TOUCH = 20;

/** A tag (see `tagOwner`): a few characters, a few px off a box at least four times its size. */
const TAG_MAX_CHARS = 12;
const TAG_GAP = 6;
const TAG_MAX_AREA_RATIO = 0.25;

/** How far inside a container's edge a tip still counts as "on the border". */
const BORDER = 12;
/** An untitled box holding at least this many components, and this share of all (most of the drawing), is the system's boundary. */
const SYSTEM_MIN_MEMBERS = 5;
const SYSTEM_SHARE = 0.6;
/** What a tip on the system's boundary resolves to: the whole system, which is no edge's end. */
const BOUNDARY: EndpointRef = { kind: 'unit', index: -1 };
/** A tip this close to a speck starts on it. */
export const SPECK_SNAP = 4;
/** Dots of one "..." sit at most this far apart (edge to edge). */
const ELLIPSIS_STEP = 40;
/** The boxes a "..." stands between lie within this distance of it along the list. */
const ELLIPSIS_REACH = 300;

/** An `EndpointRef` made by `new` so V8 never pretenures it (see ./young.ts). */
class ReadEndpoint {
  constructor(
    readonly kind: EndpointRef['kind'],
    readonly index: number,
  ) {}
}
function endpoint(kind: EndpointRef['kind'], index: number): EndpointRef {
  return new ReadEndpoint(kind, index) as EndpointRef;
}
const sameRef = (a: EndpointRef, b: EndpointRef) => a.kind === b.kind && a.index === b.index;

/**
 * Turns arrows and connecting lines into edges between components. Bindings are trusted when they
 * point at a component; otherwise (unbound tips, tips bound to a label or a "..." dot) the nearest
 * component within a snap distance wins; a tip on a container's border is the container, a tip
 * inside it picks the container's closest member.
 */
export function resolveEdges(
  built: BuiltUnits,
  containment: Containment,
  attachments: Attachments,
  live: readonly boolean[],
  budget: WorkBudget,
): EdgeResolution {
  const { units, connectors, freeTexts, ownerOf } = built;
  const { role } = containment;
  const notes: string[] = [];
  const nodeTexts = freeTexts.map((_, i) => i).filter((i) => attachments.textRole[i]!.kind === 'node');
  const nodeIndex = SpatialIndex.forBoxes(
    nodeTexts.map((i) => freeTexts[i]!.box),
    budget,
  );
  // Captions standing outside their component (the name beside or under a logo): a tip on one means the component.
  const captionTexts = freeTexts.map((_, i) => i).filter((i) => attachments.textRole[i]!.kind === 'component');
  const captionIndex = captionTexts.length > 0 ? SpatialIndex.forBoxes(captionTexts.map((i) => freeTexts[i]!.box), budget) : null;

  const membersOf = new Map<number, number[]>();
  units.forEach((_, i) => {
    if (role[i] !== 'component') return;
    let g = containment.parent[i] ?? null;
    let guard = 0;
    while (g !== null && guard++ < 64) {
      const list = membersOf.get(g);
      if (list) list.push(i);
      else membersOf.set(g, [i]);
      g = containment.parent[g] ?? null;
    }
  });

  const nearestMember = (group: number, p: Point, snap: number): EndpointRef | null => {
    const box = units[group]!.box;
    const limit = Math.max(snap, Math.min(boxWidth(box), boxHeight(box)) / 2);
    let best: number | null = null;
    let bestD = Infinity;
    const members = membersOf.get(group) ?? [];
    if (!spend(budget, members.length)) return null;
    for (const m of members) {
      const d = pointBoxDistance(p, units[m]!.box);
      if (d < bestD || (d === bestD && best !== null && boxArea(units[m]!.box) < boxArea(units[best]!.box))) {
        best = m;
        bestD = d;
      }
    }
    return best !== null && bestD <= limit ? endpoint('unit', best) : null;
  };

  /**
   * A tip on the border of a container whose title names a kind (outside it, or just inside its edge,
   * with no member right there) means the container itself: "into the Kafka cluster", not into its
   * nearest broker.
   */
  const titleNames = new Map<number, boolean>();
  const namesSomething = (group: number): boolean => {
    let known = titleNames.get(group);
    if (known === undefined) {
      const u = units[group]!;
      const frameName = normalizeText(u.frameName ?? '');
      const title = frameName !== '' ? frameName : composeLabel([...u.boundTexts, ...u.memberTexts, ...(attachments.groupTexts.get(group) ?? [])]);
      const read = kindsFromLabel(title);
      known = read.specific && read.kinds.length > 0;
      titleNames.set(group, known);
    }
    return known;
  };
  const atBorder = (group: number, p: Point, snap: number): boolean => {
    // An untitled zone (or one titled "Team A") is only a backdrop: the arrow means its nearest member.
    if (!namesSomething(group)) return false;
    if (!spend(budget, membersOf.get(group)?.length ?? 0)) return false;
    return onRim(group, p, snap);
  };
  const componentCount = role.reduce((n, r) => (r === 'component' ? n + 1 : n), 0);
  /** An untitled box around most of the drawing: the system's boundary, not a part of it. */
  const boundaries = new Map<number, boolean>();
  const isSystemBoundary = (group: number): boolean => {
    let known = boundaries.get(group);
    if (known === undefined) {
      const u = units[group]!;
      const held = membersOf.get(group)?.length ?? 0;
      known =
        held >= SYSTEM_MIN_MEMBERS &&
        held >= componentCount * SYSTEM_SHARE &&
        (normalizeText(u.frameName ?? '') || composeLabel([...u.boundTexts, ...u.memberTexts, ...(attachments.groupTexts.get(group) ?? [])])) === '';
      boundaries.set(group, known);
    }
    return known;
  };
  const onRim = (group: number, p: Point, snap: number): boolean => {
    const box = units[group]!.box;
    const inside = containsPoint(box, p);
    if (!inside && pointBoxDistance(p, box) > snap) return false;
    if (inside && Math.min(p.x - box.minX, box.maxX - p.x, p.y - box.minY, box.maxY - p.y) > BORDER) return false;
    return (membersOf.get(group) ?? []).every((m) => pointBoxDistance(p, units[m]!.box) > BORDER);
  };
  let boundaryTips = 0;
  const groupOrMember = (group: number, p: Point, snap: number): EndpointRef | null => {
    if (atBorder(group, p, snap)) return endpoint('unit', group);
    // An arrow leaving the system's boundary ("everything sends to Monitoring") names no one member.
    if (isSystemBoundary(group) && onRim(group, p, snap)) {
      boundaryTips++;
      return BOUNDARY;
    }
    return nearestMember(group, p, snap);
  };

  /**
   * The innermost container whose title names a kind and whose border the tip is on (within BORDER
   * outside or inside its edge, no member within BORDER), with how far the tip is from that border.
   */
  const rimOf = (p: Point, viaGroups: boolean): { group: number; gap: number } | null => {
    if (!viaGroups) return null;
    let found: { group: number; gap: number } | null = null;
    let foundArea = Infinity;
    for (const j of containment.index.query(expandBox({ minX: p.x, minY: p.y, maxX: p.x, maxY: p.y }, BORDER))) {
      if (role[j] !== 'group') continue;
      const box = units[j]!.box;
      const a = boxArea(box);
      if (a > foundArea || (a === foundArea && found !== null && j > found.group)) continue;
      if (!atBorder(j, p, BORDER)) continue;
      const gap = containsPoint(box, p) ? Math.min(p.x - box.minX, box.maxX - p.x, p.y - box.minY, box.maxY - p.y) : pointBoxDistance(p, box);
      found = { group: j, gap };
      foundArea = a;
    }
    return found;
  };


  /**
   * The first thing the ray from a tip (unit `dir`, out of the connector) meets within `reach` px: a
   * component (its box widened by AIM_PAD, for a hand's aim), a standalone text, or the border of a
   * container whose title names a kind (unless a member sits right behind that border). Null if none.
   */
  const aim = (p: Point, dir: Point, reach: number): EndpointRef | null => {
    const far = { x: p.x + dir.x * reach, y: p.y + dir.y * reach };
    const area = expandBox({ minX: Math.min(p.x, far.x), minY: Math.min(p.y, far.y), maxX: Math.max(p.x, far.x), maxY: Math.max(p.y, far.y) }, AIM_PAD);
    let best: number | null = null;
    let bestT = Infinity;
    let bestArea = Infinity;
    let rimGroup: number | null = null;
    let rimT = Infinity;
    for (const j of containment.index.query(area)) {
      const u = effectiveUnit(j, containment);
      if (role[u] === 'component') {
        const t = rayBoxEntry(p, dir, expandBox(units[j]!.box, AIM_PAD));
        const a = boxArea(units[u]!.box);
        if (t !== null && t <= reach && (t < bestT || (t === bestT && (a < bestArea || (a === bestArea && best !== null && u < best))))) {
          best = u;
          bestT = t;
          bestArea = a;
        }
      } else if (role[u] === 'group' && !containsPoint(units[u]!.box, p) && namesSomething(u)) {
        const t = rayBoxEntry(p, dir, units[u]!.box);
        if (t !== null && t <= reach && (t < rimT || (t === rimT && rimGroup !== null && u < rimGroup))) {
          rimGroup = u;
          rimT = t;
        }
      }
    }
    let text: number | null = null;
    for (const k of nodeIndex.query(area)) {
      const ti = nodeTexts[k]!;
      const t = rayBoxEntry(p, dir, expandBox(freeTexts[ti]!.box, AIM_PAD));
      if (t !== null && t <= reach && (t < bestT || (t === bestT && text !== null && ti < text))) {
        text = ti;
        bestT = t;
      }
    }
    // "Into the Kafka cluster": the container, unless a member is right behind its border.
    if (rimGroup !== null && rimT + BORDER < bestT) return endpoint('unit', rimGroup);
    if (text !== null) return tagOwner(text);
    return best !== null ? endpoint('unit', best) : null;
  };

  /**
   * What a tip touches: the nearest component within `snap` (the innermost of nested ones; when the
   * nearest is not touching and the tip points at another one within `snap`, the one it points at),
   * else a standalone text, else (arrows) a titled container's border. Null when it touches nothing.
   */
  const contact = (p: Point, snap: number, viaGroups: boolean, dir: Point | null): EndpointRef | null => {
    const area: Box = expandBox({ minX: p.x, minY: p.y, maxX: p.x, maxY: p.y }, snap);
    // A tip on a titled container's border ("into the Kafka cluster") is the container, unless another
    // box is nearer the tip than that border is.
    const rim = rimOf(p, viaGroups);
    let best: number | null = null;
    let bestD = rim !== null ? rim.gap : Infinity;
    let bestArea = Infinity;
    for (const j of containment.index.query(area)) {
      const u = effectiveUnit(j, containment);
      if (role[u] !== 'component') continue;
      const d = pointBoxDistance(p, units[j]!.box);
      const a = boxArea(units[u]!.box);
      if (d > snap) continue;
      // Nested shapes both at distance 0: the innermost is what the tip points into.
      if (d < bestD || (d === bestD && (a < bestArea || (a === bestArea && best !== null && u < best)))) {
        best = u;
        bestD = d;
        bestArea = a;
      }
    }
    if (best !== null) {
      if (dir !== null && bestD > TOUCH) {
        // Stopped short beside one box, pointing at another just ahead: the one it points at.
        const aimed = aim(p, dir, snap);
        if (aimed !== null && aimed.kind === 'unit' && role[aimed.index] === 'component') return aimed;
      }
      return endpoint('unit', best);
    }
    let bestText: number | null = null;
    for (const k of nodeIndex.query(area)) {
      const d = pointBoxDistance(p, freeTexts[nodeTexts[k]!]!.box);
      if (d <= snap && (d < bestD || (d === bestD && bestText !== null && nodeTexts[k]! < bestText))) {
        bestText = nodeTexts[k]!;
        bestD = d;
      }
    }
    if (bestText !== null) return tagOwner(bestText);
    if (rim !== null) return endpoint('unit', rim.group);
    return captionOwner(p, Math.min(snap, CAPTION_TOUCH));
  };

  /** The component whose caption (a free text attached to it, outside its shape) the tip is nearest within `snap`, or null. */
  const captionOwner = (p: Point, snap: number): EndpointRef | null => {
    if (captionIndex === null) return null;
    let best: number | null = null;
    let bestD = Infinity;
    for (const k of captionIndex.query(expandBox({ minX: p.x, minY: p.y, maxX: p.x, maxY: p.y }, snap))) {
      const ti = captionTexts[k]!;
      const d = pointBoxDistance(p, freeTexts[ti]!.box);
      if (d <= snap && (d < bestD || (d === bestD && best !== null && ti < best))) {
        best = ti;
        bestD = d;
      }
    }
    const r = best !== null ? attachments.textRole[best]! : null;
    return r?.kind === 'component' && role[r.unit] === 'component' ? endpoint('unit', r.unit) : null;
  };

  /** A tip inside (or at the rim of) a container and near nothing else: the container's member nearest the tip. */
  const withinGroup = (p: Point, snap: number): EndpointRef | null => {
    const area: Box = expandBox({ minX: p.x, minY: p.y, maxX: p.x, maxY: p.y }, snap);
    let group: number | null = null;
    let groupArea = Infinity;
    for (const j of containment.index.query(area)) {
      if (role[j] !== 'group' || pointBoxDistance(p, units[j]!.box) > snap) continue;
      const a = boxArea(units[j]!.box);
      if (a < groupArea || (a === groupArea && group !== null && j < group)) {
        group = j;
        groupArea = a;
      }
    }
    return group !== null ? groupOrMember(group, p, snap) : null;
  };
  /**
   * A short free text stuck to a named box ("v2", "PII" written just outside its edge) is a tag of that
   * box: an arrow that ends on it means the box, not a text node of its own.
   */
  const tagOwner = (ti: number): EndpointRef => {
    const t = freeTexts[ti]!;
    if (t.norm.length > TAG_MAX_CHARS) return endpoint('text', ti);
    let best: number | null = null;
    let bestGap = Infinity;
    for (const j of containment.index.query(expandBox(t.box, TAG_GAP))) {
      const u = effectiveUnit(j, containment);
      const unit = units[u]!;
      if (role[u] !== 'component' || boxArea(t.box) > boxArea(unit.box) * TAG_MAX_AREA_RATIO) continue;
      if (unit.boundTexts.length === 0 && unit.memberTexts.length === 0 && !attachments.componentTexts.has(u)) continue;
      const gap = boxGap(t.box, units[j]!.box);
      if (gap <= TAG_GAP && (gap < bestGap || (gap === bestGap && best !== null && u < best))) {
        best = u;
        bestGap = gap;
      }
    }
    return best !== null ? endpoint('unit', best) : endpoint('text', ti);
  };

  /**
   * A tip by contact: a binding to a component (or a container, or a text placed on one), else what
   * it touches. Null when it touches nothing (a loose tip: a junction or an aim may still place it).
   */
  const resolve = (bindingId: string | null, p: Point, isArrow: boolean, dir: Point | null): EndpointRef | null => {
    const snap = isArrow ? ARROW_SNAP : LINE_SNAP;
    const owner = bindingId !== null ? ownerOf.get(bindingId) : undefined;
    if (owner?.kind === 'unit') {
      const u = effectiveUnit(owner.index, containment);
      if (role[u] === 'component') return endpoint('unit', u);
      if (role[u] === 'group') return groupOrMember(u, p, snap) ?? contact(p, snap, isArrow, dir);
    } else if (owner?.kind === 'text') {
      const r = attachments.textRole[owner.index]!;
      if (r.kind === 'component') return endpoint('unit', r.unit);
      if (r.kind === 'group') return groupOrMember(r.unit, p, snap) ?? contact(p, snap, isArrow, dir);
      if (r.kind === 'node') return tagOwner(owner.index);
      // Bound to an arrow label (often its own): the binding says nothing about the target.
    }
    // Lines are often separators or underlines: only a line that really touches two shapes connects them.
    return contact(p, snap, isArrow, dir);
  };
  const labelOf = (u: number): string =>
    normalizeText(composeLabel([...units[u]!.boundTexts, ...units[u]!.memberTexts, ...(attachments.componentTexts.get(u) ?? [])])).toLowerCase();
  /**
   * A tip on a "..." drawn between boxes of one name ("Producer", dots, "Producer") stands for all of
   * them: the boxes with that name lined up with the dots, or null when the dots are not such a list.
   */
  const hasSpecks = role.includes('tiny');
  const ellipsisOf = (bindingId: string | null, p: Point): EndpointRef[] | null => {
    if (!hasSpecks) return null;
    const owner = bindingId !== null ? ownerOf.get(bindingId) : undefined;
    let speck = owner?.kind === 'unit' && role[owner.index] === 'tiny' ? owner.index : null;
    if (speck === null) {
      for (const j of containment.index.query(expandBox({ minX: p.x, minY: p.y, maxX: p.x, maxY: p.y }, SPECK_SNAP))) {
        if (role[j] === 'tiny') speck = j;
      }
    }
    if (speck === null) return null;
    const s = units[speck]!.box;
    const c = boxCenter(s);
    const dots = containment.index.query(expandBox(s, ELLIPSIS_STEP)).filter((j) => j !== speck && role[j] === 'tiny');
    const size = Math.max(boxWidth(s), boxHeight(s));
    const vertical = dots.some((j) => Math.abs(boxCenter(units[j]!.box).x - c.x) <= size);
    const horizontal = dots.some((j) => Math.abs(boxCenter(units[j]!.box).y - c.y) <= size);
    if (vertical === horizontal) return null;
    const band: Box = vertical
      ? { minX: c.x, maxX: c.x, minY: c.y - ELLIPSIS_REACH, maxY: c.y + ELLIPSIS_REACH }
      : { minX: c.x - ELLIPSIS_REACH, maxX: c.x + ELLIPSIS_REACH, minY: c.y, maxY: c.y };
    const before: number[] = [];
    const after: number[] = [];
    for (const j of containment.index.query(band)) {
      const u = effectiveUnit(j, containment);
      if (role[u] !== 'component' || containsPoint(units[u]!.box, c)) continue;
      const mid = boxCenter(units[u]!.box);
      ((vertical ? mid.y < c.y : mid.x < c.x) ? before : after).push(u);
    }
    const closest = (list: number[]): number | null => {
      let best: number | null = null;
      for (const u of list) if (best === null || boxGap(units[u]!.box, s) < boxGap(units[best]!.box, s)) best = u;
      return best;
    };
    const a = closest(before);
    const b = closest(after);
    if (a === null || b === null) return null;
    const name = labelOf(a);
    if (name === '' || labelOf(b) !== name) return null;
    const same = [...new Set([...before, ...after])].filter((u) => labelOf(u) === name).sort((x, y) => x - y);
    return same.map((u) => endpoint('unit', u));
  };

  /** The tiny dot a tip is bound to or sits on (a junction when several tips share it), or null. */
  const speckAt = (bindingId: string | null, p: Point): number | null => {
    if (!hasSpecks) return null;
    const owner = bindingId !== null ? ownerOf.get(bindingId) : undefined;
    if (owner?.kind === 'unit' && role[owner.index] === 'tiny') return owner.index;
    let found: number | null = null;
    for (const j of containment.index.query(expandBox({ minX: p.x, minY: p.y, maxX: p.x, maxY: p.y }, SPECK_SNAP))) {
      if (role[j] === 'tiny' && pointBoxDistance(p, units[j]!.box) <= SPECK_SNAP && (found === null || j < found)) found = j;
    }
    return found;
  };

  // Phase 1: each end by contact (binding, a box within snap, a "..." it stands for); loose ends wait.
  interface End {
    p: Point;
    binding: string | null;
    refs: EndpointRef[] | null;
    /** On a shared dot or another connector's path: part of a junction, not an end of its own. */
    joined: boolean;
    speck: number | null;
  }
  const ends = new Map<number, [End, End]>();
  const aimsAt = (ci: number): boolean => connectors[ci]!.el.role === 'arrow' || isHead(connectors[ci]!.el.startArrowhead) || isHead(connectors[ci]!.el.endArrowhead);
  const speckTips = new Map<number, number>();
  connectors.forEach((c, ci) => {
    const el = c.el;
    if (!live[ci] || el.points.length < 2 || budget.exhausted) return;
    const isArrow = aimsAt(ci);
    const start = el.points[0]!;
    const stop = el.points[el.points.length - 1]!;
    if (Math.hypot(stop.x - start.x, stop.y - start.y) < 4) return;
    const read = (binding: string | null, p: Point, atEnd: boolean): End => {
      const all = isArrow ? ellipsisOf(binding, p) : null;
      if (all) return { p, binding, refs: all, joined: false, speck: null };
      const speck = c.clusterUnit === null ? speckAt(binding, p) : null;
      if (speck !== null) {
        speckTips.set(speck, (speckTips.get(speck) ?? 0) + 1);
        return { p, binding, refs: null, joined: false, speck };
      }
      const r = resolve(binding, p, isArrow, isArrow ? tipHeading(el.points, atEnd) : null);
      return { p, binding, refs: r === null ? null : [r], joined: false, speck: null };
    };
    ends.set(ci, [read(el.startBindingId, start, false), read(el.endBindingId, stop, true)]);
  });

  // Phase 2: junctions. Tips sharing a dot, and loose tips on another connector's path, join networks.
  const networks = new Networks();
  const byDot = new Map<number, number[]>();
  let paths: ConnectorPaths | null = null;
  for (const [ci, pair] of ends) {
    pair.forEach((e, k) => {
      if (e.speck !== null) {
        if ((speckTips.get(e.speck) ?? 0) >= 2) {
          e.joined = true;
          const list = byDot.get(e.speck);
          if (list) list.push(ci);
          else byDot.set(e.speck, [ci]);
          return;
        }
        // A dot only this tip is on: an ordinary end.
        const r = resolve(e.binding, e.p, aimsAt(ci), aimsAt(ci) ? tipHeading(connectors[ci]!.el.points, k === 1) : null);
        e.refs = r === null ? null : [r];
      }
      if (e.refs !== null || connectors[ci]!.clusterUnit !== null) return;
      paths ??= new ConnectorPaths(
        connectors.map((c, j) => (ends.has(j) && c.clusterUnit === null ? c.el.points : null)),
        connectors.map((c) => c.el.box),
        budget,
      );
      const through = paths.through(e.p, ci);
      if (through.length === 0) return;
      e.joined = true;
      for (const j of through) networks.union(ci, j);
    });
  }
  for (const list of byDot.values()) for (const ci of list) networks.union(list[0]!, ci);

  // Phase 3: a loose arrow tip that joins nothing: the box it points at, else (inside a container) its nearest member.
  for (const [ci, pair] of ends) {
    pair.forEach((e, k) => {
      if (e.refs !== null || e.joined || !aimsAt(ci)) return;
      const el = connectors[ci]!.el;
      const dir = tipHeading(el.points, k === 1);
      // On the border of the box around the whole system: no one component, whatever lies ahead.
      const inGroup = withinGroup(e.p, ARROW_SNAP);
      const aimed = inGroup !== BOUNDARY && dir !== null ? aim(e.p, dir, Math.min(AIM_REACH, polylineLength(el.points))) : null;
      const r = aimed ?? inGroup;
      e.refs = r === null ? null : [r];
    });
  }

  const edges: RawEdge[] = [];
  let unresolved = 0;
  const inNetwork = new Set<number>();
  // Phase 4a: each network carries the flows from its source ends to its sink ends.
  for (const members of networks.groups()) {
    const terminals: Terminal<EndpointRef>[] = [];
    for (const ci of members) {
      inNetwork.add(ci);
      const el = connectors[ci]!.el;
      const pair = ends.get(ci)!;
      pair.forEach((e, k) => {
        if (e.joined || e.refs === null) return;
        const refs = e.refs.filter((r) => r !== BOUNDARY);
        if (refs.length === 0) return;
        const here = k === 0 ? el.startArrowhead : el.endArrowhead;
        const other = k === 0 ? el.endArrowhead : el.startArrowhead;
        terminals.push({ refs, connector: ci, headHere: isHead(here), headOther: isHead(other) });
      });
    }
    for (const flow of networkFlows(terminals, members.length, sameRef)) {
      for (const ci of flow.connectors) edges.push({ from: flow.from, to: flow.to, connector: ci, undirected: flow.undirected });
    }
  }
  // Phase 4b: every other connector on its own.
  for (const [ci, [a, b]] of ends) {
    if (inNetwork.has(ci)) continue;
    const c = connectors[ci]!;
    const el = c.el;
    const from = a.refs;
    const to = b.refs;
    if (c.clusterUnit !== null) {
      // Drawn (or grouped) with an icon: part of the icon's picture unless a tip reaches out of the
      // icon to another component; then it joins the icon (or the two outside ends) like any arrow.
      const icon = effectiveUnit(c.clusterUnit, containment);
      const out = (r: EndpointRef[] | null, p: Point) => r !== null && !(r[0]!.kind === 'unit' && r[0]!.index === icon) && !containsPoint(units[icon]!.box, p);
      if (!out(from, a.p) && !out(to, b.p)) continue;
    }
    if (from?.[0] === BOUNDARY || to?.[0] === BOUNDARY) continue;
    if (from === null || to === null) {
      if (aimsAt(ci)) {
        unresolved++;
        if (unresolved <= 10) notes.push(`arrow ${el.id}: ${from === null ? 'start' : 'end'} is not near any component`);
      }
      continue;
    }
    const direction = connectorDirection(el.startArrowhead, el.endArrowhead);
    for (const x of from) {
      for (const y of to) {
        if (sameRef(x, y)) continue;
        switch (direction) {
          case 'both':
            // Heads at both ends show a link, not a flow: one edge with no direction, like a headless line.
            edges.push({ from: x, to: y, connector: ci, undirected: true, twoWay: true });
            break;
          case 'forward':
            edges.push({ from: x, to: y, connector: ci, undirected: false });
            break;
          case 'backward':
            edges.push({ from: y, to: x, connector: ci, undirected: false });
            break;
          case 'none':
            edges.push({ from: x, to: y, connector: ci, undirected: true, drawnOrder: true });
            break;
          default:
            assertNever(direction);
        }
      }
    }
  }
  if (unresolved > 10) notes.push(`${unresolved - 10} more arrows not connected to components`);
  if (boundaryTips > 0) notes.push(`${boundaryTips} arrow end${boundaryTips === 1 ? '' : 's'} on the border of an untitled box around most of the drawing: no one component, not read as an edge`);
  return { edges, notes };
}
