import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import type { Rubric } from '../content/rubric-schema';
import { headNamesSource, labelOnlyNamesSource, qualifierNamesSource, sourceNameStems } from '../text/source-head';
import type { ComponentKind } from './component-kinds';
import { KIND_INFO } from './kind-info';

type DiagramRubric = Rubric['steps']['diagram'];

/** One of the case's sources as its rubric words it: the stems of its name and the kind a box named so is. */
interface CaseSource {
  label: string;
  stems: ReadonlySet<string>;
  kind: ComponentKind;
}

const SOURCES = new WeakMap<object, readonly CaseSource[]>();

/**
 * The case's own sources, from its diagram rubric: each required part whose kinds are all sources
 * ("The authorisation switch as a source", anyOf app_service), with the stems of the words that name it
 * (lib/text's sourceNameStems) and its first kind. Data, not code: a new case names its sources in its
 * rubric. Cached per rubric. Pure; never throws.
 */
export function caseSources(diagram: DiagramRubric): readonly CaseSource[] {
  const known = SOURCES.get(diagram);
  if (known) return known;
  const sources: CaseSource[] = [];
  for (const requirement of diagram.requiredKinds) {
    const kinds = requirement.anyOf as ComponentKind[];
    if (kinds.length === 0 || !kinds.every((kind) => KIND_INFO[kind].category === 'source')) continue;
    // "The authorisation switch as a source" names the switch; the role words stay out of the finding.
    const label = requirement.label.replace(/\s+as\s+(?:an?\s+|the\s+)?(?:sources?|inputs?)\s*$/i, '');
    sources.push({ label, stems: sourceNameStems(requirement.label), kind: kinds[0]! });
  }
  SOURCES.set(diagram, sources);
  return sources;
}

/** A box the reader could not place, read as one of the case's sources by its head noun. */
export interface SourceReading {
  component: DiagramComponent;
  /** The rubric's wording of the source, role words left out ("The authorisation switch"). */
  source: string;
  kind: ComponentKind;
}

/**
 * The graph with each box the reader could not place (kind unknown, not set aside, not answered by the
 * learner), or read as a kind that is no source but labelled only with words of one source's name and
 * drawn where data starts (no arrow in, one out: "Gateways" in the factory case), whose head noun is a
 * word the case uses for exactly one of its sources ("Switch" in the card
 * case, "Hospital systems" in the healthcare case), or, for a box where data starts, whose first word names
 * one source and whose head is what it sends ("driver pings"), read as that source, and those readings. A bare
 * domain noun on a whiteboard names the case's own system: an interviewer reads "Switch" as the
 * authorisation switch. The input graph when no box is read so. Pure; never throws.
 */
export function withCaseSources(graph: DiagramGraph, diagram: DiagramRubric): { graph: DiagramGraph; readings: SourceReading[] } {
  const sources = caseSources(diagram);
  if (sources.length === 0) return { graph, readings: [] };
  const readings: SourceReading[] = [];
  const fed = new Set<string>();
  const feeding = new Set<string>();
  for (const edge of graph.edges) {
    fed.add(edge.to);
    feeding.add(edge.from);
    if (edge.undirected) fed.add(edge.from);
  }
  const components = graph.components.map((component) => {
    if (component.setAside !== undefined || component.kindSource === 'learner' || component.label === '') return component;
    // A box the label reads as something else but whose words are only a source's own name, where the data
    // starts (nothing drawn into it, something drawn out): "Gateways" feeding the MQTT broker in the factory
    // case are the plants' edge gateways, not an API gateway.
    const bareRoot = component.kind !== 'unknown' && !fed.has(component.id) && feeding.has(component.id) && KIND_INFO[component.kind].category !== 'source';
    if (component.kind !== 'unknown' && !bareRoot) return component;
    // An unplaced box where the data starts, named for what a source sends ("driver pings" feeding Kafka):
    // the box is that source, drawn as its output.
    const root = !fed.has(component.id) && feeding.has(component.id);
    const names = (source: CaseSource) =>
      bareRoot ? labelOnlyNamesSource(component.label, source.stems) : headNamesSource(component.label, source.stems) || (root && qualifierNamesSource(component.label, source.stems));
    const named = sources.filter(names);
    if (named.length !== 1) return component;
    const [source] = named as [CaseSource];
    const read: DiagramComponent = { ...component, kind: source.kind, kinds: [source.kind] };
    readings.push({ component: read, source: source.label, kind: source.kind });
    return read;
  });
  return readings.length === 0 ? { graph, readings } : { graph: { ...graph, components }, readings };
}
