import type { DiagramComponent, DiagramGraph, DiagramGroup } from '../canvas/diagram-graph';
import { kindsOf } from './component-view';
import { KIND_INFO } from './kind-info';
import type { KindCategory } from './kind-info';

/** A frame holding parts of at least this many stages (stream, processing, storage, scheduling...) is a platform, not a lane. */
export const BLACK_BOX_STAGES = 3;
/** ... and at least this many parts. */
export const BLACK_BOX_MIN_PARTS = 4;

/** A frame drawn as the whole platform with nothing designed inside: its parts, and the arrows that only touch its edge. */
export interface BlackBoxFrame {
  group: DiagramGroup;
  parts: DiagramComponent[];
  /** Arrows between a part inside and a box outside: into or out of the frame, not to one part. */
  crossing: number;
}

/**
 * Frames whose title names no part ("Data platform") holding parts of BLACK_BOX_STAGES or more stages
 * (BLACK_BOX_MIN_PARTS or more) with no arrow or line between any two of them, and arrows reaching at
 * most half of them: a list of tools inside a box. An arrow into or out of such a frame says data enters or leaves the platform, not which part
 * takes it (the reader gives its end to the nearest part); with nothing connected inside, no flow runs
 * through the platform. A lane of one stage ("Sources", "Consumers") is not one: its parts are parallel.
 * Nested frames are judged on their own; the innermost qualifying frame of a part counts. Pure.
 */
export function blackBoxFrames(graph: DiagramGraph): BlackBoxFrame[] {
  if (graph.groups.length === 0) return [];
  const byId = new Map(graph.components.map((component) => [component.id, component]));
  const out: BlackBoxFrame[] = [];
  for (const group of graph.groups) {
    if ((group.kinds ?? []).some((kind) => kind !== 'unknown') || group.componentIds.length < BLACK_BOX_MIN_PARTS) continue;
    const inside = new Set(group.componentIds);
    const stages = new Set<KindCategory>();
    for (const id of group.componentIds) {
      const component = byId.get(id);
      if (component) for (const kind of kindsOf(component)) if (KIND_INFO[kind].category !== 'unknown') stages.add(KIND_INFO[kind].category);
    }
    if (stages.size < BLACK_BOX_STAGES) continue;
    let crossing = 0;
    let internal = false;
    const wired = new Set<string>();
    for (const edge of graph.edges) {
      const a = inside.has(edge.from);
      const b = inside.has(edge.to);
      if (a && b) {
        internal = true;
        break;
      }
      if (a) wired.add(edge.from);
      if (b) wired.add(edge.to);
      if (a || b) crossing += 1;
    }
    // A column of parts each wired on its own (a "Storage" lane fed part by part) is designed, not a black box:
    // only a frame whose arrows reach at most half of its parts says nothing about which part takes the data.
    if (internal || wired.size * 2 > group.componentIds.length) continue;
    out.push({ group, parts: group.componentIds.map((id) => byId.get(id)).filter((component) => component !== undefined), crossing });
  }
  return out;
}

/** The graph without the arrows that cross into or out of the given frames (a view; the lists are filtered, nothing else copied). */
export function withoutFrameArrows(graph: DiagramGraph, frames: readonly BlackBoxFrame[]): DiagramGraph {
  if (frames.every((frame) => frame.crossing === 0)) return graph;
  const inside = new Set(frames.flatMap((frame) => frame.group.componentIds));
  return { ...graph, edges: graph.edges.filter((edge) => !inside.has(edge.from) && !inside.has(edge.to)) };
}
