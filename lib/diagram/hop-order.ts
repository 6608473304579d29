import type { DiagramComponent } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';
import { kindsOf } from './component-view';
import type { GraphPath } from './find-path';
import { edgeHopKinds, hopCounter } from './find-path';
import { KIND_INFO } from './kind-info';
import type { KindCategory } from './kind-info';

/**
 * The layers of a data platform in the order data crosses them (sources, then the entry to the platform
 * and the stream, then the jobs, then the stores, then the consumers), as in every reference
 * architecture of the cases and the AWS, Azure and Google Cloud analytics reference architectures.
 */
const LAYER: Partial<Record<KindCategory, number>> = { source: 0, ingestion: 1, processing: 2, storage: 3, serving: 4 };
const SOURCE_LAYER = 0;
/** The entry layer: the gateway, CDC and the stream a flow's data must reach before any job or store. */
const ENTRY_LAYER = 1;
/**
 * Boxes that may stand before the stream because they only receive and hand on events: a thin function
 * (API Gateway -> Lambda -> Kinesis) and an API the apps post to ("Ingest API" -> Kafka).
 */
const SHIMS: ReadonlySet<ComponentKind> = new Set(['serverless_function', 'serving_api']);

/** A box drawn ahead of a stop it belongs after, and that stop. */
export interface MisplacedHop {
  hop: DiagramComponent;
  before: DiagramComponent;
}

/** The layers of a box's kinds (only those `only` accepts, when given: the kinds a stop is there for). */
function layers(component: DiagramComponent, only?: ReadonlySet<ComponentKind>): number[] {
  const out: number[] = [];
  for (const kind of kindsOf(component)) {
    if (only && !only.has(kind)) continue;
    const layer = LAYER[KIND_INFO[kind].category];
    if (layer !== undefined && !SHIMS.has(kind)) out.push(layer);
  }
  return out;
}

/**
 * The first box on a flow's path that sits ahead of the entry it belongs after: a job, store or
 * consumer between the source and the stream (or CDC, or the gateway) the flow passes, as in
 * "Driver app -> Flink -> Kafka -> Redis", where the job reads the app before the stream has the
 * events. Such a route is the flow with its hops swapped: the stream is there to make the events
 * durable and replayable before any job reads them. Only boxes the flow does not name are checked, and
 * only ahead of the entry layer: a store between the stream and the stream job (Kafka -> bronze Delta ->
 * Spark Structured Streaming) is the medallion pattern, not a swap. `stops` are the kinds the flow
 * starts from, passes (in order) and ends at; a stop's layer is that of the kinds it is there for.
 */
export function misplacedHop(
  path: GraphPath,
  byId: ReadonlyMap<string, DiagramComponent>,
  stops: { from: ReadonlySet<ComponentKind>; through: readonly ReadonlySet<ComponentKind>[]; to: ReadonlySet<ComponentKind> },
): MisplacedHop | undefined {
  const { through } = stops;
  const onPath: DiagramComponent[] = [];
  for (const id of path.componentIds) {
    const component = byId.get(id);
    if (component) onPath.push(component);
  }
  if (onPath.length < 3) return undefined;
  const { advance, overEdge } = hopCounter(through);
  // Which boxes are the flow's stops, and the kinds each is there for: the first, the last, and each named hop.
  const stop: (ReadonlySet<ComponentKind> | undefined)[] = onPath.map(() => undefined);
  stop[0] = stops.from;
  stop[onPath.length - 1] = stops.to;
  let done = advance(onPath[0]!, 0);
  for (let i = 1; i < onPath.length - 1; i += 1) {
    const edge = path.edges[i - 1];
    const afterEdge = edge ? overEdge(edgeHopKinds(edge), done) : done;
    const next = advance(onPath[i]!, afterEdge);
    if (next > afterEdge) stop[i] = through[afterEdge];
    done = next;
  }
  let previous = 0;
  for (let i = 1; i < onPath.length; i += 1) {
    if (stop[i]) {
      previous = i;
      continue;
    }
    let j = i + 1;
    while (!stop[j]) j += 1;
    // An application at the end of a flow consumes it (an alert service reading the stream): its layer says nothing of order.
    const own = layers(onPath[j]!, stop[j]);
    const next = j === onPath.length - 1 ? own.filter((layer) => layer !== SOURCE_LAYER) : own;
    if (next.length === 0) continue;
    const ends = [...layers(onPath[previous]!, stop[previous]), ...next];
    if (ends.length === 0) continue;
    const bound = Math.max(...ends);
    if (bound > ENTRY_LAYER) continue;
    const here = layers(onPath[i]!);
    if (here.length > 0 && Math.min(...here) > bound) return { hop: onPath[i]!, before: onPath[j]! };
  }
  return undefined;
}
