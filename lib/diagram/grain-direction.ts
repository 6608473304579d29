import type { DiagramComponent } from '../canvas/diagram-graph';
import type { GraphPath } from './find-path';
import { againstTheGrain } from './flow-order';

/**
 * How many lines without arrowheads a route of arrows may have and still be read as directed when each
 * line could carry data one way only: one slip on a whiteboard, where the rest of the route says the direction.
 */
export const GRAIN_READ_MAX_LINES = 1;

/**
 * Whether a route found over lines without arrowheads reads as directed all the same: it has at most
 * GRAIN_READ_MAX_LINES such lines, at least one arrow, and every line joins two boxes data could cross
 * only the way the route walks it (Kafka to the archive: an object store never feeds the stream, see
 * flow-order.ts). An interviewer reads "Kafka — S3" on a board of arrows as Kafka into S3. `path` is
 * walked source first (componentIds[i] to componentIds[i + 1] over edges[i]). Pure.
 */
export function readByGrain(path: GraphPath, byId: ReadonlyMap<string, DiagramComponent>): boolean {
  let lines = 0;
  let arrows = 0;
  for (let i = 0; i < path.edges.length; i += 1) {
    const edge = path.edges[i]!;
    if (!edge.undirected) {
      arrows += 1;
      continue;
    }
    lines += 1;
    const from = byId.get(path.componentIds[i]!);
    const to = byId.get(path.componentIds[i + 1]!);
    // The walked way must make sense and the other way must not.
    if (!from || !to || lines > GRAIN_READ_MAX_LINES || againstTheGrain(from, to) || !againstTheGrain(to, from)) return false;
  }
  return lines > 0 && arrows > 0;
}
