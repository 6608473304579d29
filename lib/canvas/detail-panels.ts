import type { Box } from './geometry';
import { boxCenter, boxGap, expandBox } from './geometry';
import { SpatialIndex } from './spatial-index';
import type { WorkBudget } from './work-budget';
import { spend } from './work-budget';

/** A container the reader found, with what it needs to tell a detail panel from a zone of the system. */
export interface PanelCandidate {
  /** Index of the container's unit. */
  unit: number;
  box: Box;
  /** Its title ('' when it has none). */
  title: string;
  /** Component units inside it (at any depth). */
  members: readonly number[];
  /** Whether an arrow joins one of its members to something outside it. */
  crossed: boolean;
}

/** A component that a panel may detail. */
export interface PanelOwner {
  unit: number;
  box: Box;
  label: string;
}

/** A detail panel hangs at most this far from the box it details. */
const PANEL_GAP = 60;

/**
 * Untitled containers that show what is inside one box rather than parts of the system (the tables of
 * a "Datalake", the scripts of a "Process" step, drawn in a panel right under it): no arrow joins a
 * member to anything outside the panel, and the panel hangs within PANEL_GAP of a labelled,
 * connected box (`owners`) outside it whose centre lines up with it. Returns each such panel's unit
 * with the box it details. Pure; the owner search spends `budget` and stops when it is exhausted.
 */
export function detailPanels(candidates: readonly PanelCandidate[], owners: readonly PanelOwner[], budget: WorkBudget): Map<number, PanelOwner> {
  const out = new Map<number, PanelOwner>();
  const open = candidates.filter((panel) => panel.title === '' && panel.members.length > 0 && !panel.crossed);
  if (open.length === 0 || owners.length === 0) return out;
  const index = SpatialIndex.forBoxes(
    owners.map((owner) => owner.box),
    budget,
  );
  for (const panel of open) {
    const inside = new Set(panel.members);
    const near = index.query(expandBox(panel.box, PANEL_GAP));
    if (!spend(budget, near.length)) break;
    let best: PanelOwner | null = null;
    let bestGap = Infinity;
    for (const k of near) {
      const owner = owners[k]!;
      if (inside.has(owner.unit) || owner.label === '') continue;
      const gap = boxGap(owner.box, panel.box);
      if (gap > PANEL_GAP || gap > bestGap || (gap === bestGap && best !== null && owner.unit > best.unit)) continue;
      const c = boxCenter(owner.box);
      const p = panel.box;
      // Under or over it (the owner's centre above the panel's width), or beside it (within its height).
      const stacked = c.x >= p.minX && c.x <= p.maxX && (owner.box.maxY <= p.minY || owner.box.minY >= p.maxY);
      const beside = c.y >= p.minY && c.y <= p.maxY && (owner.box.maxX <= p.minX || owner.box.minX >= p.maxX);
      if (!stacked && !beside) continue;
      best = owner;
      bestGap = gap;
    }
    if (best !== null) out.set(panel.unit, best);
  }
  return out;
}
