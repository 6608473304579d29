import type { Box, Point } from './geometry';
import { expandBox, pointPolylineDistance } from './geometry';
import { SpatialIndex } from './spatial-index';
import type { WorkBudget } from './work-budget';
import { spend } from './work-budget';

/**
 * Connectors chained through a junction. People draw a split or a merge as several connectors that
 * meet: a line from a source to an empty spot and an arrow on from there, lines from two sources
 * ending on a trunk, arrows fanning out of a small dot, a branch starting on the side of another
 * arrow. A tip that reaches no component but lies on another connector (within `JOIN_GAP` px of its
 * path) or on a shared dot joins the two into one network; the network carries every flow from its
 * source ends to its sink ends.
 */

/** How far (px) a loose tip may sit from another connector's path and still be drawn onto it. */
export const JOIN_GAP = 8;
/** A network with more ends than this is a bus drawn across the page: it is read as far as this. */
const MAX_NETWORK_EDGES = 64;

/** Finds the connectors whose path passes through a point. */
export class ConnectorPaths {
  private readonly index: SpatialIndex;

  /** `paths[i]` null for connectors that cannot be joined (inside an icon, not usable). */
  constructor(
    private readonly paths: readonly (readonly Point[] | null)[],
    boxes: readonly Box[],
    private readonly budget: WorkBudget,
  ) {
    this.index = SpatialIndex.forBoxes(
      boxes.map((b) => expandBox(b, JOIN_GAP)),
      budget,
    );
  }

  /** Indices of the joinable connectors other than `except` whose path is within JOIN_GAP of `p`, ascending. */
  through(p: Point, except: number): number[] {
    const out: number[] = [];
    for (const j of this.index.query({ minX: p.x, minY: p.y, maxX: p.x, maxY: p.y })) {
      const path = this.paths[j];
      if (j === except || !path || !spend(this.budget, path.length)) continue;
      if (pointPolylineDistance(p, path) <= JOIN_GAP) out.push(j);
    }
    return out.sort((a, b) => a - b);
  }
}

/** Union-find over connector indices. */
export class Networks {
  private readonly parent = new Map<number, number>();

  find(a: number): number {
    let root = a;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    let x = a;
    while (x !== root) {
      const next = this.parent.get(x) ?? root;
      this.parent.set(x, root);
      x = next;
    }
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }

  /** Every network of two or more connectors, each as its member indices ascending, ordered by smallest member. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (const a of [...this.parent.keys()].sort((x, y) => x - y)) {
      const r = this.find(a);
      const list = byRoot.get(r);
      if (list) list.push(a);
      else byRoot.set(r, [a]);
    }
    return [...byRoot.values()].filter((g) => g.length > 1);
  }
}

/** One end of a network that reaches a component (`refs`: several for a "..." it stands for). */
export interface Terminal<R> {
  refs: readonly R[];
  connector: number;
  /** A head at this end: the flow goes into the component. */
  headHere: boolean;
  /** A head at the connector's other end: the flow leaves the component (both: it goes both ways). */
  headOther: boolean;
}

/** A flow the network carries: from one terminal's component to another's, through these connectors. */
export interface NetworkFlow<R> {
  from: R;
  to: R;
  connectors: number[];
  undirected: boolean;
}

/**
 * The flows one network carries. Ends with a head are sinks; ends whose connector has its head at
 * the other end are sources, and so are ends of headless connectors when the network has a sink
 * (a plain line merging into an arrow). With no sink, the sources feed the headless ends. With no
 * head anywhere, only a two-connector chain between two components reads, as one undirected edge
 * (more headless lines meeting is a bracket or a frame more often than a connection).
 */
export function networkFlows<R>(terminals: readonly Terminal<R>[], connectorCount: number, same: (a: R, b: R) => boolean): NetworkFlow<R>[] {
  const sinks = terminals.filter((t) => t.headHere);
  const outs = terminals.filter((t) => t.headOther);
  const plain = terminals.filter((t) => !t.headHere && !t.headOther);
  let sources: Terminal<R>[];
  let targets: Terminal<R>[];
  if (sinks.length > 0) {
    sources = [...outs, ...plain];
    targets = sinks;
  } else if (outs.length > 0) {
    sources = outs;
    targets = plain;
  } else {
    if (connectorCount !== 2 || terminals.length !== 2) return [];
    const [a, b] = terminals as [Terminal<R>, Terminal<R>];
    return a.refs.flatMap((from) => b.refs.filter((to) => !same(from, to)).map((to) => ({ from, to, connectors: [a.connector, b.connector], undirected: true })));
  }
  const flows: NetworkFlow<R>[] = [];
  for (const s of sources) {
    for (const t of targets) {
      if (s === t) continue;
      for (const from of s.refs) {
        for (const to of t.refs) {
          if (same(from, to) || flows.length >= MAX_NETWORK_EDGES) continue;
          flows.push({ from, to, connectors: s.connector === t.connector ? [s.connector] : [s.connector, t.connector], undirected: false });
        }
      }
    }
  }
  return flows;
}
