import type { CanvasElement } from './canvas-element';
import type { Box } from './geometry';
import { boxArea, boxCenter, boxHeight, boxWidth, containsPoint, unionBox } from './geometry';
import type { TextPiece } from './text-piece';
import { mergePieces, pieceFromElement, pieceWithoutIds } from './text-piece';
import type { WorkBudget } from './work-budget';
import { spend } from './work-budget';
import { emptyList, listOf } from './young';

/** Something that can become a component or a group: a shape, an image, a frame, or a collapsed icon group. */
export interface Unit {
  /** Main element id: the shape itself, or the largest drawable member of an icon group. */
  id: string;
  index: number;
  box: Box;
  elementIds: string[];
  /** Text bound to the shape (containerId) or given inline; the strongest label evidence. */
  boundTexts: TextPiece[];
  /** Free texts that are members of a collapsed icon group. */
  memberTexts: TextPiece[];
  /** Boxes of the drawable members of an icon group, to tell text written on the icon from its caption. */
  shapeBoxes: Box[];
  isCluster: boolean;
  isFrame: boolean;
  isImage: boolean;
  /** Images are leaves; everything else may enclose other units. */
  canContain: boolean;
  /** An unlabeled speck (a "..." dot): never a component, only a binding target to see through. */
  tiny: boolean;
  frameName: string | null;
  frameId: string | null;
  customData: Record<string, unknown>[];
  /** The Excalidraw groups its main element belongs to (innermost first), to tell what was drawn together. */
  groupIds: readonly string[];
}

export interface Connector {
  el: CanvasElement;
  /** Text bound to the arrow. */
  labels: TextPiece[];
  /** The icon group the arrow is drawn inside, if any: such arrows only count when bound outside it. */
  clusterUnit: number | null;
}

export type Owner =
  | { kind: 'unit'; index: number }
  | { kind: 'connector'; index: number }
  | { kind: 'text'; index: number };

export interface BuiltUnits {
  units: Unit[];
  connectors: Connector[];
  freeTexts: TextPiece[];
  /** Element id -> what it became, for resolving arrow bindings. */
  ownerOf: Map<string, Owner>;
}

/** A `Unit` made by `new` so V8 never pretenures it (see ./young.ts); fields in the interface's order. */
class ReadUnit implements Unit {
  id: string;
  index: number;
  box: Box;
  elementIds: string[];
  boundTexts: TextPiece[];
  memberTexts: TextPiece[];
  shapeBoxes: Box[];
  isCluster: boolean;
  isFrame: boolean;
  isImage: boolean;
  canContain: boolean;
  tiny: boolean;
  frameName: string | null;
  frameId: string | null;
  customData: Record<string, unknown>[];
  groupIds: readonly string[];

  constructor(el: CanvasElement, isCluster: boolean) {
    this.id = el.id;
    this.index = el.index;
    this.box = el.box;
    this.elementIds = emptyList();
    // Skeleton-API label carried on the shape itself.
    this.boundTexts = el.text.trim() !== '' ? listOf(pieceWithoutIds(pieceFromElement(el))) : emptyList();
    this.memberTexts = emptyList();
    this.shapeBoxes = emptyList();
    this.isCluster = isCluster;
    this.isFrame = el.role === 'frame';
    this.isImage = el.role === 'image';
    this.canContain = el.role !== 'image';
    this.tiny = false;
    this.frameName = el.role === 'frame' ? (el.name ?? '') : null;
    this.frameId = el.frameId;
    this.customData = emptyList();
    this.groupIds = el.groupIds;
  }
}

/** A `Connector` made by `new` (see ./young.ts). */
class ReadConnector implements Connector {
  el: CanvasElement;
  labels: TextPiece[];
  clusterUnit: number | null;
  constructor(el: CanvasElement, clusterUnit: number | null) {
    this.el = el;
    this.labels = emptyList();
    this.clusterUnit = clusterUnit;
  }
}

/** An `Owner` made by `new` (see ./young.ts). */
class OwnerRef {
  constructor(
    readonly kind: Owner['kind'],
    readonly index: number,
  ) {}
}

const TINY_SIZE = 20;
const MIN_LABEL_SHAPE = 24;
const MIN_CONTAINER_FREEDRAW = 60;

function isDrawable(el: CanvasElement): boolean {
  return el.role !== 'text' && el.role !== 'arrow';
}

/**
 * Groups (Excalidraw groupIds) are how people build icons out of many small shapes. A group collapses
 * into ONE unit when it has at most one labelled part; a group of several labelled boxes (a whole
 * sub-diagram someone selected and grouped) is looked into instead.
 */
function makeQualifies(byGroup: Map<string, CanvasElement[]>, elements: readonly CanvasElement[], budget: WorkBudget) {
  // Built on the first grouped text that names a container: most scenes never need it.
  let byIdCache: Map<string, CanvasElement> | null = null;
  const byId = (): Map<string, CanvasElement> => {
    if (byIdCache === null) {
      byIdCache = new Map();
      for (const el of elements) if (!byIdCache.has(el.id)) byIdCache.set(el.id, el);
    }
    return byIdCache;
  };
  const memo = new Map<string, boolean>();
  return (gid: string): boolean => {
    const cached = memo.get(gid);
    if (cached !== undefined) return cached;
    const members = byGroup.get(gid) ?? [];
    let result = true;
    if (members.some((m) => m.role === 'frame') || !members.some(isDrawable)) result = false;
    else {
      const partitionOf = (m: CanvasElement): string => {
        const idx = m.groupIds.indexOf(gid);
        const inner = idx > 0 ? m.groupIds[idx - 1] : undefined;
        return inner ?? `#${m.id}`;
      };
      const hasDrawable = new Set<string>();
      const hasText = new Set<string>();
      const freeTexts: CanvasElement[] = [];
      for (const m of members) {
        if (m.role === 'arrow') continue;
        if (m.role === 'text') {
          const container = m.containerId ? byId().get(m.containerId) : undefined;
          if (container && container.role === 'arrow') continue;
          if (container && container.groupIds.includes(gid)) hasText.add(partitionOf(container));
          else freeTexts.push(m);
        } else hasDrawable.add(partitionOf(m));
      }
      for (const t of freeTexts) {
        const key = partitionOf(t);
        if (hasDrawable.has(key)) hasText.add(key);
      }
      const labelled = new Set([...hasText].filter((k) => hasDrawable.has(k)));
      // Free texts written on a member shape label that shape (free text over a box, grouped).
      const shapes = members.filter(
        (m) => (m.role === 'shape' || m.role === 'image' || m.closed) && Math.min(boxWidth(m.box), boxHeight(m.box)) >= MIN_LABEL_SHAPE,
      );
      for (const t of freeTexts) {
        if (labelled.size > 1 || !spend(budget, shapes.length)) break;
        const c = boxCenter(t.box);
        let best: CanvasElement | null = null;
        for (const s of shapes) if (containsPoint(s.box, c) && (best === null || boxArea(s.box) < boxArea(best.box))) best = s;
        if (best) labelled.add(partitionOf(best));
      }
      result = labelled.size <= 1;
    }
    memo.set(gid, result);
    return result;
  };
}

export function buildUnits(elements: readonly CanvasElement[], budget: WorkBudget): BuiltUnits {
  const byGroup = new Map<string, CanvasElement[]>();
  for (const el of elements) {
    for (const g of el.groupIds) {
      const list = byGroup.get(g);
      if (list) list.push(el);
      else byGroup.set(g, [el]);
    }
  }
  const qualifies = makeQualifies(byGroup, elements, budget);
  const clusterOf = new Map<string, string | null>();
  const clusterIdOf = (el: CanvasElement): string | null => {
    const known = clusterOf.get(el.id);
    if (known !== undefined) return known;
    let found: string | null = null;
    for (let i = el.groupIds.length - 1; i >= 0; i--) {
      if (qualifies(el.groupIds[i]!)) {
        found = el.groupIds[i]!;
        break;
      }
    }
    clusterOf.set(el.id, found);
    return found;
  };

  const units: Unit[] = [];
  const connectors: Connector[] = [];
  const ownerOf = new Map<string, Owner>();
  const unitByCluster = new Map<string, number>();

  const newUnit = (el: CanvasElement, isCluster: boolean): number => {
    const idx = units.length;
    units.push(new ReadUnit(el, isCluster));
    return idx;
  };
  const addMember = (idx: number, el: CanvasElement) => {
    const u = units[idx]!;
    u.elementIds.push(el.id);
    if (el.customData) u.customData.push(el.customData);
    if (u.frameId === null) u.frameId = el.frameId;
    ownerOf.set(el.id, new OwnerRef('unit', idx));
  };

  // Pass 1: drawable elements become units (or join their icon group's unit) and connectors.
  const clusterMembers = new Map<string, CanvasElement[]>();
  for (const el of elements) {
    if (el.role === 'text') continue;
    const cid = el.groupIds.length > 0 ? clusterIdOf(el) : null;
    if (cid !== null && el.role !== 'arrow') {
      const list = clusterMembers.get(cid);
      if (list) list.push(el);
      else clusterMembers.set(cid, [el]);
      continue;
    }
    if (el.role === 'arrow' && el.groupIds.length > 0) continue; // placed with its icon group below
    if (el.role === 'arrow' || (el.role === 'line' && !el.closed)) {
      ownerOf.set(el.id, new OwnerRef('connector', connectors.length));
      connectors.push(new ReadConnector(el, null));
      continue;
    }
    if (el.role === 'freedraw' && !(el.closed && Math.max(boxWidth(el.box), boxHeight(el.box)) >= MIN_CONTAINER_FREEDRAW)) continue;
    addMember(newUnit(el, false), el);
  }
  for (const [cid, members] of clusterMembers) {
    // The biggest drawable part names the cluster: deterministic and usually the icon's frame.
    let main = members[0]!;
    for (const m of members) {
      const a = boxArea(m.box);
      const best = boxArea(main.box);
      if (a > best || (a === best && m.index < main.index)) main = m;
    }
    const idx = newUnit(main, true);
    unitByCluster.set(cid, idx);
    const u = units[idx]!;
    u.boundTexts = emptyList();
    u.isImage = false;
    u.canContain = true;
    u.isFrame = false;
    u.frameName = null;
    for (const m of members) {
      addMember(idx, m);
      u.box = unionBox(u.box, m.box);
      u.shapeBoxes.push(m.box);
      if (m.text.trim() !== '') u.boundTexts.push(pieceWithoutIds(pieceFromElement(m)));
    }
  }
  // Arrows drawn inside an icon group.
  for (const el of elements) {
    if (el.role !== 'arrow' || el.groupIds.length === 0) continue;
    const cid = clusterIdOf(el);
    const unit = cid !== null ? unitByCluster.get(cid) : undefined;
    ownerOf.set(el.id, new OwnerRef('connector', connectors.length));
    connectors.push(new ReadConnector(el, unit ?? null));
  }

  // Pass 2: texts. Bound texts label their container; grouped free texts join their icon group or merge into one block.
  const freeTexts: TextPiece[] = [];
  const textBlocks = new Map<string, TextPiece[]>();
  const textOnlyMemo = new Map<string, boolean>();
  const blockOrder: string[] = [];
  for (const el of elements) {
    if (el.role !== 'text' || el.text.trim() === '') continue;
    const piece = pieceFromElement(el);
    const container = el.containerId ? ownerOf.get(el.containerId) : undefined;
    if (container?.kind === 'connector') {
      connectors[container.index]!.labels.push(piece);
      ownerOf.set(el.id, container);
      continue;
    }
    if (container?.kind === 'unit') {
      const u = units[container.index]!;
      u.boundTexts.push(piece);
      u.elementIds.push(el.id);
      ownerOf.set(el.id, container);
      continue;
    }
    const cid = el.groupIds.length > 0 ? clusterIdOf(el) : null;
    const unitIdx = cid !== null ? unitByCluster.get(cid) : undefined;
    if (unitIdx !== undefined) {
      const u = units[unitIdx]!;
      u.memberTexts.push(piece);
      u.elementIds.push(el.id);
      u.box = unionBox(u.box, el.box);
      ownerOf.set(el.id, new OwnerRef('unit', unitIdx));
      continue;
    }
    const block = outermostTextOnlyGroup(el, byGroup, textOnlyMemo);
    if (block !== null) {
      const list = textBlocks.get(block);
      if (list) list.push(piece);
      else {
        textBlocks.set(block, [piece]);
        blockOrder.push(block);
      }
      continue;
    }
    ownerOf.set(el.id, new OwnerRef('text', freeTexts.length));
    freeTexts.push(piece);
  }
  for (const block of blockOrder) {
    const pieces = textBlocks.get(block)!;
    // Only a compact stack of texts reads as one caption; scattered grouped texts stay separate.
    for (const part of isCompact(pieces) ? [mergePieces(pieces)] : pieces) {
      for (const id of part.elementIds) ownerOf.set(id, new OwnerRef('text', freeTexts.length));
      freeTexts.push(part);
    }
  }

  for (const u of units) {
    const size = Math.max(boxWidth(u.box), boxHeight(u.box));
    u.tiny = !u.isCluster && !u.isFrame && !u.isImage && size < TINY_SIZE && u.boundTexts.length === 0;
    sortIds(u.elementIds);
  }
  return { units, connectors, freeTexts, ownerOf };
}

/** Sorts ids in place the way `Array.prototype.sort()` does (UTF-16 order), without its work for 0-2 items. */
export function sortIds(ids: string[]): string[] {
  if (ids.length === 2) {
    if (ids[1]! < ids[0]!) ids.reverse();
  } else if (ids.length > 2) ids.sort();
  return ids;
}

function isCompact(pieces: readonly TextPiece[]): boolean {
  let box = pieces[0]!.box;
  let maxWidth = 0;
  let heights = 0;
  for (const p of pieces) {
    box = unionBox(box, p.box);
    maxWidth = Math.max(maxWidth, boxWidth(p.box));
    heights += boxHeight(p.box) + p.fontSize;
  }
  return boxWidth(box) <= maxWidth * 2 + 40 && boxHeight(box) <= heights;
}

function outermostTextOnlyGroup(el: CanvasElement, byGroup: Map<string, CanvasElement[]>, memo: Map<string, boolean>): string | null {
  for (let i = el.groupIds.length - 1; i >= 0; i--) {
    const g = el.groupIds[i]!;
    let textOnly = memo.get(g);
    if (textOnly === undefined) {
      const members = byGroup.get(g) ?? [];
      textOnly = members.length > 1 && members.every((m) => m.role === 'text');
      memo.set(g, textOnly);
    }
    if (textOnly) return g;
  }
  return null;
}
