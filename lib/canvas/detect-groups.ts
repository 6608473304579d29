import type { Unit } from './build-units';
import { boxArea, boxCenter, containsBox } from './geometry';
import { SpatialIndex } from './spatial-index';
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
 * always groups.
 */
export function detectGroups(units: readonly Unit[], budget: WorkBudget): Containment {
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

  const children: number[][] = units.map(() => []);
  container.forEach((c, i) => {
    if (c !== null) children[c]!.push(i);
  });

  // Innermost first, so a child's role is final before its container decides.
  const order = units.map((_, i) => i).sort((a, b) => boxArea(units[a]!.box) - boxArea(units[b]!.box) || a - b);
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
      // A named box with an unlabeled logo inside is that service drawn with its logo.
      const ratio = labelled(u) && !labelled(kid) ? LABELLED_ZONE_AREA_RATIO : ZONE_AREA_RATIO;
      const zone = boxArea(u.box) >= boxArea(kid.box) * ratio;
      const bothLabelled = u.boundTexts.length > 0 && kid.boundTexts.length > 0;
      if (role[k] === 'group' || zone || bothLabelled) role[i] = 'group';
      else {
        role[k] = 'merged';
        mergedInto[k] = i;
      }
    }
  }

  for (let i = 0; i < n; i++) {
    let c = container[i] ?? null;
    // Skip over containers that are not groups (a merged icon frame is a component, not a parent).
    let guard = 0;
    while (c !== null && role[c] !== 'group' && guard++ < 64) c = container[c] ?? null;
    parent[i] = c !== null && role[c] === 'group' ? c : null;
  }
  return { role, parent, mergedInto, index };
}
