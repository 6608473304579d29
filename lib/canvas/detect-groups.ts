import type { Unit } from './build-units';
import { kindsFromLabel } from './classify-kind';
import { composeLabel } from './compose-label';
import type { Box } from './geometry';
import { boxArea, boxCenter, boxGap, boxHeight, boxWidth, containsBox } from './geometry';
import { SpatialIndex } from './spatial-index';
import type { TextPiece } from './text-piece';
import type { WorkBudget } from './work-budget';
import { spend } from './work-budget';

export type UnitRole = 'component' | 'group' | 'merged' | 'tiny';

export interface Containment {
  role: UnitRole[];
  /** Direct enclosing group of each unit (after merges), or null. */
  parent: (number | null)[];
  /** For merged units: the component that absorbed them. */
  mergedInto: (number | null)[];
  index: SpatialIndex;
  /** Merged units that are small tags on a bigger box ("PII", "v2"): their text is not the box's label. */
  tags: Set<number>;
}

/** Hand-drawn boxes overhang their container by a few px. */
const NEST_SLACK = 4;
/** A container must be clearly bigger than what it holds, so stacked same-size cards don't nest. */
const MIN_NEST_AREA_RATIO = 1.2;
/** One thing inside a box much bigger than it: a zone around one service, not the service's icon. */
const ZONE_AREA_RATIO = 4;
const LABELLED_ZONE_AREA_RATIO = 16;

/**
 * Decides which units are containers. A box/frame enclosing two or more units is a group; a box
 * around exactly one unlabeled icon is that icon's frame (merged into one component); frames are
 * always groups. `freeTexts` (texts bound to nothing) name the shape they are written on, as bound
 * text does: a box with a free-text name and a small logo inside is that service drawn with its logo.
 */
export function detectGroups(units: readonly Unit[], budget: WorkBudget, freeTexts: readonly TextPiece[] = []): Containment {
  const n = units.length;
  const role: UnitRole[] = units.map((u) => (u.tiny ? 'tiny' : 'component'));
  const parent: (number | null)[] = new Array<number | null>(n).fill(null);
  const mergedInto: (number | null)[] = new Array<number | null>(n).fill(null);
  const index = SpatialIndex.forBoxes(
    units.map((u) => u.box),
    budget,
  );
  const frameById = new Map<string, number>();
  units.forEach((u, i) => {
    if (u.isFrame) frameById.set(u.id, i);
  });

  const areas = units.map((u) => boxArea(u.box));
  const canHold = units.map((u) => !u.tiny && u.canContain);
  // Direct container of each unit: the smallest enclosing unit that can contain.
  const container: (number | null)[] = new Array<number | null>(n).fill(null);
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    if (u.tiny) continue;
    const c = boxCenter(u.box);
    const area = areas[i]!;
    let best: number | null = null;
    let bestArea = Infinity;
    const candidates = index.query({ minX: c.x, minY: c.y, maxX: c.x, maxY: c.y });
    if (!spend(budget, candidates.length)) break;
    for (const j of candidates) {
      if (j === i || !canHold[j]) continue;
      const oArea = areas[j]!;
      if (oArea <= area * MIN_NEST_AREA_RATIO || oArea > bestArea || (oArea === bestArea && best !== null && j > best)) continue;
      if (!containsBox(units[j]!.box, u.box, NEST_SLACK)) continue;
      best = j;
      bestArea = oArea;
    }
    const frame = u.frameId !== null ? frameById.get(u.frameId) : undefined;
    if (frame !== undefined && frame !== i && (best === null || boxArea(units[frame]!.box) < bestArea)) best = frame;
    container[i] = best;
  }

  const namedByFreeText = freeTextOwners(units, freeTexts, index, areas, budget);

  const children: number[][] = units.map(() => []);
  container.forEach((c, i) => {
    if (c !== null) children[c]!.push(i);
  });

  // Innermost first, so a child's role is final before its container decides.
  const order = units.map((_, i) => i).sort((a, b) => areas[a]! - areas[b]! || a - b);
  for (const i of order) {
    const u = units[i]!;
    if (u.tiny) continue;
    const kids = children[i]!.filter((k) => role[k] === 'component' || role[k] === 'group');
    if (u.isFrame) role[i] = 'group';
    else if (kids.length >= 2) role[i] = 'group';
    else if (kids.length === 1) {
      const k = kids[0]!;
      const kid = units[k]!;
      const labelled = (x: Unit) => x.boundTexts.length > 0 || x.memberTexts.length > 0;
      // A named box with an unlabeled logo inside is that service drawn with its logo (named by a
      // bound text, or by a free text written on the box beside the logo).
      const named = labelled(u) || (namedByFreeText.has(i) && isUnlabelledIcon(kid) && !namedByFreeText.has(k));
      const ratio = named && !labelled(kid) ? LABELLED_ZONE_AREA_RATIO : ZONE_AREA_RATIO;
      const zone = boxArea(u.box) >= boxArea(kid.box) * ratio;
      // A box drawn around a labelled box is its container: the title and the member keep their own labels.
      const kidNamed = labelled(kid) && !u.isCluster;
      if (isCornerBadge(kid, u, namedByFreeText.has(i)) && role[k] === 'component') {
        role[k] = 'merged';
        mergedInto[k] = i;
      } else if (role[k] === 'group' || zone || kidNamed) role[i] = 'group';
      else {
        role[k] = 'merged';
        mergedInto[k] = i;
      }
    }
  }

  foldOverlappingBadges(units, role, mergedInto, index, areas, namedByFreeText, budget);
  const tags = foldTags(units, role, mergedInto, index, areas, budget);

  for (let i = 0; i < n; i++) {
    let c = container[i] ?? null;
    // Skip over containers that are not groups (a merged icon frame is a component, not a parent).
    let guard = 0;
    while (c !== null && role[c] !== 'group' && guard++ < 64) c = container[c] ?? null;
    parent[i] = c !== null && role[c] === 'group' ? c : null;
  }
  return { role, parent, mergedInto, index, tags };
}

/** A logo badge is at most this big next to the box it marks. */
const BADGE_MAX_AREA_RATIO = 0.25;
const BADGE_MAX_SIDE = 72;
/** Share of the badge that must lie on the box. */
const BADGE_MIN_OVERLAP = 0.25;

const isUnlabelledIcon = (u: Unit) => (u.isImage || u.isCluster) && u.boundTexts.length === 0 && u.memberTexts.length === 0;

/**
 * The units a free text is written on: for each text, the innermost non-tiny unit under its centre
 * (where attachLabels will place it), by index. Pure; stops when the work budget runs out.
 */
function freeTextOwners(units: readonly Unit[], freeTexts: readonly TextPiece[], index: SpatialIndex, areas: readonly number[], budget: WorkBudget): Set<number> {
  const owners = new Set<number>();
  for (const t of freeTexts) {
    const c = boxCenter(t.box);
    const candidates = index.query({ minX: c.x, minY: c.y, maxX: c.x, maxY: c.y });
    if (!spend(budget, candidates.length)) break;
    let best: number | null = null;
    for (const j of candidates) {
      const b = units[j]!.box;
      if (units[j]!.tiny || c.x < b.minX || c.x > b.maxX || c.y < b.minY || c.y > b.maxY) continue;
      if (best === null || areas[j]! < areas[best]! || (areas[j] === areas[best] && j < best)) best = j;
    }
    if (best !== null) owners.add(best);
  }
  return owners;
}

/** A small unlabelled image or icon sitting in a corner of a bigger named box (named by its own or a free text) is that box's logo. */
function isCornerBadge(badge: Unit, owner: Unit, ownerHasFreeText = false): boolean {
  if (!isUnlabelledIcon(badge) || owner.isImage || owner.isFrame || (owner.boundTexts.length + owner.memberTexts.length === 0 && !ownerHasFreeText)) return false;
  const side = Math.max(boxWidth(badge.box), boxHeight(badge.box));
  if (side > BADGE_MAX_SIDE || boxArea(badge.box) > boxArea(owner.box) * BADGE_MAX_AREA_RATIO) return false;
  const c = boxCenter(badge.box);
  const o = owner.box;
  const nearX = Math.min(Math.abs(c.x - o.minX), Math.abs(c.x - o.maxX)) <= Math.max(side, boxWidth(o) * 0.25);
  const nearY = Math.min(Math.abs(c.y - o.minY), Math.abs(c.y - o.maxY)) <= Math.max(side, boxHeight(o) * 0.25);
  return nearX && nearY;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX);
  const h = Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Logo badges drawn across a box's corner (partly outside it) are not contained by the box, so they
 * would become unlabelled components of their own and steal the arrows bound to them: fold each into
 * the named box it overlaps most.
 */
function foldOverlappingBadges(
  units: readonly Unit[],
  role: UnitRole[],
  mergedInto: (number | null)[],
  index: SpatialIndex,
  areas: readonly number[],
  namedByFreeText: ReadonlySet<number>,
  budget: WorkBudget,
): void {
  units.forEach((u, i) => {
    if (role[i] !== 'component' || !isUnlabelledIcon(u) || areas[i]! <= 0) return;
    const candidates = index.query(u.box);
    if (!spend(budget, candidates.length)) return;
    let best: number | null = null;
    let bestOverlap = 0;
    for (const j of candidates) {
      if (j === i || role[j] !== 'component' || !isCornerBadge(u, units[j]!, namedByFreeText.has(j))) continue;
      const overlap = overlapArea(u.box, units[j]!.box);
      if (overlap >= areas[i]! * BADGE_MIN_OVERLAP && (overlap > bestOverlap || (overlap === bestOverlap && best !== null && j < best))) {
        best = j;
        bestOverlap = overlap;
      }
    }
    if (best !== null) {
      role[i] = 'merged';
      mergedInto[i] = best;
    }
  });
}

/** A tag is a short word on a small shape stuck to a box's edge ("PII", "v2", "EU"). */
const TAG_MAX_CHARS = 12;
const TAG_MAX_SIDE = 120;
const TAG_MAX_AREA_RATIO = 0.25;
/** Hand-placed tags touch the box or stop a few px short. */
const TAG_GAP = 6;
/** A tag grouped with its box (selected and grouped together) may stand a little further off. */
const GROUPED_TAG_GAP = 40;

const labelLength = (u: Unit) => [...u.boundTexts, ...u.memberTexts].reduce((n, t) => n + t.norm.length, 0);
const sharesGroup = (a: Unit, b: Unit) => a.groupIds.length > 0 && b.groupIds.length > 0 && a.groupIds.some((g) => b.groupIds.includes(g));
/** A tag's words say something about the box ("hit", "miss", "PII"); words that name a kind ("DLQ", "Redis") are a part of their own. */
const namesNoKind = (u: Unit) => kindsFromLabel(composeLabel([...u.boundTexts, ...u.memberTexts])).kinds.length === 0;

/**
 * Small labelled shapes stuck to the edge of a bigger named box (overlapping it, or a few px off) are
 * tags of that box, not components: an arrow bound to the tag means the box. Folds each into the
 * named box it overlaps most (or nearest), and returns the folded tags.
 */
function foldTags(units: readonly Unit[], role: UnitRole[], mergedInto: (number | null)[], index: SpatialIndex, areas: readonly number[], budget: WorkBudget): Set<number> {
  const tags = new Set<number>();
  units.forEach((u, i) => {
    if (role[i] !== 'component' || u.isCluster || u.isFrame || u.isImage || areas[i]! <= 0) return;
    const chars = labelLength(u);
    if (chars === 0 || chars > TAG_MAX_CHARS || Math.max(boxWidth(u.box), boxHeight(u.box)) > TAG_MAX_SIDE) return;
    const grouped = u.groupIds.length > 0;
    const reach = grouped ? GROUPED_TAG_GAP : TAG_GAP;
    const candidates = index.query({ minX: u.box.minX - reach, minY: u.box.minY - reach, maxX: u.box.maxX + reach, maxY: u.box.maxY + reach });
    if (!spend(budget, candidates.length)) return;
    let wordless: boolean | null = null;
    let best: number | null = null;
    let bestScore = -Infinity;
    for (const j of candidates) {
      const o = units[j]!;
      if (j === i || role[j] !== 'component' || o.isImage || o.isFrame || labelLength(o) === 0 || areas[i]! > areas[j]! * TAG_MAX_AREA_RATIO) continue;
      // Stuck to the edge: overlapping it or a few px off, but not sitting wholly inside (that is a member).
      if (containsBox(o.box, u.box, 0)) continue;
      const overlap = overlapArea(u.box, o.box);
      const gap = boxGap(u.box, o.box);
      if (overlap === 0 && gap > TAG_GAP) {
        // Further off, only a word grouped with the box that names nothing of its own ("hit" beside Redis).
        if (gap > GROUPED_TAG_GAP || !sharesGroup(u, o)) continue;
        wordless ??= namesNoKind(u);
        if (!wordless) continue;
      }
      const score = overlap > 0 ? overlap : -gap;
      if (score > bestScore || (score === bestScore && best !== null && j < best)) {
        best = j;
        bestScore = score;
      }
    }
    if (best !== null) {
      role[i] = 'merged';
      mergedInto[i] = best;
      tags.add(i);
    }
  });
  return tags;
}
