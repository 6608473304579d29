import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import { readCadence, readFreshClaim, readSchedule, readStreamTrigger } from '../text/cadence';
import type { Cadence } from '../text/cadence';
import type { ComponentKind } from './component-kinds';
import { kindsOf } from './component-view';
import type { GraphPath } from './find-path';

/**
 * How often a batch job runs when its label does not say: hourly at best. A scheduled job (Spark batch,
 * dbt, a database dump) cannot keep data fresher than its schedule, and schedules under an hour are
 * rare enough that an interviewer asks for them to be said.
 */
export const UNSTATED_BATCH_SECONDS = 3600;

/**
 * Kinds that run (or are loaded) on a schedule unless their label says otherwise: batch jobs, and a
 * warehouse in the middle of a route (loaded in batches; read by a job or API after the load).
 */
const BATCH_KINDS: ReadonlySet<ComponentKind> = new Set(['spark_batch', 'dbt']);
const BATCH_LOADED: ReadonlySet<ComponentKind> = new Set(['warehouse']);

/** What on a path keeps its data older than the consumer needs: a box or an arrow, and why. */
export type StaleHop =
  | { on: 'component'; component: DiagramComponent; said: string; seconds: number }
  | { on: 'edge'; edge: DiagramEdge; said: string; seconds: number };

/**
 * Kinds that move data as it arrives: their label's "real-time" is their nature, not a claim. Any other
 * box that says it streams has to show it: a said schedule of an hour or more beside the claim wins, and
 * a batch job "streaming" with no stream ahead of it on the path is still a batch job.
 */
const STREAMING_KINDS: ReadonlySet<ComponentKind> = new Set(['kafka', 'cdc', 'spark_streaming', 'flink', 'stream_processor', 'serverless_function', 'event_router', 'api_gateway', 'iot_devices', 'clickstream', 'app_service']);
/** Kinds that carry a stream a job behind them can read continuously (a log, a change capture, a stream job). */
const STREAM_CARRIERS: ReadonlySet<ComponentKind> = new Set(['kafka', 'cdc', 'spark_streaming', 'flink', 'stream_processor']);
/** Jobs that write each record as it comes (the hop before a store they load continuously). */
const STREAM_JOBS: ReadonlySet<ComponentKind> = new Set(['spark_streaming', 'flink', 'stream_processor']);
/**
 * The freshest need a warehouse loaded straight from a stream job still meets: streaming inserts land
 * in seconds to a minute (Snowpipe Streaming, BigQuery's Storage Write API, a Flink JDBC sink), so a
 * census due within two minutes is met; a price due within 30 seconds is not.
 */
export const STREAM_LOADED_SECONDS = 60;
/** Stores that hold data at rest: a job behind one reads files or tables, not the stream before them. */
const AT_REST: ReadonlySet<ComponentKind> = new Set(['object_store', 'table_format', 'bronze_layer', 'silver_layer', 'gold_layer', 'warehouse']);
/** A schedule this slow beside a stream word is what the box does ("Nightly Spark (real-time engine)"). */
const CLAIM_BEATEN_SECONDS = 3600;

/** Most labels whose readings are kept; past it the memo starts again (a scene has a few hundred labels). */
const LABEL_MEMO_LIMIT = 4096;
/** A label's cadence readings: readCadence always; readSchedule and readStreamTrigger once asked. */
type LabelReadings = { cadence: Cadence | undefined; schedule?: Cadence | undefined; trigger?: Cadence | undefined };
/** Labels' cadence readings, by label text. */
const LABEL_CADENCE = new Map<string, LabelReadings>();

/**
 * readCadence of a label, its readSchedule when `withSchedule` and its readStreamTrigger when `withTrigger`: the same readings, read once per label
 * text instead of once per path, hop and re-score (the freshness checks ask about every box on every
 * route; the text reading was a sixth of a 500-element scene's score). The readings are shared: read only.
 */
function labelCadence(label: string, withSchedule: boolean, withTrigger = false): LabelReadings {
  let known = LABEL_CADENCE.get(label);
  if (known === undefined) {
    if (LABEL_CADENCE.size >= LABEL_MEMO_LIMIT) LABEL_CADENCE.clear();
    known = { cadence: readCadence(label) };
    LABEL_CADENCE.set(label, known);
  }
  if (withSchedule && !('schedule' in known)) known.schedule = readSchedule(label);
  if (withTrigger && !('trigger' in known)) known.trigger = readStreamTrigger(label);
  return known;
}

/** How old data that passed a hop can be, in seconds, from its label and kind; undefined when fresh. */
function hopAge(label: string, kinds: readonly ComponentKind[], middle: boolean, streamed = true): { said: string; seconds: number } | undefined {
  const { cadence } = labelCadence(label, false);
  if (cadence?.style === 'stream') {
    if (kinds.some((kind) => STREAMING_KINDS.has(kind))) {
      // A stream job triggered hourly or slower ("Structured Streaming, hourly trigger") is a batch in all but name.
      const { trigger } = labelCadence(label, false, true);
      return trigger?.seconds !== undefined && trigger.seconds >= CLAIM_BEATEN_SECONDS ? { said: trigger.said, seconds: trigger.seconds } : undefined;
    }
    const { schedule } = labelCadence(label, true);
    if (schedule?.seconds !== undefined && schedule.seconds >= CLAIM_BEATEN_SECONDS) return { said: schedule.said, seconds: schedule.seconds };
    // A batch job that only says it streams, fed by no stream: the label claims what the drawing cannot do.
    if (!streamed && kinds.some((kind) => BATCH_KINDS.has(kind))) return { said: '', seconds: UNSTATED_BATCH_SECONDS };
    return undefined;
  }
  if (cadence?.seconds !== undefined) return { said: cadence.said, seconds: cadence.seconds };
  const scheduled = kinds.some((kind) => BATCH_KINDS.has(kind) || (middle && BATCH_LOADED.has(kind)));
  if (cadence || scheduled) return { said: cadence?.said ?? '', seconds: UNSTATED_BATCH_SECONDS };
  return undefined;
}

/**
 * Is this box, as a middle hop, too slow for a consumer that needs data within `needSeconds`: a batch
 * job (Spark batch, dbt) or a warehouse with no faster schedule in its label, or any box whose label
 * names a slower schedule ("nightly dump", "every 15 min"). A label that says it streams ("micro-batch",
 * "streaming") keeps it fresh.
 */
export function isStaleComponent(component: DiagramComponent, needSeconds: number): boolean {
  const age = hopAge(component.label, kindsOf(component), true);
  return age !== undefined && age.seconds > needSeconds;
}

/**
 * The first hop of `path` (its boxes, then its arrows' labels, in path order) whose schedule is slower
 * than `needSeconds`, or undefined when the whole path can deliver data that fresh. Pure; O(path).
 */
export function staleHop(path: GraphPath, byId: ReadonlyMap<string, DiagramComponent>, needSeconds: number): StaleHop | undefined {
  let streamed = false;
  let afterStreamJob = false;
  for (let i = 0; i < path.componentIds.length; i++) {
    const component = byId.get(path.componentIds[i]!);
    if (component) {
      // A warehouse a stream job writes into as it goes is loaded continuously, fresh to the minute.
      const loadedByStream = afterStreamJob && needSeconds >= STREAM_LOADED_SECONDS;
      const middle = i > 0 && i < path.componentIds.length - 1 && !loadedByStream;
      const kinds = kindsOf(component);
      const age = hopAge(component.label, kinds, middle, streamed);
      afterStreamJob = kinds.some((kind) => STREAM_JOBS.has(kind));
      if (age && age.seconds > needSeconds) return { on: 'component', component, ...age };
      if (kinds.some((kind) => STREAM_CARRIERS.has(kind))) streamed = true;
      else if (kinds.some((kind) => AT_REST.has(kind))) streamed = false;
    }
    const edge = path.edges[i];
    if (edge && edge.label !== '') {
      const age = hopAge(edge.label, [], true);
      if (age && age.seconds > needSeconds) return { on: 'edge', edge, ...age };
    }
  }
  return undefined;
}

/** Is this arrow's label a schedule slower than `needSeconds` ("nightly", "every 15 min")? Pure. */
export function isStaleEdge(edge: DiagramEdge, needSeconds: number): boolean {
  if (edge.label === '') return false;
  const age = hopAge(edge.label, [], true);
  return age !== undefined && age.seconds > needSeconds;
}

/**
 * Does a stale hop say or be its schedule: a label naming one ("nightly", "every 5 min") or a batch
 * job (Spark batch, dbt)? False for a warehouse stale only because warehouses load in batches (a
 * store of the wrong kind, judged as such, not a route that waits for a schedule). Pure.
 */
export function isScheduledHop(hop: StaleHop): boolean {
  if (hop.said !== '') return true;
  return hop.on === 'component' && kindsOf(hop.component).some((kind) => BATCH_KINDS.has(kind));
}

/** "30 seconds", "2 minutes", "an hour", "a day": a freshness need or a schedule in words. */
export function describeSeconds(seconds: number): string {
  const units: [number, string][] = [
    [86_400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ];
  for (const [size, name] of units) {
    if (seconds < size) continue;
    const count = Math.round((seconds / size) * 10) / 10;
    return count === 1 ? `${name === 'hour' ? 'an' : 'a'} ${name}` : `${count} ${name}s`;
  }
  return `${seconds} seconds`;
}

/**
 * A box whose label claims fresh data ("Real-time scoring < 100 ms", "Live ops map"; lib/text's
 * readFreshClaim) that no route of arrows can feed that fresh: every route into it passes a box or
 * arrow slower than `needSeconds` (a daily Spark job, a warehouse; see isStaleComponent), and at least
 * one route reaches it. Routes start at the boxes with no arrow in; lines without arrowheads are read
 * both ways. The first such box with its claim and the slow box upstream of it, or undefined. Pure;
 * O(boxes + arrows).
 */
export function defeatedFreshClaim(
  graph: DiagramGraph,
  needSeconds: number,
): { component: DiagramComponent; claim: string; slow: DiagramComponent } | undefined {
  const next = new Map<string, string[]>();
  const prev = new Map<string, string[]>();
  const append = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  };
  const link = (from: string, to: string) => {
    append(next, from, to);
    append(prev, to, from);
  };
  // Boxes an arrowhead points into: a line without heads says no direction, so it makes no box downstream.
  const pointedAt = new Set<string>();
  for (const edge of graph.edges) {
    if (!edge.undirected) pointedAt.add(edge.to);
    if (isStaleEdge(edge, needSeconds)) continue;
    link(edge.from, edge.to);
    if (edge.undirected) link(edge.to, edge.from);
  }
  const byId = new Map(graph.components.map((component) => [component.id, component]));
  // Each box is asked about from every route through it: judge it once.
  const staleById = new Map<string, boolean>();
  const stale = (id: string) => {
    let known = staleById.get(id);
    if (known === undefined) {
      const component = byId.get(id);
      known = component !== undefined && isStaleComponent(component, needSeconds);
      staleById.set(id, known);
    }
    return known;
  };
  // Boxes fresh data can reach: from every box no arrow points into, through boxes that are not slow.
  const fresh = new Set<string>();
  const queue = graph.components.filter((component) => !pointedAt.has(component.id) && !stale(component.id)).map((component) => component.id);
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (fresh.has(id)) continue;
    fresh.add(id);
    for (const to of next.get(id) ?? []) if (!fresh.has(to) && !stale(to)) queue.push(to);
  }
  for (const component of graph.components) {
    if (fresh.has(component.id) || stale(component.id) || (prev.get(component.id) ?? []).length === 0) continue;
    if (kindsOf(component).some((kind) => STREAMING_KINDS.has(kind))) continue;
    const claim = readFreshClaim(component.label);
    if (claim === undefined) continue;
    const slow = (prev.get(component.id) ?? []).map((id) => byId.get(id)).find((up) => up !== undefined && stale(up.id));
    const upstream = slow ?? upstreamStale(component.id, prev, stale, byId);
    if (upstream) return { component, claim, slow: upstream };
  }
  return undefined;
}

function upstreamStale(id: string, prev: ReadonlyMap<string, string[]>, stale: (id: string) => boolean, byId: ReadonlyMap<string, DiagramComponent>): DiagramComponent | undefined {
  const seen = new Set<string>([id]);
  const queue = [...(prev.get(id) ?? [])];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (seen.has(at)) continue;
    seen.add(at);
    if (stale(at)) return byId.get(at);
    queue.push(...(prev.get(at) ?? []));
  }
  return undefined;
}

/**
 * The graph with each box inside a frame or container whose title names a schedule with its interval
 * ("Hourly processing", "Nightly batch (02:00)") labelled with that schedule too, unless its own label
 * already says how often it runs: a lane drawn as a layer says when everything in it runs, as a label on
 * each box would. The input graph when no title names an interval. Pure; never throws.
 */
export function withFrameSchedules(graph: DiagramGraph): DiagramGraph {
  const scheduleOf = new Map<string, string>();
  for (const group of graph.groups) {
    if (group.label === '') continue;
    const schedule = readSchedule(group.label);
    if (schedule?.seconds === undefined) continue;
    for (const id of group.componentIds) if (!scheduleOf.has(id)) scheduleOf.set(id, schedule.said);
  }
  if (scheduleOf.size === 0) return graph;
  let changed = false;
  const components = graph.components.map((component) => {
    const said = scheduleOf.get(component.id);
    if (said === undefined || readCadence(component.label) !== undefined) return component;
    changed = true;
    return { ...component, label: component.label === '' ? `(${said})` : `${component.label} (${said})` };
  });
  return changed ? { ...graph, components } : graph;
}
