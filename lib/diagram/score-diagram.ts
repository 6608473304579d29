import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import type { SetAsideReason } from '../canvas/label-status';
import { labelCorrections } from '../canvas/classify-kind';
import { lowerFirst } from '../util/wording';
import type { Rubric } from '../content/rubric-schema';
import type { Finding, StepResult } from '../scoring/finding';
import { capScore, sortFindings, stepResult } from '../scoring/score';
import { assertNever } from '../util/assert-never';
import type { ComponentKind } from './component-kinds';
import { isAnyOf, kindsOf } from './component-view';
import type { GraphPath } from './find-path';
import { componentsById, dataPathHop, findFlowPath, headlessHop, hopCounter, isDataPathKind, isDirectRoute } from './find-path';
import { acceptedHopKinds, acceptedKinds } from './kind-equivalence';
import { findFlowGap } from './flow-gap';
import { findHairball } from './hairball';
import type { Hairball } from './hairball';
import { KIND_INFO, kindLabel, placementHint } from './kind-info';
import type { Miswire, Wiring } from './part-wiring';
import { findThreadedChain } from './threaded-chain';
import { capOffCase } from '../text/case-fit';
import { diagramCaseFit, foreignFed, foreignSubjects } from './case-subject';
import { withCaseSources } from './case-sources';
import type { SourceReading } from './case-sources';
import { blackBoxFrames, withoutFrameArrows } from './black-box-frame';
import type { BlackBoxFrame } from './black-box-frame';
import { readByGrain } from './grain-direction';
import { misfedBoxes } from './flow-provenance';
import type { MisplacedFeed } from './flow-provenance';
import { misplacedHop } from './hop-order';
import { defeatedFreshClaim, withFrameSchedules, describeSeconds, isScheduledHop, isStaleComponent, isStaleEdge, staleHop, UNSTATED_BATCH_SECONDS } from './path-freshness';
import type { StaleHop } from './path-freshness';
import { isStoreKind, standInStore } from './wrong-store';
import { routesElsewhere } from './routes-elsewhere';
import { isUnreadStore, reachesReader, unreadEnd } from './unread-output';
import { storeWithReaders } from './store-with-readers';
import { withStoresByPlace } from './store-by-place';
import { jobFedReader } from './job-fed-reader';
import { sourceLoops } from './source-loop';
import { readLayoutDirection } from './headless-layout';
import { withBrokerClusters } from './broker-cluster';
import { withStreamJobsByPlace } from './stream-job-by-place';
import type { LayoutReading } from './headless-layout';
import type { ThreadedChain } from './threaded-chain';
import { WIRING_RANK, wiringOf } from './part-wiring';
import { qualifierKinds } from './qualifier-kinds';
import { UNDECIDED_CAP, undecidedDesign, undecidedFinding } from './undecided-boxes';
import { describeStages, KITCHEN_SINK_STOPS, kitchenSinks, mostStopsInOneBox, withoutComponents } from './kitchen-sink';
import type { KitchenSink } from './kitchen-sink';
import { duplicateSystems } from './duplicate-system';
import { withArrowLabelKinds } from './arrow-label-kinds';
import { subjectEndRefused } from './flow-subject';
import { pairedBoxes } from './paired-boxes';
import { openEndFlow } from './open-end-flow';
import type { ArrowNamedBox } from './arrow-label-kinds';

export type DiagramRubric = Rubric['steps']['diagram'];
type Antipattern = DiagramRubric['antipatterns'][number];
type KindRequirement = DiagramRubric['requiredKinds'][number];
type Flow = DiagramRubric['flows'][number];

/**
 * How the 100 points split when the case names flows: the data flows carry the grade, the parts
 * (components present and wired) the rest. An interviewer reads a diagram by its arrows.
 */
export const FLOWS_SHARE = 0.75;
/**
 * A part no arrow touches earns this share of its points: present, but not part of the design yet. Below
 * HEADLESS_PART_SHARE (connected, direction unknown); a palette of every part with no arrow earns about
 * a tenth of the grade, as an interviewer gives a parts list.
 */
export const UNCONNECTED_PART_SHARE = 0.35;
/**
 * A part on a diagram with no arrow at all earns this share of its points: the flows already cost the missing
 * arrows every point they carry (FLOWS_SHARE), so the parts are not docked again for the same omission as
 * fully as a part left out of a design that has arrows (UNCONNECTED_PART_SHARE). The hand-graded rounds sign
 * the right boxes with no arrow 12-18 (r6, r7, r13, the seen sets: "all the right boxes laid out, not one
 * arrow") and round 23's full set of case-specific boxes in sensible rows 30, against the engine's 7-9 at the
 * unconnected share.
 */
export const NO_ARROWS_PART_SHARE = 0.6;
/** A part whose only arrows run where no data could go (a dashboard feeding Airflow): placed, not designed. */
export const MISWIRED_PART_SHARE = 0.2;
/** A part touched only by lines without arrowheads: connected, direction unknown. */
export const HEADLESS_PART_SHARE = 0.4;
/** A flow whose path needs a line without arrowheads: the connection is there, the direction is not said. */
export const HEADLESS_FLOW_SHARE = 0.5;
/**
 * A part joined only by arrows with heads at both ends: connected both ways, so it serves a flow in either
 * direction, but the drawing never chose one. More than a bare line (the drawer thought about arrows),
 * less than a directed arrow.
 */
export const TWO_WAY_PART_SHARE = 0.8;
/**
 * A flow whose path needs arrows with heads at both ends (and no bare line): the route is drawn and could
 * carry the data, but which way it goes is not said. An interviewer asks to redraw the arrows and grades a
 * right design drawn all double-headed as mediocre, not failed (round-17 blind grade: 58 for right parts
 * joined both ways, where its directed drawing earns about 70).
 */
export const TWO_WAY_FLOW_SHARE = 0.85;
/**
 * A flow with every hop drawn but one link missing (or one named hop skipped) earns this share of its
 * points times the share of its links that are drawn: the connected part is design, the gap is not.
 */
export const PARTIAL_FLOW_SHARE = 0.5;
/**
 * A flow drawn in order but for one arrow earns this share of its points times the share of its arrows
 * that are drawn: a missing arrow on a route that is otherwise right is a slip, not a misunderstanding,
 * and an interviewer gives most of the flow (3 of 4 arrows drawn: 0.6 of the points).
 */
export const ONE_GAP_FLOW_SHARE = 0.8;
/**
 * A flow drawn right but for one end, where an empty box stands (an unlabelled store that the stream job
 * writes and the pricing service reads; see open-end-flow.ts), earns this share: the arrows are the design,
 * the box says nothing, and an interviewer asks what it is and gives part credit. Round-24 blind grade: 55
 * for a ride-hailing design whose three stores are empty boxes with the flows into and out of them right.
 */
export const BLANK_END_FLOW_SHARE = 0.5;
/**
 * A flow whose source is drawn nowhere but whose route from its first named hop on is right (Kafka ->
 * Flink -> Redis with no switch feeding Kafka; see open-end-flow.ts) earns this share: the outputs half of
 * the flow. Round-24 blind grade: 50 for a card design whose every flow starts at a bare Kafka box
 * ("half a design").
 */
export const SOURCELESS_FLOW_SHARE = 0.5;
/**
 * Points (of 100) taken for each system drawn twice with flows that never meet (see duplicate-system.ts):
 * two unconnected "Kafka" boxes leave the reader asking whether the paths share one stream. Like an
 * antipattern it counts toward MAX_PENALTY_SHARE. Round-17 blind grade: a right main path with a second,
 * unconnected Kafka, marked down for it among other gaps.
 */
export const DUPLICATE_SYSTEM_PENALTY = 8;
/**
 * Points (of 100) taken for each box holding two components of different stages, when a diagram has at least
 * PAIRED_BOXES_AT_LEAST of them (see paired-boxes.ts), up to PAIRED_BOXES_MAX_PENALTY; counts toward
 * MAX_PENALTY_SHARE like an antipattern. Round-19 blind grade: 82 for a right design drawn in pairs ("Kafka +
 * Flink", "Snowflake + BI"), -18 mostly for the pairing.
 */
export const PAIRED_BOX_PENALTY = 2;
export const PAIRED_BOXES_AT_LEAST = 3;
export const PAIRED_BOXES_MAX_PENALTY = 10;
/**
 * Boxes a route with one gap may pass between two consecutive stops of the flow (a gateway before the
 * stream, a stream job after it), each a connector or job (see carriesData): a longer leg is boxes
 * lined up, not the flow with one arrow left out.
 */
export const GAP_EXTRA_PER_LEG = 1;
/**
 * A part or flow drawn only inside one box that names tools of several stages (see kitchen-sink.ts)
 * earns this share: the tool is named, but nothing says how data moves between it and the rest of the
 * box. An interviewer reads "Kafka + Spark + Delta + Airflow + dbt" as a list, not as a design.
 */
export const KITCHEN_SINK_SHARE = 0.15;
/**
 * A flow drawn with its hops out of order (a job ahead of the stream it should read, or the named hops
 * swapped) earns this share: the parts are joined, but the design does not work that way. An
 * interviewer gives a diagram with one swap more than a shuffled one, but far less than the right order.
 */
export const MISORDERED_FLOW_SHARE = 0.3;
/**
 * A flow drawn from a box whose data comes only through an arrow no data could follow (the lake feeding
 * Kafka, a dashboard feeding Flink) earns this share: the route is there, but it carries nothing.
 */
export const MISFED_FLOW_SHARE = 0.15;
/**
 * A flow drawn through a batch hop when its consumer needs data within seconds or minutes (the flow's
 * freshnessSeconds) earns this share: the shape is right, but it misses the point of the flow. An
 * interviewer reads surge computed by a nightly Spark job as a different, wrong design and gives the
 * flow nothing (round-8 blind grade: a 5-minute batch surge path scored as if the path were absent).
 */
export const STALE_FLOW_SHARE = 0;
/**
 * A flow drawn in the right shape but with a store of another kind where it needs its store (features
 * written to a warehouse the scoring API reads, a cache as the ledger) earns this share: the arrows are
 * right, the things they join are not. An interviewer gives little for it (see wrong-store.ts).
 */
export const WRONG_STORE_FLOW_SHARE = 0.15;
/**
 * The most a diagram scores when every flow carrying the case's core freshness need (its flows with
 * the tightest freshnessSeconds: IoT alerts within 10 seconds, surge within 30) is drawn through a
 * scheduled hop (a batch job, a label saying "nightly"; see isScheduledHop) placed after a stream job that could have met it: the streaming boxes are drawn, the
 * wiring defeats them, and the job's data reaches no consumer freshly (see servesFreshly). An interviewer fails such a design whatever presence points its boxes carry
 * (round-10 blind grade: alerts raised by a nightly Spark job over the archive Flink writes, 15). An
 * honest batch design with no stream job on the route is judged by its flows alone (round 8: 48).
 */
export const CORE_FRESHNESS_CAP = 20;
/**
 * A part or flow drawn only with boxes named for another business (see case-subject.ts: "Shop
 * Postgres" as the IoT case's MES, "Snowflake sales" as its time-series store, or a stream fed only by
 * them) earns this share: the kinds are right, but the design is another case's. An interviewer gives
 * a diagram pasted from another case next to nothing (round-12 blind grade: 5).
 */
export const FOREIGN_SUBJECT_SHARE = 0.15;
/**
 * The most a diagram scores when the case's first priority (its first design use case) is also its
 * tightest freshness need and the diagram does not serve it: no flow of that need is drawn right and no
 * stream job reaches a consumer of it through fresh hops (the bed census read from an hourly batch, the
 * fraud features left out). Whatever else is drawn well, an interviewer grades such a design as at most
 * half done (hand grades of first-priority misses, rounds 4-14: 25 to 50), where the need's flow weighs
 * only a fifth of the rubric.
 */
export const FIRST_PRIORITY_CAP = 50;
/**
 * A flow carrying a consumer's freshness need (its `freshnessSeconds`) drawn right up to its store, with
 * nothing reading that store (no API, app or dashboard: "Redis surge" that no pricing service calls), earns
 * this share: the data lands fresh where the use case's user never sees it, so the need is not met, as a
 * flow whose freshness a slow hop defeats earns nothing (STALE_FLOW_SHARE). The parts still earn their
 * points. When the flow carries the case's first priority, the design is also capped (FIRST_PRIORITY_CAP).
 * Round-15 blind grades: 55 for such diagrams where the full flow gave 74.
 */
export const UNREAD_END_SHARE = 0;
/**
 * The most a diagram scores when no arrow reaches a reader of its outputs at all (no dashboard, serving API,
 * application or paged alert fed by what the pipeline stores or computes): the ingestion and processing may
 * be right, but no use case reaches its user, and an interviewer grades it as half a design at most, as a
 * first priority left unserved (FIRST_PRIORITY_CAP). Round-15 blind grade: 55 for a right pipeline that no
 * dashboard or ops view reads.
 */
export const UNSERVED_CAP = FIRST_PRIORITY_CAP;
/**
 * The most of a diagram's earned points its antipatterns take (dashboards on the OLTP database, no
 * schema management): the penalty a rubric sets is sized for a design that is mostly drawn, and on a
 * drawing that earns little it would wipe out what the boxes do show. Round-14 blind grade: a hub of
 * two-headed arrows with the dashboard joined to the trip database, 20, where the full penalty left 0;
 * across the golden rounds a share of 0.25-0.3 fits the hand grades best (diagram MAE 6.51 at 0.5).
 */
export const MAX_PENALTY_SHARE = 0.3;
/**
 * What a drawing keeps when no line has an arrowhead and the direction is read from its layout (see
 * headless-layout.ts): an interviewer reads a whiteboard left to right and grades the design, but asks
 * which way each line goes (round-16 blind grade: 65 for right boxes joined by plain lines, where the
 * same design with arrows would earn about 75).
 */
export const LAYOUT_DIRECTION_SHARE = 0.65;
/**
 * What a drawing keeps when no line has an arrowhead but its layout leaves no doubt about the direction
 * (see LayoutReading.consistent: every line runs with the data order along one axis): a little below the
 * same drawing with arrows. Round-18 blind grade: 80 for a right design drawn left to right with plain
 * lines ("the left-to-right order makes the direction unambiguous"); round 16: 65 for a design whose
 * content is worth about 75-80, its direction "guessed from the layout".
 */
export const CONSISTENT_LAYOUT_SHARE = 0.85;
/** The share of the flows' points a layout must read for it to leave no doubt (see CONSISTENT_LAYOUT_SHARE). */
export const LAYOUT_CLEAR_FLOWS = 0.5;
/**
 * What a drawing keeps when some of its boxes are generic ("stream job", "Store", an unlabelled icon) and
 * only an arrow's label names what they are ("Flink, watermark 1 h" into "stream job"; see
 * arrow-label-kinds.ts): an interviewer reads the labels together and grades the design, a little below
 * the same diagram with named boxes (round-18 blind grade: 85 for generic boxes with telling arrow labels).
 */
export const ARROW_NAMED_SHARE = 0.95;
/**
 * What a diagram keeps when its links are written as text with arrows ("driver app -> API gateway -> Kafka")
 * instead of drawn (see lib/canvas/text-chains.ts): the content is read and graded, a little below the same
 * design drawn, because the step asks for a drawing and the reader assembles the graph from repeated names.
 * Round-20 blind grade: 72 for a right, complete ride-hailing design written as six lines of text.
 */
export const WRITTEN_CHAIN_SHARE = 0.8;
/** Kinds that process a stream as it arrives: on a core route ahead of a batch hop, they were drawn to meet the need. */
const STREAM_JOB_KINDS: ReadonlySet<ComponentKind> = new Set(['flink', 'spark_streaming', 'stream_processor']);

/** A label that says the stream is one broker: "single broker", "1 Kafka broker", "single node". */
const SINGLE_BROKER = /\b(single|one|1)[\s-]*(kafka[\s-]*)?(broker|brk|node)\b/i;
/** A label that says the stream is several brokers or replicated: "3 brokers", "x3", "RF=3", "cluster". */
const SEVERAL_BROKERS = /\b(brokers|brks|nodes|cluster|replicas?|replicated|replication|rf\s*=?\s*[2-9]|min\.?\s*insync\w*)\b|\bx\s*[2-9]\b|\b[2-9]\s*x\b/i;
/** A lone stream box named as one broker: "broker", "Kafka broker", "kafka-1", "broker 1". */
const ONE_BROKER_NAME = /\b(broker|brk)\b|\b(kafka|broker|node)[\s_-]*(1|one)\b/i;

const round1 = (n: number) => Math.round(n * 10) / 10;

function elementsOf(components: readonly DiagramComponent[]): string[] {
  // A component's own ids are already sorted and distinct.
  if (components.length === 1) return [...components[0]!.elementIds];
  const ids = new Set<string>();
  for (const component of components) for (const id of component.elementIds) ids.add(id);
  return [...ids].sort();
}

function nameOf(component: DiagramComponent): string {
  return component.label ? `"${component.label}"` : component.kind === 'unknown' ? 'an unlabelled box' : withArticle(kindLabel(component.kind));
}

function quoteWords(words: readonly string[]): string {
  return [...new Set(words)].slice(0, 4).map((word) => `"${word}"`).join(', ');
}

function listLabels(components: readonly DiagramComponent[]): string {
  const labels = components.map(nameOf);
  return labels.length <= 3 ? labels.join(', ') : `${labels.slice(0, 3).join(', ')} and ${labels.length - 3} more`;
}

interface Scale {
  parts: number;
  flows: number;
}

function excludedOf(requirement: { notEquivalent?: { kind: ComponentKind; why: string }[] | undefined }): ComponentKind[] {
  return (requirement.notEquivalent ?? []).map((entry) => entry.kind);
}

/** What is not drawn yet, without naming the expected part or flow (Finding.neutral). */
const NEUTRAL_PART_MISSING = 'Your diagram does not have one of the parts this case needs yet.';
const NEUTRAL_FLOW_MISSING = 'Your diagram does not show one of the data flows this case needs yet.';

function scoreKindRequirement(
  graph: DiagramGraph,
  requirement: KindRequirement,
  code: string,
  wired: { wiring: Map<string, Wiring>; miswired: readonly Miswire[] },
  weight: number,
  onFlow: ReadonlySet<string>,
  threaded: ThreadedChain | undefined,
  sinks: ReadonlyMap<string, KitchenSink>,
  foreign: ReadonlyMap<string, readonly string[]>,
): { earned: number; findings: Finding[] } {
  const points = round1(requirement.points * weight);
  const accepted = acceptedKinds(requirement.anyOf, excludedOf(requirement));
  const named = graph.components.filter((component) => isAnyOf(component, accepted));
  const matches = named.filter((component) => !sinks.has(component.id));
  if (matches.length === 0 && named.length > 0) {
    const earned = round1(points * KITCHEN_SINK_SHARE);
    const sink = sinks.get(named[0]!.id)!;
    return {
      earned,
      findings: [
        { code, severity: 'good', points: earned, message: `${requirement.label}: named in ${listLabels(named)}.`, refs: elementsOf(named) },
        {
          code: `${code}.one-box`,
          severity: 'missing',
          points: round1(points - earned),
          message: `${requirement.label} is only named in ${nameOf(sink.component)}, one box that lists tools of ${describeStages(sink.stages)}: a box is one component, so draw it as its own box with the arrows that carry its data (it earns ${earned} of ${points}).`,
          refs: elementsOf(named),
        },
      ],
    };
  }
  if (matches.length === 0) {
    const first = requirement.anyOf[0] as ComponentKind;
    const options = requirement.anyOf.map(kindLabel).join(' or ');
    const excluded = (requirement.notEquivalent ?? []).filter((entry) => graph.components.some((component) => kindsOf(component).includes(entry.kind)));
    const because = excluded.map((entry) => ` ${withArticle(kindLabel(entry.kind))} does not stand in for it here: ${entry.why}`).join('');
    return {
      earned: 0,
      findings: [{ code, severity: 'missing', points, message: `Missing: ${lowerFirst(requirement.label)} (${options}). ${requirement.why}${because} It would go ${placementHint(first)}.`, neutral: NEUTRAL_PART_MISSING }],
    };
  }
  const stateOf = (component: DiagramComponent): Wiring => (onFlow.has(component.id) ? 'directed' : (wired.wiring.get(component.id) ?? 'none'));
  const rankOf = (component: DiagramComponent) => (onFlow.has(component.id) ? 5 : WIRING_RANK[stateOf(component)]);
  let best = matches[0]!;
  for (const component of matches) if (rankOf(component) > rankOf(best)) best = component;
  if (matches.every((component) => foreign.has(component.id))) {
    const earned = round1(points * FOREIGN_SUBJECT_SHARE);
    return {
      earned,
      findings: [
        {
          code: `${code}.foreign-subject`,
          severity: 'wrong',
          points: round1(points - earned),
          message: `${requirement.label}: ${listLabels(matches)} ${matches.length === 1 ? 'is' : 'are'} named for another business (${quoteWords(matches.flatMap((component) => foreign.get(component.id) ?? []))}), not this case's: name the box for what it is here (it earns ${earned} of ${points}).`,
          refs: elementsOf(matches),
        },
      ],
    };
  }
  const state = stateOf(best);
  // On a line threaded through the boxes in no data order, a part is placed, not designed.
  const onThread = threaded !== undefined && state !== 'none';
  const share = onThread ? MISWIRED_PART_SHARE : state === 'none' && graph.edges.length === 0 ? NO_ARROWS_PART_SHARE : PART_SHARE[state];
  const earned = round1(points * share);
  const findings: Finding[] = [{ code, severity: 'good', points: earned, message: `${requirement.label}: ${listLabels(matches)}.`, refs: elementsOf(matches) }];
  if (onThread) {
    findings.push({
      code: `${code}.role`,
      severity: 'missing',
      points: round1(points - earned),
      message: `${requirement.label} is drawn but only on a line threaded through the boxes in an order no data could follow: draw where its data comes from and where it goes (it earns ${earned} of ${points}).`,
      refs: elementsOf([best]),
    });
  } else if (state !== 'directed') findings.push(partShortfall(code, requirement.label, best, state, wired.miswired, graph.edges, points, earned));
  return { earned, findings };
}

/** Every kind the case's diagram rubric asks for anywhere, with the kinds that stand in for them. */
function kindsOfCase(diagram: DiagramRubric): Set<ComponentKind> {
  const kinds = new Set<ComponentKind>();
  const addAll = (list: readonly ComponentKind[]) => acceptedKinds(list, []).forEach((kind) => kinds.add(kind));
  for (const requirement of [...diagram.requiredKinds, ...diagram.errorHandling]) addAll(requirement.anyOf as ComponentKind[]);
  for (const flow of diagram.flows) {
    addAll(flow.from as ComponentKind[]);
    addAll(flow.to as ComponentKind[]);
    for (const hop of flow.through ?? []) addAll(hop as ComponentKind[]);
  }
  return kinds;
}

/** The share of a part's points for how its best match is wired. */
const PART_SHARE: Record<Wiring, number> = { directed: 1, twoWay: TWO_WAY_PART_SHARE, headless: HEADLESS_PART_SHARE, miswired: MISWIRED_PART_SHARE, none: UNCONNECTED_PART_SHARE };

/** Why a drawn part earns less than its points: unconnected, direction unknown, or wired where no data could go. */
function partShortfall(
  code: string,
  label: string,
  part: DiagramComponent,
  state: Exclude<Wiring, 'directed'>,
  miswired: readonly Miswire[],
  edges: readonly DiagramEdge[],
  points: number,
  earned: number,
): Finding {
  const arrows = miswired.filter((wire) => wire.from.id === part.id || wire.to.id === part.id);
  let suffix: string;
  let why: string;
  let refs = elementsOf([part]);
  switch (state) {
    case 'none':
      suffix = 'unconnected';
      why = `nothing connects to ${nameOf(part)}: draw the arrows that carry data in and out of it`;
      break;
    case 'twoWay':
    case 'headless':
      suffix = 'direction';
      why = `${nameOf(part)} is joined only by ${undirectedLines(edges.filter((edge) => edge.from === part.id || edge.to === part.id))}: draw one arrowhead, in the direction the data flows`;
      break;
    case 'miswired': {
      suffix = 'role';
      const first = arrows[0];
      why = first
        ? `its only arrows go where no data could: ${describeMiswire(first)}`
        : `${nameOf(part)} is joined only to schedulers, monitors or catalogs, which carry no data: draw where its data comes from and where it goes`;
      refs = [...new Set([...refs, ...arrows.flatMap((wire) => wire.edge.elementIds)])].sort();
      break;
    }
    default:
      return assertNever(state, 'part wiring');
  }
  return { code: `${code}.${suffix}`, severity: 'missing', points: round1(points - earned), message: `${label} is drawn but ${why} (it earns ${earned} of ${points}).`, refs };
}

/**
 * How a finding names the undirected connectors among `edges`: lines without arrowheads, arrows with
 * heads at both ends (a two-way link says no more about the direction of flow than a plain line), or both.
 */
function undirectedLines(edges: readonly DiagramEdge[]): string {
  const loose = edges.filter((edge) => edge.undirected);
  const twoWay = loose.filter((edge) => edge.twoWay).length;
  if (twoWay === 0) return 'lines without arrowheads';
  return twoWay === loose.length ? 'arrows with heads at both ends' : 'lines without arrowheads or with heads at both ends';
}

/** '"Gold quality marts" → "Kafka": data leaves the stream for the stores; …' */
function describeMiswire(wire: Miswire): string {
  return `${nameOf(wire.from)} → ${nameOf(wire.to)}: ${wire.rule.why}`;
}

function routeOf(graph: DiagramGraph, path: GraphPath): { text: string; refs: string[] } {
  const byId = componentsById(graph);
  const onPath = path.componentIds.map((id) => byId.get(id)).filter((component) => component !== undefined);
  const text = onPath.map((component) => component.label || kindLabel(component.kind)).join(' → ');
  return { text, refs: [...elementsOf(onPath), ...path.edges.flatMap((edge) => edge.elementIds)].sort() };
}

/** "a Kafka", "an OLTP database". */
function withArticle(noun: string): string {
  return `${/^[aeiouAEIOU]|^(OLTP|API|IoT|S3|NoSQL)\b/.test(noun) ? 'an' : 'a'} ${noun}`;
}

function describeKinds(kinds: readonly ComponentKind[]): string {
  return kinds.map(kindLabel).join(' or ');
}

/**
 * The finding of a flow that earns part of its points: what is drawn, what keeps it from being the
 * flow, and the advice. One builder for every kind of part credit (lines without arrowheads, one gap),
 * so they read alike; `neutral` leaves out the case's expected kinds.
 */
function partCreditFinding(args: {
  code: string;
  flow: Flow;
  points: number;
  earned: number;
  drawn: string;
  problem: string;
  /** Said after the problem; the flow's own `why` when absent. */
  advice?: string;
  /** The problem without naming what the case expects (defaults to `problem`). */
  neutralProblem?: string;
  /** Said after the score when the answer is hidden ('' for nothing; defaults to `advice`). */
  neutralAdvice?: string;
  refs: string[];
}): Finding {
  const { code, flow, points, earned, drawn, problem, refs } = args;
  const score = `(it earns ${earned} of ${points})`;
  const advice = args.advice ?? flow.why;
  const neutralAdvice = args.neutralAdvice ?? args.advice;
  return {
    code,
    severity: 'missing',
    points: round1(points - earned),
    message: `${flow.label}: ${drawn} ${problem} ${score}. ${advice}`,
    neutral: `${drawn} ${args.neutralProblem ?? problem} ${score}.${neutralAdvice ? ` ${neutralAdvice}` : ''}`,
    refs,
  };
}

/**
 * A flow whose route is drawn but earns only `share` of its points (one box holding several steps,
 * lines without arrowheads, hops out of order, a hop too slow, a start fed by nothing): the route's
 * text and elements, the share, and the finding from partCreditFinding. `extraRefs` are the elements
 * the problem is about beyond the route (the crowded box, the slow arrow).
 */
function routeCredit(
  graph: DiagramGraph,
  flow: Flow,
  points: number,
  path: GraphPath,
  share: number,
  words: { problem: string; advice?: string; neutralProblem?: string; neutralAdvice?: string; extraRefs?: readonly string[] },
): { earned: number; finding: Finding } {
  const route = routeOf(graph, path);
  const earned = round1(points * share);
  const { extraRefs = [], ...said } = words;
  return {
    earned,
    finding: partCreditFinding({ code: `diagram.flow.${flow.id}`, flow, points, earned, drawn: route.text, ...said, refs: [...new Set([...route.refs, ...extraRefs])].sort() }),
  };
}

/** A flow's credit and finding; `path` when drawn right, `stale` when drawn through a hop slower than its need. */
interface ScoredFlow {
  earned: number;
  finding: Finding;
  path?: GraphPath;
  stale?: { path: GraphPath; hop: StaleHop };
}

/** What a flow's path search asks: the accepted kinds of each stop, and which boxes may be middle hops. */
interface FlowQuery {
  from: Set<ComponentKind>;
  to: Set<ComponentKind>;
  through: Set<ComponentKind>[];
  endsAtConsumer: boolean;
  notHub: (hop: (component: DiagramComponent) => boolean) => (component: DiagramComponent) => boolean;
  hopAllowed: (component: DiagramComponent) => boolean;
  /** For a flow ending at a consumer: a box the arrows name as a reader of the outputs also ends it. */
  endAllowed?: (component: DiagramComponent) => boolean;
  /** For a flow whose rubric names its data (`subject`): boxes whose label does not name it do not end it. */
  endRefused?: (component: DiagramComponent) => boolean;
}

/** `readers`: boxes their arrows name as readers of the outputs (see labelledReaders), by id. */
function flowQuery(flow: Flow, hairball: Hairball, readers: ReadonlyMap<string, DiagramEdge>): FlowQuery {
  const excluded = excludedOf(flow);
  const endsAtConsumer = flow.to.some((kind) => KIND_INFO[kind].category === 'serving');
  const hubs = new Set(hairball.hubs.map((hub) => hub.id));
  const refused = subjectEndRefused(flow);
  // A box the reader could not place but named for the flow's data ("audit store (privacy office)") ends it too.
  const named = refused ? (component: DiagramComponent) => component.kind === 'unknown' && component.setAside === undefined && !refused(component) : undefined;
  // A hub joined to nearly every box carries every route: a route through it is not a design.
  const notHub = (hop: (component: DiagramComponent) => boolean) => (component: DiagramComponent) => !hubs.has(component.id) && hop(component);
  return {
    from: acceptedKinds(flow.from, excluded),
    to: acceptedKinds(flow.to, excluded),
    through: (flow.through ?? []).map((hop) => acceptedHopKinds(hop, flow.to, excluded)),
    endsAtConsumer,
    notHub,
    hopAllowed: notHub(dataPathHop(endsAtConsumer)),
    ...(endsAtConsumer && readers.size > 0 ? { endAllowed: (component: DiagramComponent) => readers.has(component.id) || (named?.(component) ?? false) } : named ? { endAllowed: named } : {}),
    ...(refused ? { endRefused: refused } : {}),
  };
}

/**
 * Scores one flow on the graph without its kitchen-sink boxes (see kitchen-sink.ts); a flow that is
 * drawn only through such a box, or whose path has one box filling KITCHEN_SINK_STOPS of its stops,
 * earns KITCHEN_SINK_SHARE with a finding naming the box.
 */
function scoreFlowOf(
  graph: DiagramGraph,
  clean: DiagramGraph,
  sinks: ReadonlyMap<string, KitchenSink>,
  flow: Flow,
  weight: number,
  onFlow: Set<string>,
  hairball: Hairball,
  threaded: ThreadedChain | undefined,
  misfed: ReadonlyMap<string, MisplacedFeed>,
  readers: ReadonlyMap<string, DiagramEdge>,
  elsewhere: (flowId: string, edge: DiagramEdge) => boolean,
): ScoredFlow {
  const query = flowQuery(flow, hairball, readers);
  const scored = scoreFlow(clean, flow, weight, onFlow, hairball, threaded, query, misfed, elsewhere);
  const points = round1(flow.points * weight);
  const earned = round1(points * KITCHEN_SINK_SHARE);
  const oneBox = (path: GraphPath, box: DiagramComponent, problem: string) =>
    routeCredit(graph, flow, points, path, KITCHEN_SINK_SHARE, {
      problem,
      advice: `A box is one component: draw each step as its own box, with the arrows that carry the data between them. ${flow.why}`,
      neutralAdvice: 'A box is one component: draw each step as its own box, with the arrows that carry the data between them.',
      extraRefs: box.elementIds,
    });
  if (scored.path) {
    const byId = componentsById(clean);
    const onPath = scored.path.componentIds.map((id) => byId.get(id)).filter((component) => component !== undefined);
    const crowded = mostStopsInOneBox(onPath, hopCounter(query.through).advance);
    if (crowded && crowded.stops >= KITCHEN_SINK_STOPS) {
      return oneBox(scored.path, crowded.component, `is drawn, but ${nameOf(crowded.component)} alone is ${crowded.stops} of its steps, so the steps are named in one label, not drawn`);
    }
    return scored;
  }
  if (sinks.size === 0 || hairball.mesh || threaded || earned <= scored.earned) return scored;
  const path = findFlowPath(graph, { from: query.from, to: query.to, through: query.through, undirected: false, hopAllowed: query.hopAllowed, ...refusing(query) });
  const sink = path?.componentIds.map((id) => sinks.get(id)).find((found) => found !== undefined);
  if (!path || !sink) return scored;
  return oneBox(path, sink.component, `runs through ${nameOf(sink.component)}, one box that lists tools of ${describeStages(sink.stages)}, so the flow's steps are named in a label, not drawn`);
}

/**
 * A flow whose drawn route starts or ends at a box named for another business, or starts at a box
 * fed only by such boxes (see case-subject.ts), earns FOREIGN_SUBJECT_SHARE: the shape is right, the
 * data is another case's. Other flows are returned as scored.
 */
function foreignRoute(
  graph: DiagramGraph,
  flow: Flow,
  weight: number,
  scored: ScoredFlow,
  foreign: ReadonlyMap<string, readonly string[]>,
  fed: ReadonlySet<string>,
): ScoredFlow {
  const path = scored.path;
  if (!path || (foreign.size === 0 && fed.size === 0)) return scored;
  const first = path.componentIds[0];
  const last = path.componentIds[path.componentIds.length - 1];
  const ends = [first, last].filter((id): id is string => id !== undefined && foreign.has(id));
  const fromFed = first !== undefined && fed.has(first);
  if (ends.length === 0 && !fromFed) return scored;
  const points = round1(flow.points * weight);
  const earned = Math.min(scored.earned, round1(points * FOREIGN_SUBJECT_SHARE));
  const byId = componentsById(graph);
  const named = ends.map((id) => byId.get(id)).filter((component) => component !== undefined);
  const words = quoteWords(ends.flatMap((id) => foreign.get(id) ?? []));
  const route = routeOf(graph, path);
  const why =
    named.length > 0
      ? `${listLabels(named)} ${named.length === 1 ? 'is' : 'are'} named for another business (${words}), not this case's sources and consumers`
      : `${nameOf(byId.get(first!)!)} carries only data from boxes named for another business`;
  return {
    earned,
    finding: {
      code: `diagram.flow.${flow.id}`,
      severity: 'wrong',
      points: round1(points - earned),
      message: `${flow.label}: ${route.text} is drawn, but ${why}: draw the flow from this case's own systems to its own consumers (it earns ${earned} of ${points}). ${flow.why}`,
      neutral: `A flow is drawn, but ${why}.`,
      refs: route.refs,
    },
    path,
  };
}

/**
 * A flow with a consumer's freshness need drawn right up to a store nothing reads (see unreadEnd) keeps
 * UNREAD_END_SHARE of its points, with a finding naming the store and asking for its reader. Any other
 * flow is returned as scored. Pure.
 */
function unreadRoute(graph: DiagramGraph, flow: Flow, weight: number, scored: ScoredFlow): ScoredFlow {
  if (flow.freshnessSeconds === undefined || scored.finding.severity !== 'good' || !scored.path) return scored;
  const store = unreadEnd(graph, scored.path);
  if (!store) return scored;
  const points = round1(flow.points * weight);
  const earned = Math.min(scored.earned, round1(points * UNREAD_END_SHARE));
  const route = routeOf(graph, scored.path);
  return {
    ...scored,
    earned,
    finding: {
      code: `diagram.flow.${flow.id}`,
      severity: 'missing',
      points: round1(points - earned),
      message: `${flow.label}: ${route.text} is drawn, but nothing reads ${nameOf(store)}: draw who uses it (the API, application or dashboard the use case serves), with an arrow from the store (it earns ${earned} of ${points}). ${flow.why}`,
      neutral: `A flow is drawn up to ${nameOf(store)}, but nothing reads it.`,
      refs: route.refs,
    },
  };
}

const NO_IDS: ReadonlySet<string> = new Set();

/** Categories of a flow's end kind that read data for someone (a dashboard, an app, a paged alert), unlike a stream or a job. */
const READER_CATEGORIES: ReadonlySet<string> = new Set(['serving', 'operations', 'source']);

/** The end kinds of the case's flows that read for someone and hold nothing (dashboards, APIs, paged alerts): who the use cases reach. */
function readerEnds(diagram: DiagramRubric): ReadonlySet<ComponentKind> {
  return new Set(diagram.flows.flatMap((flow) => flow.to).filter((kind) => !isStoreKind(kind) && READER_CATEGORIES.has(KIND_INFO[kind].category)));
}

/** Caps a diagram at UNSERVED_CAP when nothing reads its outputs (see UNSERVED_CAP), with a finding (code `diagram.unserved`). Pure. */
/**
 * Caps a diagram at an antipattern's `cap` (rubric): the flaw breaks one of the case's hard requirements
 * (a single broker where acknowledged admissions must not be lost), and an interviewer grades the design
 * at most that, whatever else is right (round-16 blind grade: 58 for right flows on one broker). The cap
 * is said on the antipattern's own finding, so the learner reads one reason, not two.
 */
function capAntipattern(result: StepResult, cap: number, fired: Finding): StepResult {
  if (result.score <= cap) return result;
  const lost = round1(result.score - cap);
  const findings = result.findings.map((finding) =>
    finding === fired ? { ...finding, points: round1(finding.points + lost), message: `${finding.message} The design is scored at most ${cap} out of 100 while it stands.` } : finding,
  );
  return { score: cap, findings: sortFindings(findings) };
}

function capUnserved(result: StepResult): StepResult {
  return capScore(result, UNSERVED_CAP, () => ({
    code: 'diagram.unserved',
    severity: 'wrong',
    message:
      `No arrow reaches anyone who uses the data: no dashboard, API or application reads what the pipeline stores, so no use case reaches its user and the design is scored at most ${UNSERVED_CAP} out of 100. ` +
      'Draw the serving path: who reads each store, with an arrow from the store to them.',
    neutral: 'No arrow reaches anyone who uses the data: check the serving path from each store to its reader.',
  }));
}

function scoreFlow(
  graph: DiagramGraph,
  flow: Flow,
  weight: number,
  onFlow: Set<string>,
  hairball: Hairball,
  threaded: ThreadedChain | undefined,
  query: FlowQuery,
  misfed: ReadonlyMap<string, MisplacedFeed>,
  elsewhere: (flowId: string, edge: DiagramEdge) => boolean,
): ScoredFlow {
  const code = `diagram.flow.${flow.id}`;
  const points = round1(flow.points * weight);
  const { from, to, through, endsAtConsumer, notHub, hopAllowed, endAllowed, endRefused } = query;
  const ends = { ...(endAllowed ? { endAllowed } : {}), ...refusing(query) };
  const mark = (path: GraphPath) => path.componentIds.forEach((id) => onFlow.add(id));
  const via = flow.through && flow.through.length > 0 ? ` through ${flow.through.map(describeKinds).join(', then ')}` : '';

  if (hairball.mesh) {
    const { connections, boxes } = hairball.mesh;
    const problem = `${connections} connections join ${boxes} boxes, so nearly every box is connected to every other and no route says where data goes`;
    return {
      earned: 0,
      finding: { code, severity: 'missing', points, message: `${flow.label}: not read, because ${problem}. Draw only the arrows that carry data. ${flow.why}`, neutral: `No flow is read, because ${problem}. Draw only the arrows that carry data.` },
    };
  }
  if (threaded) {
    const problem = threadedProblem(threaded);
    return {
      earned: 0,
      finding: { code, severity: 'missing', points, message: `${flow.label}: not read, because ${problem}. Draw where each box's data comes from and where it goes. ${flow.why}`, neutral: `No flow is read, because ${problem}.`, refs: threadedRefs(threaded) },
    };
  }
  const startAllowed = misfed.size > 0 ? (c: DiagramComponent) => !misfed.has(c.id) : undefined;
  const directedQuery = { from, to, through, undirected: false, hopAllowed, ...ends, ...(startAllowed ? { startAllowed } : {}) };
  // A flow with a freshness need ends best at a store someone reads (of two stores the job writes, the one the users see).
  const read = flow.freshnessSeconds === undefined ? undefined : findFlowPath(graph, { ...directedQuery, endRefused: (c) => isUnreadStore(graph, c, NO_IDS) || (endRefused?.(c) ?? false) });
  let directed = read ?? findFlowPath(graph, directedQuery);
  if (directed) {
    const byId = componentsById(graph);
    const swapped = misplacedHop(directed, byId, { from, through, to });
    if (swapped) return misorderedFlow(graph, flow, points, directed, `${nameOf(swapped.hop)} comes before ${nameOf(swapped.before)}`, swapped.hop);
    const need = flow.freshnessSeconds;
    const stale = need === undefined ? undefined : staleHop(directed, byId, need);
    if (stale && need !== undefined) {
      // Another route may avoid the batch hop (a stream job beside the nightly one).
      const fresh = (c: DiagramComponent) => !isStaleComponent(c, need);
      const other = findFlowPath(graph, { from, to, through, undirected: false, ...ends, hopAllowed: (c) => hopAllowed(c) && fresh(c), startAllowed: (c) => fresh(c) && (startAllowed?.(c) ?? true) });
      if (!other || staleHop(other, byId, need) || misplacedHop(other, byId, { from, through, to })) return staleFlow(graph, flow, points, directed, stale, need);
      directed = other;
    }
    mark(directed);
    const route = routeOf(graph, directed);
    return { earned: points, finding: { code, severity: 'good', points, message: `${flow.label}: ${route.text}.`, refs: route.refs }, path: directed };
  }
  // The kind-only fallbacks (one box, a job into its readers, misfed or reordered routes, backwards, partial) cannot
  // tell a flow named by its data (`subject`) from another of the same kinds: it is read only on routes ending at it.
  const byKinds = endRefused === undefined;
  const oneBox = byKinds ? storeWithReaders(graph, { from, to, through }) : undefined;
  if (oneBox) {
    onFlow.add(oneBox.id);
    return {
      earned: points,
      finding: { code, severity: 'good', points, message: `${flow.label}: ${nameOf(oneBox)} (the store and the readers it feeds, in one box).`, refs: elementsOf([oneBox]) },
      path: { componentIds: [oneBox.id], edges: [] },
    };
  }
  const straight = byKinds ? jobFedReader(graph, { from, to, through }) : undefined;
  if (straight) {
    const earned = round1(points * PARTIAL_FLOW_SHARE);
    return {
      earned,
      finding: partCreditFinding({
        code,
        flow,
        points,
        earned,
        drawn: `${nameOf(straight.job)} → ${nameOf(straight.reader)}`,
        problem: `is drawn, but ${nameOf(straight.job)} writes straight into ${nameOf(straight.reader)}, with no store between them`,
        neutralProblem: 'is drawn, but a job writes straight into the readers, with no store between them',
        advice: `Draw the table the job writes and the readers read (a warehouse or curated layer), with arrows job → store → readers. ${flow.why}`,
        neutralAdvice: '',
        refs: [...new Set([...straight.job.elementIds, ...straight.reader.elementIds, ...straight.edge.elementIds])].sort(),
      }),
    };
  }
  const fedWrong = misfed.size > 0 && byKinds ? findFlowPath(graph, { from, to, through, undirected: false, hopAllowed }) : undefined;
  if (fedWrong) return misfedFlow(graph, flow, points, fedWrong, misfed.get(fedWrong.componentIds[0]!)!);
  const reordered = byKinds ? reorderedFlow(graph, query) : undefined;
  if (reordered) return misorderedFlow(graph, flow, points, reordered.path, reordered.problem, reordered.hop);
  const headless = findFlowPath(graph, { from, to, through, undirected: true, ...ends, hopAllowed: notHub(headlessHop(endsAtConsumer)) });
  if (headless && isDirectRoute(headless, through.length)) {
    const route = routeOf(graph, headless);
    const byId = componentsById(graph);
    const need = flow.freshnessSeconds;
    if (readByGrain(headless, byId) && !misplacedHop(headless, byId, { from, through, to }) && (need === undefined || !staleHop(headless, byId, need))) {
      // One line among arrows, which data could cross only one way: the direction is said by the rest.
      mark(headless);
      return { earned: points, finding: { code, severity: 'good', points, message: `${flow.label}: ${route.text} (the line without an arrowhead read the only way data could go).`, refs: route.refs }, path: headless };
    }
    // Arrows with heads at both ends (none to a hub, whose links say nothing) earn more than bare lines.
    const hub = (id: string) => hairball.hubs.some((component) => component.id === id);
    const twoWay = headless.edges.every((edge) => !edge.undirected || (edge.twoWay === true && !hub(edge.from) && !hub(edge.to)));
    return routeCredit(graph, flow, points, headless, twoWay ? TWO_WAY_FLOW_SHARE : HEADLESS_FLOW_SHARE, {
      problem: `is connected, but by ${undirectedLines(headless.edges)}, so the direction is not said`,
      advice: 'Use arrows from where the data comes from to where it goes.',
    });
  }
  if (!byKinds) return missingFlow(flow, points, via);
  const backwards = findFlowPath(graph, { from, to, through, undirected: true, reversed: true, hopAllowed });
  if (backwards) {
    const route = routeOf(graph, backwards);
    return {
      earned: 0,
      finding: {
        code,
        severity: 'wrong',
        points,
        message: `${flow.label}: the arrows between ${route.text} are drawn backwards; data flows from ${describeKinds(flow.from)} to ${describeKinds(flow.to)}. ${flow.why}`,
        neutral: `The arrows between ${route.text} are drawn backwards: check which way the data flows.`,
        refs: route.refs,
      },
    };
  }
  const names = [flow.from, ...(flow.through ?? []), flow.to];
  const partial = partialFlow(graph, [from, ...through], to, hopAllowed, carriesData(hopAllowed, through));
  if (partial) {
    const gap = partial.gap;
    let earned: number;
    let missing: string;
    let neutralMissing: string;
    let advice: string | undefined;
    switch (gap.kind) {
      case 'link': {
        const found = gap.reversed ? undefined : standInStore(graph, gap.from, gap.to, [from, ...through, to]);
        // A store that another flow's drawn route ends at or passes through is that flow's, not a stand-in for this
        // one's: one arrow is left out. Not for a flow with a consumer's freshness need: its job keeping the data in
        // another flow's store (stock in the lake) serves the consumer from the wrong kind of store.
        const standIn = found && (flow.freshnessSeconds !== undefined || !elsewhere(flow.id, found.edge)) ? found : undefined;
        if (standIn) {
          // The right arrows between the wrong things: another kind of store where the flow needs its store.
          earned = round1(points * WRONG_STORE_FLOW_SHARE);
          const writes = standIn.edge.from === gap.from.id;
          const at = writes ? `${nameOf(gap.from)} writes into ${nameOf(standIn.store)}` : `${nameOf(gap.to)} reads from ${nameOf(standIn.store)}`;
          const storeKind = (component: DiagramComponent) => kindsOf(component).find(isStoreKind) ?? component.kind;
          missing = `${at}, ${withArticle(kindLabel(storeKind(standIn.store)))}, where the flow needs ${withArticle(kindLabel(storeKind(standIn.meant)))} such as ${nameOf(standIn.meant)}`;
          neutralMissing = `${at}, where the flow needs another kind of store`;
          advice = writes
            ? `Send the data from ${nameOf(gap.from)} into ${nameOf(gap.to)}, the kind of store this flow needs, not into ${nameOf(standIn.store)}.`
            : `Feed ${nameOf(gap.to)} from ${nameOf(gap.from)}, the kind of store this flow needs, not from ${nameOf(standIn.store)}.`;
          partial.refs.push(...standIn.store.elementIds, ...standIn.edge.elementIds);
          break;
        }
        earned = round1(points * ONE_GAP_FLOW_SHARE * (gap.drawn / (gap.drawn + 1)));
        const ends = `${nameOf(gap.from)} and ${nameOf(gap.to)}`;
        missing = gap.reversed ? `the arrows between ${ends} point the wrong way` : `nothing carries data from ${nameOf(gap.from)} to ${nameOf(gap.to)}`;
        neutralMissing = gap.reversed ? 'one link of the flow points the wrong way' : missing;
        advice = `${gap.reversed ? 'Turn the arrow round' : 'Draw the arrow'} from ${nameOf(gap.from)} to ${nameOf(gap.to)} and the flow is complete.`;
        break;
      }
      case 'hop':
        earned = round1(points * PARTIAL_FLOW_SHARE * (gap.connected / gap.links));
        missing = `there is no ${describeKinds(names[gap.at]!)} between ${listLabels(gap.fromEnds)} and ${listLabels(gap.toEnds)}`;
        neutralMissing = `a step is missing between ${listLabels(gap.fromEnds)} and ${listLabels(gap.toEnds)}`;
        break;
      default:
        return assertNever(gap, 'flow gap');
    }
    // A drawn part that runs through a batch hop the consumer cannot wait for is no nearer the flow.
    const need = flow.freshnessSeconds;
    const byId = componentsById(graph);
    const stale = need === undefined ? undefined : partial.paths.map((path) => staleHop(path, byId, need)).find((hop) => hop !== undefined);
    if (stale && need !== undefined && earned >= round1(points * STALE_FLOW_SHARE)) {
      const path = partial.paths.find((candidate) => staleHop(candidate, byId, need) !== undefined)!;
      return staleFlow(graph, flow, points, path, stale, need);
    }
    return {
      earned,
      finding: partCreditFinding({
        code,
        flow,
        points,
        earned,
        drawn: partial.routes.map((route) => route.text).join('; '),
        problem: `is drawn, but ${missing}`,
        neutralProblem: `is drawn, but ${neutralMissing}`,
        ...(advice ? { advice: `${advice} ${flow.why}`, neutralAdvice: '' } : {}),
        refs: [...new Set(partial.refs)].sort(),
      }),
    };
  }
  const open = openEndFlow(graph, [from, ...through, to], hopAllowed);
  if (open) {
    const need = flow.freshnessSeconds;
    const byId = componentsById(graph);
    const stale = need === undefined ? undefined : staleHop(open.path, byId, need);
    if (stale && need !== undefined) return staleFlow(graph, flow, points, open.path, stale, need);
    const end = open.end === 'source' ? describeKinds(flow.from) : describeKinds(flow.to);
    const blank = open.blank;
    return routeCredit(graph, flow, points, open.path, open.kind === 'blank' ? BLANK_END_FLOW_SHARE : SOURCELESS_FLOW_SHARE, {
      problem: blank
        ? `is drawn, but the box where ${withArticle(end)} belongs is empty, so the ${open.end === 'source' ? 'flow does not say where it starts' : 'flow does not say where its data lands'}`
        : `is drawn, but nothing feeds it: there is no ${end} where the data comes from`,
      advice: blank ? `Label the empty box with what it is (${end}). ${flow.why}` : `Draw the source, ${describeKinds(flow.from)}, with an arrow into the flow. ${flow.why}`,
      neutralProblem: blank ? 'is drawn, but one of its ends is an empty box' : 'is drawn, but nothing feeds it',
      neutralAdvice: blank ? 'Label the empty box with what it is.' : 'Draw where the data comes from.',
      ...(blank ? { extraRefs: blank.elementIds } : {}),
    });
  }
  return missingFlow(flow, points, via);
}

/** A flow with no route drawn: no points, and a finding naming the kinds it joins. */
function missingFlow(flow: Flow, points: number, via: string): ScoredFlow {
  const to = flow.subject ? `${describeKinds(flow.to)} named for ${flow.subject.slice(0, 3).map((word) => `"${word}"`).join(' or ')}` : describeKinds(flow.to);
  return {
    earned: 0,
    finding: { code: `diagram.flow.${flow.id}`, severity: 'missing', points, message: `No path of arrows from ${describeKinds(flow.from)} to ${to}${via}. ${flow.why}`, neutral: NEUTRAL_FLOW_MISSING },
  };
}

/** The query's `endRefused`, spread into a path search (nothing when the flow has no subject). */
function refusing(query: FlowQuery): { endRefused?: (component: DiagramComponent) => boolean } {
  return query.endRefused ? { endRefused: query.endRefused } : {};
}

/**
 * A flow drawn through its named hops in another order ("Switch -> Flink -> Kafka -> Redis" for
 * "through Kafka, then Flink"): the hops are all there, the order is not. Tries every other order of
 * the named hops (a flow names at most three). Returns the route and the first hop out of place.
 */
function reorderedFlow(graph: DiagramGraph, query: FlowQuery): { path: GraphPath; problem: string; hop: DiagramComponent } | undefined {
  const { from, to, through, hopAllowed } = query;
  if (through.length < 2) return undefined;
  const byId = componentsById(graph);
  for (const order of permutations(through.length)) {
    if (order.every((at, i) => at === i)) continue;
    const path = findFlowPath(graph, { from, to, through: order.map((at) => through[at]!), undirected: false, hopAllowed });
    if (!path) continue;
    // The first named hop drawn ahead of one it should follow.
    const first = order.findIndex((at, i) => order.slice(i + 1).some((later) => later < at));
    const hop = path.componentIds.map((id) => byId.get(id)!).find((component) => isAnyOf(component, through[order[first]!]!));
    const after = path.componentIds.map((id) => byId.get(id)!).find((component) => isAnyOf(component, through[Math.min(...order.slice(first + 1))]!));
    if (!hop || !after) continue;
    return { path, problem: `${nameOf(hop)} comes before ${nameOf(after)}`, hop };
  }
  return undefined;
}

/** Every order of 0..n-1 (n is at most 3 here). */
function permutations(n: number): number[][] {
  if (n <= 1) return [[0].slice(0, n)];
  return permutations(n - 1).flatMap((rest) => Array.from({ length: n }, (_, at) => [...rest.slice(0, at), n - 1, ...rest.slice(at)]));
}

/**
 * A flow whose route is drawn but with a hop out of place (a job ahead of the stream it should read):
 * MISORDERED_FLOW_SHARE of its points, with a finding naming the hop.
 */
function misorderedFlow(graph: DiagramGraph, flow: Flow, points: number, path: GraphPath, problem: string, hop: DiagramComponent): { earned: number; finding: Finding } {
  return routeCredit(graph, flow, points, path, MISORDERED_FLOW_SHARE, {
    problem: `is drawn, but in the wrong order: ${problem}`,
    advice: `Put the hops in the order the data crosses them: sources, then the entry and the stream, then the jobs, then the stores, then the consumers. ${flow.why}`,
    neutralAdvice: 'Put the hops in the order the data crosses them.',
    extraRefs: hop.elementIds,
  });
}

/**
 * A flow whose route is drawn through a hop slower than its consumer needs (see path-freshness.ts):
 * STALE_FLOW_SHARE of its points, with a finding naming the hop, its schedule and the need.
 */
function staleFlow(graph: DiagramGraph, flow: Flow, points: number, path: GraphPath, stale: StaleHop, need: number): ScoredFlow {
  const byId = componentsById(graph);
  let slow: string;
  let refs: readonly string[];
  switch (stale.on) {
    case 'component':
      slow =
        stale.said !== ''
          ? `${nameOf(stale.component)} runs ${stale.said}`
          : kindsOf(stale.component).includes('warehouse')
            ? `it passes through ${nameOf(stale.component)}, a warehouse loaded in batches`
            : `${nameOf(stale.component)} is a batch job, run on a schedule`;
      refs = stale.component.elementIds;
      break;
    case 'edge': {
      const ends = [byId.get(stale.edge.from), byId.get(stale.edge.to)].filter((component) => component !== undefined);
      slow = `the arrow ${ends.map(nameOf).join(' → ')} is labelled "${stale.edge.label}"`;
      refs = stale.edge.elementIds;
      break;
    }
    default:
      return assertNever(stale, 'stale hop');
  }
  const age = stale.seconds >= UNSTATED_BATCH_SECONDS && stale.said === '' ? 'an hour or more' : describeSeconds(stale.seconds);
  const problem = `is drawn, but ${slow}, so the data it carries can be ${age} old, and this flow needs it within ${describeSeconds(need)}`;
  const credit = routeCredit(graph, flow, points, path, STALE_FLOW_SHARE, {
    problem,
    advice: `Keep this path streaming end to end (a stream job, not a scheduled batch). ${flow.why}`,
    neutralAdvice: 'Check how fresh this path keeps the data against what its consumer needs.',
    extraRefs: refs,
  });
  return { ...credit, stale: { path, hop: stale } };
}

/** The stream job (Flink, Structured Streaming) on a stale route ahead of its scheduled hop (a batch job, a said schedule), or undefined. */
function streamJobBefore(stale: { path: GraphPath; hop: StaleHop }, byId: ReadonlyMap<string, DiagramComponent>): DiagramComponent | undefined {
  const { path, hop } = stale;
  if (!isScheduledHop(hop)) return undefined;
  let end: number;
  switch (hop.on) {
    case 'component':
      end = path.componentIds.indexOf(hop.component.id);
      break;
    case 'edge':
      end = path.edges.indexOf(hop.edge) + 1;
      break;
    default:
      return assertNever(hop, 'stale hop');
  }
  for (const id of path.componentIds.slice(0, Math.max(0, end))) {
    const component = byId.get(id);
    if (component && kindsOf(component).some((kind) => STREAM_JOB_KINDS.has(kind))) return component;
  }
  return undefined;
}

/**
 * Does the stream job's data reach, by arrows no hop of which is slower than `need`, a consumer: a
 * serving box (API, cache, dashboard, feature store) or a box of the flow's own end kinds? A job that
 * does (Flink writing features to S3 that the scoring API reads) serves the need in its way, judged by
 * its flows; one whose every route out waits for a schedule serves nothing fresh. Pure; O(E) per job.
 */
function servesFreshly(graph: DiagramGraph, job: DiagramComponent, flow: Flow, need: number): boolean {
  const ends = new Set<ComponentKind>(flow.to);
  return freshlyReaches(graph, job, (component) => kindsOf(component).some((kind) => ends.has(kind) || KIND_INFO[kind].category === 'serving'), need);
}

/** The design-use-case view scoreDiagram reads: the first use case is the case's first priority. */
export type FirstPriorityView = { useCases?: readonly { freshnessSeconds?: number | undefined }[] | undefined };

/** A stream job (Flink, Structured Streaming, a stream processor) with at least one arrow into it: it processes something. */
function isFedStreamJob(graph: DiagramGraph, component: DiagramComponent): boolean {
  return kindsOf(component).some((kind) => STREAM_JOB_KINDS.has(kind)) && graph.edges.some((edge) => edge.to === component.id && !edge.undirected);
}

/**
 * Who consumes fresh data: a box of the need's own end kinds or a serving kind (a dashboard, a cache,
 * an API), or a box at the end of the data path that arrows reach and none leave, read as an application
 * ("Bed mgmt app") or not recognised ("Pager for maintenance technicians"): it reads what the job wrote.
 */
function freshConsumer(graph: DiagramGraph, ends: ReadonlySet<ComponentKind>): (component: DiagramComponent) => boolean {
  const leaves = new Set(graph.edges.map((edge) => edge.from));
  return (component) => {
    const kinds = kindsOf(component);
    if (kinds.some((kind) => ends.has(kind) || KIND_INFO[kind].category === 'serving')) return true;
    return !leaves.has(component.id) && kinds.every((kind) => kind === 'app_service' || kind === 'unknown');
  };
}

/**
 * Whether arrows from `job` reach a box `consumer` accepts without passing a hop slower than `need`
 * seconds (see isStaleEdge, isStaleComponent). Breadth-first over directed arrows. Pure.
 */
function freshlyReaches(graph: DiagramGraph, job: DiagramComponent, consumer: (component: DiagramComponent) => boolean, need: number): boolean {
  const byId = componentsById(graph);
  const outgoing = new Map<string, DiagramEdge[]>();
  for (const edge of graph.edges) {
    const list = outgoing.get(edge.from);
    if (list) list.push(edge);
    else outgoing.set(edge.from, [edge]);
  }
  const seen = new Set<string>([job.id]);
  const queue = [job.id];
  for (let head = 0; head < queue.length; head += 1) {
    const at = queue[head] as string;
    for (const edge of outgoing.get(at) ?? []) {
      if (seen.has(edge.to) || isStaleEdge(edge, need)) continue;
      const next = byId.get(edge.to);
      if (!next || isStaleComponent(next, need)) continue;
      if (consumer(next)) return true;
      seen.add(next.id);
      queue.push(next.id);
    }
  }
  return false;
}

/**
 * Caps a diagram at CORE_FRESHNESS_CAP when every flow of the case's tightest freshness need was drawn
 * stale behind a stream job (see CORE_FRESHNESS_CAP), with a finding (code `diagram.core-freshness`)
 * naming the job, the slow hop and the need, carrying the points withheld. Pure.
 */
function capCoreFreshness(result: StepResult, defeated: readonly { flow: Flow; job: DiagramComponent; hop: StaleHop; need: number }[]): StepResult {
  const first = defeated[0];
  if (!first) return result;
  const slow = first.hop.on === 'component' ? nameOf(first.hop.component) : `the arrow labelled "${first.hop.edge.label}"`;
  const finding: Finding = {
    code: 'diagram.core-freshness',
    severity: 'wrong',
    points: Math.max(0, result.score - CORE_FRESHNESS_CAP),
    message:
      `${nameOf(first.job)} is drawn, but the route for "${lowerFirst(first.flow.label)}" runs on after it through ${slow}, so the case's tightest need (within ${describeSeconds(first.need)}) cannot be met: ` +
      `the streaming parts do not serve it, and the diagram is scored at most ${CORE_FRESHNESS_CAP} out of 100. Wire the stream job straight to what needs the fresh data.`,
    neutral: `The case's tightest freshness need (within ${describeSeconds(first.need)}) cannot be met as wired: check the route from the stream job to what needs the fresh data.`,
    refs: [...new Set([...first.job.elementIds, ...(first.hop.on === 'component' ? first.hop.component.elementIds : first.hop.edge.elementIds)])].sort(),
  };
  return { score: Math.min(result.score, CORE_FRESHNESS_CAP), findings: sortFindings([...result.findings, finding]) };
}

/**
 * Caps a diagram at FIRST_PRIORITY_CAP when the case's first priority is its tightest freshness need and
 * nothing drawn serves it (see FIRST_PRIORITY_CAP), with a finding (code `diagram.first-priority`) naming
 * the need's flow and carrying the points withheld. Pure.
 */
function capFirstPriority(result: StepResult, flow: Flow, need: number): StepResult {
  return capScore(result, FIRST_PRIORITY_CAP, () => ({
    code: 'diagram.first-priority',
    severity: 'wrong',
    message:
      `The case's first priority needs data within ${describeSeconds(need)} ("${lowerFirst(flow.label)}"), and no route drawn serves it that fresh: ` +
      `nothing streams to what needs it, so the design is scored at most ${FIRST_PRIORITY_CAP} out of 100 however well the rest is drawn. ${flow.why}`,
    neutral: `The case's first priority needs data within ${describeSeconds(need)}, and no route drawn serves it that fresh: check the path to what needs it first.`,
  }));
}

/**
 * Caps a diagram whose only answer to the case's core freshness need is a label: a box that claims fresh
 * data ("Real-time scoring < 100 ms") fed through a slow hop (a daily Spark job, a warehouse), with no
 * core flow served. An interviewer reads it as a batch design dressed as real time (round-12 blind
 * grade: 12), whatever presence points its boxes carry; the cap is CORE_FRESHNESS_CAP.
 */
function capFreshClaim(result: StepResult, claimed: { component: DiagramComponent; claim: string; slow: DiagramComponent }, need: number): StepResult {
  const finding: Finding = {
    code: 'diagram.fresh-claim',
    severity: 'wrong',
    points: Math.max(0, result.score - CORE_FRESHNESS_CAP),
    message:
      `${nameOf(claimed.component)} says "${claimed.claim}", but every route into it passes ${nameOf(claimed.slow)}, which runs on a schedule, so the case's tightest need (within ${describeSeconds(need)}) is met by the label, not the design: ` +
      `the diagram is scored at most ${CORE_FRESHNESS_CAP} out of 100. Feed it through a stream and a stream job instead.`,
    neutral: `A box claims fresh data that its routes cannot deliver: check what feeds it.`,
    refs: [...new Set([...claimed.component.elementIds, ...claimed.slow.elementIds])].sort(),
  };
  return { score: Math.min(result.score, CORE_FRESHNESS_CAP), findings: sortFindings([...result.findings, finding]) };
}

/**
 * A flow whose route is drawn but whose first box gets its data only through an arrow no data could
 * follow (see flow-provenance.ts): the flow carries nothing. MISFED_FLOW_SHARE of its points, with a
 * finding naming the misplaced arrow.
 */
function misfedFlow(graph: DiagramGraph, flow: Flow, points: number, path: GraphPath, feed: MisplacedFeed): { earned: number; finding: Finding } {
  const start = componentsById(graph).get(path.componentIds[0]!)!;
  const arrow = `${nameOf(feed.from)} → ${nameOf(feed.to)}`;
  return routeCredit(graph, flow, points, path, MISFED_FLOW_SHARE, {
    problem: `is drawn, but ${nameOf(start)} gets its data only through ${arrow}, where no data could go (${feed.rule.why}), so the flow carries nothing`,
    neutralProblem: `is drawn, but its first box gets its data only through ${arrow}, where no data could go`,
    advice: `Draw where the data of ${nameOf(start)} really comes from. ${flow.why}`,
    neutralAdvice: '',
    extraRefs: [...feed.from.elementIds, ...feed.to.elementIds, ...feed.edge.elementIds],
  });
}

/**
 * A middle box of a route read as a flow with one gap: one of the flow's named hops, or a connector or
 * job carrying data between them (a gateway before the stream, a stream job writing the store), and
 * nothing beside the data path (a DLQ topic, a scheduler). A route through a store, a source, an API
 * or a dead letter queue on the way is not that flow with one arrow left out.
 */
function carriesData(hopAllowed: (component: DiagramComponent) => boolean, through: readonly ReadonlySet<ComponentKind>[]): (component: DiagramComponent) => boolean {
  const beside = (kind: ComponentKind) => !isDataPathKind(kind);
  return (component) =>
    hopAllowed(component) &&
    !kindsOf(component).some(beside) &&
    kindsOf(component).some((kind) => {
      const category = KIND_INFO[kind].category;
      return category === 'ingestion' || category === 'processing' || through.some((hop) => hop.has(kind));
    });
}

/** "the arrows thread 12 boxes in one line …, and it runs where no data could go: …" */
function threadedProblem(threaded: ThreadedChain): string {
  const shown = threaded.breaks.slice(0, 3).map((item) => `${item.drawn} (${item.why})`);
  const more = threaded.breaks.length > 3 ? ` and ${threaded.breaks.length - 3} more` : '';
  return `the arrows thread ${threaded.boxes} boxes in a line with no branch, and the line runs where no data could go in ${threaded.breaks.length} places: ${shown.join('; ')}${more}`;
}

// Every flow's finding refers to the same breaks: their ids are gathered and sorted once per reading (a copy each).
const threadedRefsCache = new WeakMap<ThreadedChain, readonly string[]>();
function threadedRefs(threaded: ThreadedChain): string[] {
  let refs = threadedRefsCache.get(threaded);
  if (!refs) {
    refs = [...new Set(threaded.breaks.flatMap((item) => item.refs))].sort();
    threadedRefsCache.set(threaded, refs);
  }
  return [...refs];
}

type Gap =
  /** One arrow missing between two drawn boxes (or drawn the wrong way): `drawn` arrows of `drawn + 1` are there. */
  | { kind: 'link'; from: DiagramComponent; to: DiagramComponent; drawn: number; reversed: boolean }
  /** One named hop absent, the arrows going around it: `connected` of the flow's `links` are drawn. */
  | { kind: 'hop'; at: number; fromEnds: DiagramComponent[]; toEnds: DiagramComponent[]; connected: number; links: number };

/**
 * A flow drawn but for one gap: one arrow missing (or turned round) on a route that runs through the
 * named hops in order, the drawn arrows on both sides of it credited; or one named hop absent and the
 * arrows going around it. Returns the drawn routes, the gap and the elements involved; undefined when
 * more is missing, when nothing is connected, or for a flow with no named hop (its one link is the flow).
 */
function partialFlow(
  graph: DiagramGraph,
  head: readonly ReadonlySet<ComponentKind>[],
  to: ReadonlySet<ComponentKind>,
  hopAllowed: (component: DiagramComponent) => boolean,
  gapHop: (component: DiagramComponent) => boolean,
): { routes: { text: string; refs: string[] }[]; paths: GraphPath[]; refs: string[]; gap: Gap } | undefined {
  const stops = [...head, to];
  if (stops.length < 3) return undefined;
  const of = (kinds: ReadonlySet<ComponentKind>) => graph.components.filter((component) => isAnyOf(component, kinds));
  const link = (a: ReadonlySet<ComponentKind>, b: ReadonlySet<ComponentKind>) => findFlowPath(graph, { from: a, to: b, undirected: false, hopAllowed });
  const absent = stops.map((kinds) => of(kinds).length === 0);
  const missingStops = absent.flatMap((isAbsent, i) => (isAbsent ? [i] : []));
  if (missingStops.length > 1 || absent[0] || absent[stops.length - 1]) return undefined;
  const collect = (routes: { text: string; refs: string[] }[], more: readonly DiagramComponent[]) => [...new Set([...routes.flatMap((route) => route.refs), ...elementsOf(more)])].sort();
  if (missingStops.length === 0) {
    const through = stops.slice(1, -1);
    const found = findFlowGap(graph, { from: stops[0]!, to, through, hopAllowed: gapHop, maxExtraPerLeg: GAP_EXTRA_PER_LEG });
    if (!found) return undefined;
    const paths = [found.left, found.right].filter((path) => path.edges.length > 0);
    const routes = paths.map((path) => routeOf(graph, path));
    const refs = collect(routes, [found.from, found.to]);
    if (found.reversed) refs.push(...found.reversed.elementIds);
    return { routes, paths, refs: [...new Set(refs)].sort(), gap: { kind: 'link', from: found.from, to: found.to, drawn: found.drawn, reversed: found.reversed !== undefined } };
  }
  const j = missingStops[0]!;
  const paths: GraphPath[] = [];
  for (let i = 0; i + 1 < stops.length; i++) {
    if (i === j - 1 || i === j) continue;
    const path = link(stops[i]!, stops[i + 1]!);
    if (!path) return undefined;
    paths.push(path);
  }
  const around = link(stops[j - 1]!, stops[j + 1]!);
  if (!around) return undefined;
  paths.push(around);
  const routes = paths.map((path) => routeOf(graph, path));
  const gap: Gap = { kind: 'hop', at: j, fromEnds: of(stops[j - 1]!), toEnds: of(stops[j + 1]!), connected: paths.length, links: stops.length - 1 };
  return { routes, paths, refs: collect(routes, []), gap };
}

/**
 * Databases the pipeline itself writes: the target of an arrow from a stream or batch job.
 * A Postgres table a Flink job keeps up to date for a live view is a serving store, not
 * the operational database the business runs on, so a dashboard reading it is not reading production.
 */
function servingStores(graph: DiagramGraph, byId: ReadonlyMap<string, DiagramComponent>): Set<string> {
  const out = new Set<string>();
  for (const edge of graph.edges) {
    if (edge.undirected) continue;
    const from = byId.get(edge.from);
    if (from && kindsOf(from).some((kind) => KIND_INFO[kind].category === 'processing')) out.add(edge.to);
  }
  return out;
}

/**
 * Stream boxes drawn as one broker: a label that says so ("Kafka (1 broker)", "single node"), or the
 * only stream box of the drawing named as one broker ("broker", "kafka-1") with no count or replication
 * beside it ("3 brokers", "x3", "RF=3"). Three boxes "broker-1".."broker-3" are a cluster, not one.
 */
function singleBrokers(graph: DiagramGraph): DiagramComponent[] {
  const streams = graph.components.filter((component) => !component.setAside && kindsOf(component).includes('kafka'));
  // A cluster read from several broker boxes ("Kafka broker 1 + Kafka broker 2") names several.
  const several = (label: string) => SEVERAL_BROKERS.test(label) || (label.match(/\b(broker|brk)\b/gi)?.length ?? 0) > 1;
  return streams.filter(
    (component) => !several(component.label) && (SINGLE_BROKER.test(component.label) || (streams.length === 1 && ONE_BROKER_NAME.test(component.label))),
  );
}

/**
 * `flowsRead` is false when no flow is read at all (a mesh, a threaded line), and `wiring` says which
 * boxes any arrow touches: a stream nothing is connected to has no producers and consumers to judge.
 */
function antipatternFinding(graph: DiagramGraph, antipattern: Antipattern, weight: number, flowsRead: boolean, wiring: ReadonlyMap<string, Wiring>): Finding | undefined {
  const base = { code: `diagram.antipattern.${antipattern.id}`, severity: 'wrong' as const, points: round1(antipattern.penalty * weight) };
  const has = (component: DiagramComponent | undefined, kind: ComponentKind) => component !== undefined && kindsOf(component).includes(kind);
  switch (antipattern.rule) {
    case 'dashboard-reads-oltp': {
      const byId = componentsById(graph);
      const served = servingStores(graph, byId);
      const operational = (component: DiagramComponent | undefined) => has(component, 'oltp_database') && !served.has(component!.id);
      const direct = graph.edges.filter((edge: DiagramEdge) => {
        const a = byId.get(edge.from);
        const b = byId.get(edge.to);
        return (has(a, 'bi_dashboard') && operational(b)) || (has(b, 'bi_dashboard') && operational(a));
      });
      if (direct.length === 0) return undefined;
      const involved = direct.flatMap((edge) => [byId.get(edge.from), byId.get(edge.to)]).filter((component) => component !== undefined);
      return { ...base, message: `Dashboards read the OLTP database directly. ${antipattern.why}`, refs: [...elementsOf(involved), ...direct.flatMap((edge) => edge.elementIds)].sort() };
    }
    case 'single-broker': {
      const single = singleBrokers(graph);
      if (single.length === 0) return undefined;
      return { ...base, message: `A single Kafka broker (${listLabels(single)}). ${antipattern.why}`, refs: elementsOf(single) };
    }
    case 'no-schema-management': {
      const streams = graph.components.filter((component) => has(component, 'kafka') && (wiring.get(component.id) ?? 'none') !== 'none');
      // A registry drawn as its own box, or named beside the broker it serves ("Kafka (schema registry)").
      const hasRegistry = graph.components.some((component) => has(component, 'schema_registry') || (has(component, 'kafka') && qualifierKinds(component).has('schema_registry')));
      // Schema management is judged between a stream's producers and consumers; with no flow read there are none.
      if (streams.length === 0 || hasRegistry || !flowsRead) return undefined;
      return { ...base, message: `No schema management between producers and consumers of ${listLabels(streams)}. ${antipattern.why}`, refs: elementsOf(streams) };
    }
    case 'writes-into-source': {
      const loops = sourceLoops(graph);
      if (loops.length === 0) return undefined;
      const drawn = loops.map(({ from, source, edge }) => `${nameOf(from)} → ${nameOf(source)}${edge.label ? ` ("${edge.label}")` : ''}`);
      return {
        ...base,
        message: `An arrow writes from the analytical side back into the source database that feeds the pipeline (${drawn.slice(0, 2).join(', ')}). ${antipattern.why}`,
        refs: [...new Set(loops.flatMap(({ from, source, edge }) => [...from.elementIds, ...source.elementIds, ...edge.elementIds]))].sort(),
      };
    }
    default:
      return assertNever(antipattern.rule, 'antipattern rule');
  }
}

function scales(diagram: DiagramRubric): Scale {
  const partPoints = [...diagram.requiredKinds, ...diagram.errorHandling].reduce((n, r) => n + r.points, 0);
  const flowPoints = diagram.flows.reduce((n, f) => n + f.points, 0);
  if (flowPoints === 0) return { parts: partPoints > 0 ? 100 / partPoints : 0, flows: 0 };
  if (partPoints === 0) return { parts: 0, flows: 100 / flowPoints };
  return { parts: (100 * (1 - FLOWS_SHARE)) / partPoints, flows: (100 * FLOWS_SHARE) / flowPoints };
}

function paletteFindings(graph: DiagramGraph): Finding[] {
  const findings: Finding[] = [];
  for (const component of graph.components) {
    if (component.paletteKind === undefined || component.kindSource !== 'label' || component.kind === 'unknown') continue;
    findings.push({
      code: 'diagram.label-over-palette',
      severity: 'hint',
      points: 0,
      message: `"${component.label}" was dropped as ${withArticle(kindLabel(component.paletteKind))}, but its label names ${kindsOf(component).map((kind) => withArticle(kindLabel(kind))).join(' and ')}: it is read as what the label says.`,
      refs: component.elementIds,
    });
  }
  return findings;
}

/** One hint per arrow drawn where no data could go, naming both ends and the arrow. */
function miswireFindings(miswired: readonly Miswire[]): Finding[] {
  return miswired.map((wire) => ({
    code: `diagram.order.${wire.rule.id}`,
    severity: 'hint' as const,
    points: 0,
    message: `The arrow ${describeMiswire(wire)}. No flow is read through this arrow: check which way the data goes and where this box belongs.`,
    refs: [...new Set([...wire.from.elementIds, ...wire.to.elementIds, ...wire.edge.elementIds])].sort(),
  }));
}

/** How a finding says why a box is set aside by its own label. */
const SET_ASIDE_WHY: Record<SetAsideReason, string> = {
  struck: 'is struck out',
  negated: 'says it is not needed',
  removed: 'is marked as removed',
  deferred: 'is marked for later',
  placeholder: 'is a placeholder',
  question: 'is a question, not a decision',
};

/** One hint per box whose label takes it out of the design: it is not read as what it names. */
function setAsideFindings(graph: DiagramGraph): Finding[] {
  const findings: Finding[] = [];
  for (const component of graph.components) {
    const aside = component.setAside;
    if (!aside) continue;
    const named = aside.kinds.length > 0 ? `, so it is not read as ${aside.kinds.map((kind) => withArticle(kindLabel(kind))).join(' or ')}` : '';
    findings.push({
      code: `diagram.set-aside.${aside.reason}`,
      severity: 'hint',
      points: 0,
      message: `${nameOf(component)} ${SET_ASIDE_WHY[aside.reason]}${named}: draw only what the design uses, and label it plainly.`,
      refs: elementsOf([component]),
    });
  }
  return findings;
}

/**
 * One hint per word the reader took as a typo of a product name ("Kakfa" read as Kafka), on the box it
 * gave a kind: the learner sees how the label was read and can fix the spelling or the reading.
 */
function readAsFindings(graph: DiagramGraph): Finding[] {
  const findings: Finding[] = [];
  for (const component of graph.components) {
    if (component.setAside || component.label === '' || component.kindSource === 'learner') continue;
    for (const fix of labelCorrections(component.label)) {
      if (!kindsOf(component).includes(fix.kind)) continue;
      findings.push({
        code: 'diagram.read-as',
        severity: 'hint',
        points: 0,
        message: `Read "${fix.written}" in "${component.label}" as "${fix.readAs}", ${withArticle(kindLabel(fix.kind))}: check the spelling, or say what the box is ("What is this?") if you meant something else.`,
        refs: elementsOf([component]),
      });
    }
  }
  return findings;
}

/** One hint per box read as one of the case's sources by a bare word ("Switch"), so the learner can check the reading. */
function sourceReadingFindings(readings: readonly SourceReading[]): Finding[] {
  return readings.map(({ component, source }) => ({
    code: 'diagram.read-as-source',
    severity: 'hint' as const,
    points: 0,
    message: `Read "${component.label}" as ${lowerFirst(source)}: say what the box is ("What is this?") if you meant something else.`,
    refs: elementsOf([component]),
  }));
}

/** One hint per box that lists tools of several stages: what it names earns only a small share. */
function sinkFindings(sinks: ReadonlyMap<string, KitchenSink>): Finding[] {
  return [...sinks.values()].map(({ component, stages }) => ({
    code: 'diagram.one-box',
    severity: 'hint' as const,
    points: 0,
    message: `${nameOf(component)} names tools of ${describeStages(stages)} in one box. A box is one component: each part it names earns only a small share until it is drawn as its own box, with arrows for the data between them.`,
    refs: elementsOf([component]),
  }));
}

/** One hint per frame of unconnected tools whose edge the arrows touch: what the arrows are read as. */
function frameFindings(frames: readonly BlackBoxFrame[]): Finding[] {
  return frames
    .filter((frame) => frame.crossing > 0)
    .map(({ group, parts }) => ({
      code: 'diagram.black-box-frame',
      severity: 'hint' as const,
      points: 0,
      message: `${group.label ? `"${group.label}"` : 'A frame'} holds ${parts.length} parts (${listLabels(parts)}) with no arrow between any two of them, so the arrows into and out of it say only that data enters and leaves it: no flow is read through it. Draw how the data moves from part to part inside.`,
      refs: elementsOf(parts),
    }));
}

/**
 * One hint for the arrows drawn with heads at both ends: they are read as connections without a
 * direction (ambiguous, not wrong), so what they join counts as connected and the flows through them
 * earn the share of undirected lines.
 */
function twoWayFindings(graph: DiagramGraph): Finding[] {
  const twoWay = graph.edges.filter((edge) => edge.twoWay);
  if (twoWay.length === 0) return [];
  const count = twoWay.length === 1 ? 'One arrow has' : `${twoWay.length} arrows have`;
  return [
    {
      code: 'diagram.two-way',
      severity: 'hint',
      points: 0,
      message: `${count} heads at both ends, read as ${twoWay.length === 1 ? 'a connection' : 'connections'} without a direction: the boxes count as joined, but the flows through them earn only part of their points. Keep one head where data moves one way; a call and its answer (a scoring API) can keep both.`,
      refs: [...new Set(twoWay.flatMap((edge) => edge.elementIds))].sort(),
    },
  ];
}

/** The one finding for a drawing whose direction was read from its layout: what was assumed, and what it cost. */
function layoutFinding(layout: LayoutReading, lost: number): Finding {
  return {
    code: 'diagram.layout-direction',
    severity: 'missing',
    points: lost,
    message: `No line has an arrowhead, so the direction was read from the layout (${layout.axis}, from the sources towards the dashboards) for ${layout.oriented.length === 1 ? 'one line' : `${layout.oriented.length} lines`}: an interviewer would ask which way each goes. Draw arrows from where the data comes from to where it goes.`,
    refs: [...new Set(layout.oriented.flatMap((edge) => edge.elementIds))].sort(),
  };
}

/** The one finding for boxes read by their arrows' labels: which box, as what, from which label, and what it cost. */
function arrowNamedFinding(named: readonly ArrowNamedBox[], lost: number): Finding {
  const shown = named.slice(0, 3).map(({ component, kind, edge }) => `${nameOf(component)} as ${kindLabel(kind)} (arrow "${edge.label}")`);
  const more = named.length > 3 ? ` and ${named.length - 3} more` : '';
  return {
    code: 'diagram.arrow-named',
    severity: 'missing',
    points: lost,
    message: `Read ${shown.join(', ')}${more} from the labels of their arrows, because the boxes themselves name no tool: label each box with what it is, so the diagram reads without the arrows.`,
    refs: [...new Set(named.flatMap(({ component, edge }) => [...component.elementIds, ...edge.elementIds]))].sort(),
  };
}

/** One hint per hub joined to nearly every box: routes through it are not read as flows. */
function hubFindings(hairball: Hairball): Finding[] {
  return hairball.hubs.map((hub) => ({
    code: 'diagram.hub',
    severity: 'hint' as const,
    points: 0,
    message: `${nameOf(hub)} is connected to nearly every other box, so routes through it say nothing about where data goes: no flow is read through it. Keep the arrows that carry data.`,
    refs: elementsOf([hub]),
  }));
}

/**
 * Scores the learner's diagram (already read into a graph by lib/canvas) against the case. Most of
 * the 100 points (FLOWS_SHARE) come from the required data flows: a path of arrows from a source kind
 * to a sink kind, through the named hops, in the right direction; a path that needs headless lines
 * earns part, one drawn backwards is named and earns nothing. The rest comes from the required parts,
 * fully only when wired into the design. Any equivalent kind meets a requirement unless the case says
 * why not. Antipatterns cost points. Every finding names the canvas elements it is about.
 */
export function scoreDiagram(read: DiagramGraph, rubric: { steps: { diagram: DiagramRubric; design?: FirstPriorityView } }): StepResult {
  const diagram = rubric.steps.diagram;
  // Broker boxes joined by replication lines are one stream: the lines carry no data.
  // A box named only "... stream" between Kafka and a store is the job that keeps the store current.
  // A box named as a store by its content ("census store") that a job writes is the store its place says.
  const clustered = withStoresByPlace(withStreamJobsByPlace(withBrokerClusters(read)));
  // No line has a head: the layout says which way the data goes, as on a whiteboard (not for a mesh).
  const layout = findHairball(clustered).mesh ? undefined : readLayoutDirection(clustered);
  // A box named by a bare word of one of the case's own sources ("Switch") is that source.
  const { graph: sourced, readings } = withCaseSources(layout?.graph ?? clustered, diagram);
  // Generic boxes named by the labels of their arrows ("Flink" into "stream job"), transports on an arrow as their hop.
  const arrowLabels = withArrowLabelKinds(sourced);
  // A frame titled with a schedule ("Hourly processing") says how often every box in it runs.
  const drawn = withFrameSchedules(arrowLabels.graph);
  // A frame of tools with nothing connected inside: arrows into and out of it reach no one part.
  const frames = blackBoxFrames(drawn);
  const graph = withoutFrameArrows(drawn, frames);
  const scale = scales(diagram);
  const hairball = findHairball(graph);
  const wired = wiringOf(graph, new Set(hairball.hubs.map((hub) => hub.id)));
  const threaded = hairball.mesh ? undefined : findThreadedChain(graph);
  const findings: Finding[] = [];
  let earned = 0;
  let available = 0;
  let flowsEarned = 0;
  // Boxes where a drawn flow delivers its data: the use case's readers (technicians paged, a dashboard).
  const flowEnds = new Set<string>();

  // Flows first: a component on a complete flow is wired into the design, whatever else touches it.
  const onFlow = new Set<string>();
  // A box listing tools of several stages is no part of a drawn flow; what only it names earns a small share.
  const sinks = kitchenSinks(graph);
  const clean = sinks.size > 0 ? withoutComponents(graph, sinks) : graph;
  // Boxes whose data comes only through an arrow no data could follow: flows from them carry nothing.
  const misfed = misfedBoxes(clean);
  // The case's core freshness need: its flows with the tightest freshnessSeconds.
  const needs = diagram.flows.map((flow) => flow.freshnessSeconds).filter((need) => need !== undefined);
  const core = needs.length > 0 ? Math.min(...needs) : undefined;
  let coreFlows = 0;
  let coreServed = false;
  const defeated: { flow: Flow; job: DiagramComponent; hop: StaleHop; need: number }[] = [];
  const cleanById = componentsById(clean);
  // Boxes named for another business, and boxes whose data comes only from them.
  const foreign = foreignSubjects(clean, rubric);
  const caseKinds = kindsOfCase(diagram);
  const outside = (component: DiagramComponent) => kindsOf(component).every((kind) => KIND_INFO[kind].category === 'source' && !caseKinds.has(kind));
  const { fed, allForeign } = foreignFed(clean, foreign, outside);
  const flowById = new Map(diagram.flows.map((flow) => [flow.id, flow]));
  const elsewhere = routesElsewhere([...flowById.keys()], (id) => {
    const query = flowQuery(flowById.get(id)!, hairball, arrowLabels.readers);
    const { from, to, through, hopAllowed, endAllowed } = query;
    return findFlowPath(clean, { from, to, through, undirected: false, hopAllowed, ...(endAllowed ? { endAllowed } : {}), ...refusing(query) });
  });
  for (const flow of diagram.flows) {
    available += flow.points * scale.flows;
    const routed = foreignRoute(clean, flow, scale.flows, scoreFlowOf(graph, clean, sinks, flow, scale.flows, onFlow, hairball, threaded, misfed, arrowLabels.readers, elsewhere), foreign, fed);
    const scored = unreadRoute(clean, flow, scale.flows, routed);
    earned += scored.earned;
    flowsEarned += scored.earned;
    findings.push(scored.finding);
    const end = scored.finding.severity === 'good' ? scored.path?.componentIds.at(-1) : undefined;
    if (end !== undefined) flowEnds.add(end);
    if (core === undefined || flow.freshnessSeconds !== core) continue;
    coreFlows += 1;
    if (scored.finding.severity === 'good') coreServed = true;
    const job = scored.stale ? streamJobBefore(scored.stale, cleanById) : undefined;
    if (job && scored.stale && !servesFreshly(clean, job, flow, core)) defeated.push({ flow, job, hop: scored.stale.hop, need: core });
  }
  const requirements: [KindRequirement, string][] = [
    ...diagram.requiredKinds.map((r): [KindRequirement, string] => [r, `diagram.component.${r.id}`]),
    ...diagram.errorHandling.map((r): [KindRequirement, string] => [r, `diagram.error-handling.${r.id}`]),
  ];
  // Error handling watches the platform: a box that is where a flow delivers its data (PagerDuty paging
  // technicians about machines, Grafana showing engineers trends) serves the use case, not the pipeline.
  const watching = flowEnds.size === 0 ? graph : { ...graph, components: graph.components.filter((component) => !flowEnds.has(component.id)) };
  for (const [requirement, code] of requirements) {
    available += requirement.points * scale.parts;
    const scored = scoreKindRequirement(code.startsWith('diagram.error-handling.') ? watching : graph, requirement, code, wired, scale.parts, onFlow, threaded, sinks, foreign);
    earned += scored.earned;
    findings.push(...scored.findings);
  }

  // Direction read from the layout, not drawn: most of what the lines show, with the question asked.
  if (layout && earned > 0) {
    // No doubt only when the layout is consistent, no line so read runs where no data could go, and what
    // it reads is a design: most of the flows' points (a hairball laid out left to right reads none).
    const flowsAvailable = diagram.flows.reduce((n, flow) => n + flow.points * scale.flows, 0);
    const clear = layout.consistent && wired.miswired.length === 0 && flowsEarned >= LAYOUT_CLEAR_FLOWS * flowsAvailable;
    const lost = round1(earned * (1 - (clear ? CONSISTENT_LAYOUT_SHARE : LAYOUT_DIRECTION_SHARE)));
    earned -= lost;
    findings.push(layoutFinding(layout, lost));
  }

  // Boxes named only by their arrows' labels: the design is read, a little below named boxes.
  if (arrowLabels.named.length > 0 && earned > 0) {
    const lost = round1(earned * (1 - ARROW_NAMED_SHARE));
    earned -= lost;
    findings.push(arrowNamedFinding(arrowLabels.named, lost));
  }

  // Links written as text, not drawn: the design is read, below the same design drawn.
  const written = graph.edges.filter((edge) => edge.written);
  if (written.length > 0 && earned > 0) {
    const lost = round1(earned * (1 - WRITTEN_CHAIN_SHARE) * (written.length / graph.edges.length));
    earned -= lost;
    findings.push({
      code: 'diagram.written-links',
      severity: 'missing',
      points: lost,
      message: `${written.length === 1 ? 'One link is' : `${written.length} links are`} written as text with arrows ("A -> B") rather than drawn: they are read as the design, but an interviewer asks for a drawing. Draw each part as a box and each link as an arrow.`,
      refs: [...new Set(written.flatMap((edge) => edge.elementIds))].sort(),
    });
  }

  // Penalties keep their weight against the rubric's own total.
  const rawTotal = [...diagram.requiredKinds, ...diagram.errorHandling, ...diagram.flows].reduce((n, r) => n + r.points, 0);
  let penalty = 0;
  const capped: { antipattern: Antipattern; finding: Finding }[] = [];
  for (const antipattern of diagram.antipatterns) {
    const finding = antipatternFinding(graph, antipattern, rawTotal > 0 ? 100 / rawTotal : 0, !hairball.mesh && !threaded, wired.wiring);
    if (finding) {
      penalty += finding.points;
      findings.push(finding);
      if (antipattern.cap !== undefined) capped.push({ antipattern, finding });
    }
  }

  for (const { copies } of duplicateSystems(graph)) {
    penalty += DUPLICATE_SYSTEM_PENALTY;
    findings.push({
      code: 'diagram.duplicate-system',
      severity: 'wrong',
      points: DUPLICATE_SYSTEM_PENALTY,
      message: `${listLabels(copies)} ${copies.length === 2 ? 'are two copies' : `are ${copies.length} copies`} of one system that no arrow joins, so their flows never meet: draw it once and connect every path to it, or name each for what makes it different.`,
      refs: elementsOf(copies),
    });
  }
  // Boxes of three stages or more are kitchen sinks, docked on their own (KITCHEN_SINK_SHARE).
  const paired = !hairball.mesh && !threaded ? pairedBoxes(withoutComponents(graph, sinks), PAIRED_BOXES_AT_LEAST) : [];
  if (paired.length > 0) {
    const points = Math.min(PAIRED_BOX_PENALTY * paired.length, PAIRED_BOXES_MAX_PENALTY);
    penalty += points;
    findings.push({
      code: 'diagram.paired-boxes',
      severity: 'wrong',
      points,
      message: `${paired.length} boxes each hold two components of different stages (${listLabels(paired)}), so an arrow to one of them does not say which of the pair it means: draw each component as its own box, with the arrow between them.`,
      refs: elementsOf(paired),
    });
  }
  findings.push(...paletteFindings(graph), ...miswireFindings(wired.miswired), ...hubFindings(hairball), ...sinkFindings(sinks));
  findings.push(...setAsideFindings(graph), ...readAsFindings(graph), ...sourceReadingFindings(readings), ...frameFindings(frames));
  const unknown = graph.components.filter((component) => component.kind === 'unknown' && component.setAside === undefined);
  if (unknown.length > 0) {
    findings.push({
      code: 'diagram.unrecognised',
      severity: 'hint',
      points: 0,
      message: `${unknown.length === 1 ? 'One box is' : `${unknown.length} boxes are`} not recognised (${listLabels(unknown)}): say what each is ("What is this?"), or label it with what it is, such as Kafka, S3 or Airflow.`,
      refs: elementsOf(unknown),
    });
  }
  findings.push(...twoWayFindings(graph));
  if (graph.components.length > 1 && graph.edges.length === 0) {
    findings.push({ code: 'diagram.no-arrows', severity: 'hint', points: 0, message: 'Nothing is connected yet: draw arrows in the direction the data flows. Most of the points are for the flows.' });
  }
  // Antipatterns cost at most MAX_PENALTY_SHARE of what the drawing earned: a diagram that shows little
  // keeps most of its little (an interviewer still credits the boxes), not zero.
  const charged = Math.min(penalty, earned * MAX_PENALTY_SHARE);
  const scoredResult = stepResult(Math.max(0, earned - charged), available, findings);
  // Every flow of the core need drawn stale behind a stream job: the streaming parts serve nothing.
  let result = coreFlows > 0 && defeated.length === coreFlows ? capCoreFreshness(scoredResult, defeated) : scoredResult;
  // A flaw that breaks a hard requirement of the case (acknowledged events lost) caps the design.
  for (const { antipattern, finding } of capped) result = capAntipattern(result, antipattern.cap!, finding);
  // A box that claims fresh data fed only through a slow hop, while no core flow is served: the label is the design's only freshness.
  const claimed = core !== undefined && coreFlows > 0 && !coreServed && result === scoredResult ? defeatedFreshClaim(clean, core) : undefined;
  if (claimed) result = capFreshClaim(result, claimed, core!);
  // The case's first priority is its tightest need, and nothing drawn serves it fresh enough.
  const first = rubric.steps.design?.useCases?.[0]?.freshnessSeconds;
  if (first !== undefined && core !== undefined && first <= core && coreFlows > 0 && !coreServed) {
    const ends = new Set<ComponentKind>(diagram.flows.filter((flow) => flow.freshnessSeconds === core).flatMap((flow) => flow.to));
    const consumer = freshConsumer(clean, ends);
    // A consumer named for another business ("sale-day ops board") is not this case's need served, nor a
    // store that nothing reads ("Redis surge" no pricing service calls).
    const own = (component: DiagramComponent) => !foreign.has(component.id) && consumer(component) && !isUnreadStore(clean, component, NO_IDS);
    const served = clean.components.some((component) => isFedStreamJob(clean, component) && freshlyReaches(clean, component, own, core));
    if (!served) result = capFirstPriority(result, diagram.flows.find((flow) => flow.freshnessSeconds === core)!, core);
  }
  // Nothing drawn reads what the pipeline keeps: no use case reaches its user.
  if (earned > 0 && !reachesReader(clean, readerEnds(diagram))) result = capUnserved(result);
  // Most boxes list alternatives ("Kafka / Kinesis / Pulsar"): the design makes no choice.
  const undecided = undecidedDesign(graph);
  if (undecided.length > 0) result = capScore(result, UNDECIDED_CAP, () => undecidedFinding(undecided));
  // A diagram of another business (its sources and consumers named for it) earns nothing by subject,
  // nor one whose every source is another business's (named for it, or of a kind the case never has).
  const fit = diagramCaseFit(drawn, rubric);
  if (!fit.offCase && allForeign) {
    const words = [...new Set([...foreign.values()].flat())];
    return capOffCase(result, { own: [], central: [], foreign: words, offCase: true }, 'diagram');
  }
  return capOffCase(result, fit, 'diagram');
}
