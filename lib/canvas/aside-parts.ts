import type { Unit } from './build-units';
import type { PanelOwner } from './detail-panels';
import { detailPanels } from './detail-panels';
import type { Box } from './geometry';
import type { WorkBudget } from './work-budget';

/** What the reader drafted for one unit: enough to tell its part in a legend or a panel. */
interface Draft {
  box: Box;
  label: string;
}

/** A title "Legend" or "Key" (any case; alone, or followed by a colon) explains the drawing's symbols; "Key Vault" does not. */
export const LEGEND_TITLE = /^(legend|key|leyenda|l[eé]gende)\s*(:.*)?$/is;

/**
 * The parts drawn beside the system rather than in it: the samples in a legend (a container titled
 * "Legend" or "Key") and the contents of detail panels (see `detailPanels`: untitled containers under
 * a connected box that show what is inside it). Their drafts are not components and their inner
 * arrows not edges.
 */
export function asideParts<D extends Draft>(
  units: readonly Unit[],
  role: readonly string[],
  parent: readonly (number | null)[],
  drafts: ReadonlyMap<number, D>,
  rawEdges: readonly { fromDraft: D; toDraft: D }[],
  groupLabel: (unit: number) => string,
  note: (n: string) => void,
  budget: WorkBudget,
): Set<D> {
  const untitled: number[] = [];
  const legends: number[] = [];
  role.forEach((r, i) => {
    if (r !== 'group') return;
    const title = groupLabel(i);
    if (title === '') untitled.push(i);
    else if (LEGEND_TITLE.test(title)) legends.push(i);
  });
  const parts = new Set<D>();
  if (legends.length === 0 && (untitled.length === 0 || rawEdges.length === 0)) return parts;
  const membersOf = new Map<number, number[]>([...untitled, ...legends].map((g) => [g, []]));
  drafts.forEach((_, i) => {
    let g = parent[i] ?? null;
    let guard = 0;
    while (g !== null && guard++ < 64) {
      membersOf.get(g)?.push(i);
      g = parent[g] ?? null;
    }
  });
  for (const legend of legends) {
    const members = membersOf.get(legend)!;
    members.forEach((m) => parts.add(drafts.get(m)!));
    if (members.length > 0) note(`legend ignored: ${members.length} sample${members.length === 1 ? '' : 's'}`);
  }
  if (untitled.length === 0 || rawEdges.length === 0) return parts;
  const unitOf = new Map<D, number>();
  drafts.forEach((d, i) => unitOf.set(d, i));
  const ancestors = (i: number): number[] => {
    const list: number[] = [];
    let g = i < 0 ? null : (parent[i] ?? null);
    let guard = 0;
    while (g !== null && guard++ < 64) {
      list.push(g);
      g = parent[g] ?? null;
    }
    return list;
  };
  // A container is crossed when an arrow has one end inside it and the other outside.
  const crossed = new Set<number>();
  const connected = new Set<number>();
  for (const e of rawEdges) {
    const a = unitOf.get(e.fromDraft) ?? -1;
    const b = unitOf.get(e.toDraft) ?? -1;
    connected.add(a).add(b);
    const left = ancestors(a);
    const right = ancestors(b);
    for (const g of left) if (!right.includes(g)) crossed.add(g);
    for (const g of right) if (!left.includes(g)) crossed.add(g);
  }
  const owners: PanelOwner[] = [];
  drafts.forEach((d, i) => {
    if (d.label !== '' && connected.has(i)) owners.push({ unit: i, box: d.box, label: d.label });
  });
  const candidates = untitled.map((g) => ({ unit: g, box: units[g]!.box, title: '', members: membersOf.get(g)!, crossed: crossed.has(g) }));
  for (const [panel, owner] of detailPanels(candidates, owners, budget)) {
    const members = membersOf.get(panel)!;
    members.forEach((m) => parts.add(drafts.get(m)!));
    note(`detail panel under "${owner.label.slice(0, 40)}": ${members.length} part${members.length === 1 ? '' : 's'} read as its detail, not components`);
  }
  return parts;
}
