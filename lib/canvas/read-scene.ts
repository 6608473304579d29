import { attachLabels } from './attach-labels';
import type { Unit } from './build-units';
import { buildUnits, sortIds } from './build-units';
import type { CanvasElement } from './canvas-element';
import { toCanvasElement } from './canvas-element';
import { ReadComponent, ReadEdge } from './graph-records';
import { emptyList, listOf } from './young';
import type { ComponentKind } from '@/lib/diagram/component-kinds';
import { areEquivalent } from '@/lib/diagram/kind-equivalence';
import { KIND_INFO } from '@/lib/diagram/kind-info';
import { classifyComponent, kindsFromLabel } from './classify-kind';
import type { KindReading } from './classify-kind';
import { connectorEligibility } from './connector-eligibility';
import { composeLabel, countLines, labelPieces, normalizeText, readPieces } from './compose-label';
import type { DecorationCandidate } from './decoration';
import { decorationUnits } from './decoration';
import { detectGroups } from './detect-groups';
import { imageNames } from './image-names';
import type { HeaderCandidate } from './lane-headers';
import { laneHeaders } from './lane-headers';
import { logoOwners } from './logo-owners';
import { asideParts, LEGEND_TITLE } from './aside-parts';
import type { DiagramComponent, DiagramEdge, DiagramGraph, DiagramGroup } from './diagram-graph';
import type { Box } from './geometry';
import { boxGap, boxHeight, boxWidth, containsPoint, boxCenter, toBounds, unionBox } from './geometry';
import type { EndpointRef, RawEdge } from './resolve-edges';
import { stepNumberOf } from '@/lib/text/step-number';
import { resolveEdges } from './resolve-edges';
import { textChains } from './text-chains';
import { parseScene } from './scene-schema';
import type { SceneElement } from './scene-schema';
import type { TextPiece } from './text-piece';
import { createWorkBudget, DEFAULT_WORK_BUDGET } from './work-budget';

export interface ReadSceneOptions {
  /** Upper bound on pairwise geometry checks; the read stops refining (with a note) past it. */
  workBudget?: number;
}

const MAX_NOTES = 50;
const WORK_PER_ELEMENT = 60;
/** A text this long with no arrows is a notes panel or a legend, not a component. */
const NOTE_MIN_LINES = 6;
const NOTE_MIN_CHARS = 160;
/** Icon parts smaller than this cannot hold a label written "on" the icon. */
const MIN_LABEL_SHAPE = 24;

interface Draft {
  id: string;
  box: Box;
  label: string;
  lines: number;
  elementIds: Set<string>;
  customData: Record<string, unknown>[];
  /** Type words written on the component's icon and left out of its label ("SQL"); '' when none. */
  hint?: string;
}

/** A `Draft` made by `new` so V8 never pretenures it (see ./young.ts); `hint` is set only when there is one. */
class ReadDraft implements Draft {
  declare hint?: string;
  constructor(
    public id: string,
    public box: Box,
    public label: string,
    public lines: number,
    public elementIds: Set<string>,
    public customData: Record<string, unknown>[],
  ) {}
}

/**
 * Texts written on a drawn icon ("SQL" on a cylinder) lose to its caption when it has one: `label`
 * is what names the component, `onIcon` the type words set aside (they still say what it is when the
 * caption does not; see typeHint).
 */
function iconTexts(u: Unit): { label: TextPiece[]; onIcon: TextPiece[] } {
  if (!u.isCluster || u.memberTexts.length < 2) return { label: u.memberTexts, onIcon: [] };
  const texts = labelPieces(u.memberTexts);
  const onIcon = (t: TextPiece) =>
    u.shapeBoxes.some((b) => Math.min(boxWidth(b), boxHeight(b)) >= MIN_LABEL_SHAPE && containsPoint(b, boxCenter(t.box)));
  const outside = texts.filter((t) => !onIcon(t));
  return outside.length > 0 && outside.length < texts.length ? { label: outside, onIcon: texts.filter(onIcon) } : { label: texts, onIcon: [] };
}

/**
 * The kind reading of a component whose label names nothing, from the type words written on its icon
 * ("SQL" on a cylinder captioned "orders_qa" is a database); the label's own reading otherwise. Pure.
 */
function withTypeHint(reading: KindReading, hint: string, customData: readonly Record<string, unknown>[]): KindReading {
  if (hint === '' || reading.kinds[0] !== 'unknown' || reading.setAside !== undefined) return reading;
  const hinted = classifyComponent(hint, customData);
  return hinted.kinds[0] === 'unknown' || hinted.setAside !== undefined ? reading : hinted;
}

/**
 * Elements read before, by object, with the `version` and scene position they were read at. Excalidraw
 * bumps an element's `version` on every edit, and the live checklist's worker keeps the objects of
 * unchanged elements from one scene to the next, so an object seen again at the same version and
 * position reads the same: after an edit only the changed elements are read again. Objects without a
 * numeric `version` (hand-written scenes, tests) are read afresh every time.
 */
const READ_ELEMENTS = new WeakMap<object, { version: number; index: number; element: CanvasElement }>();

/** `toCanvasElement`, reusing the reading of an unchanged element (same object, version and position). */
function readElement(el: SceneElement, index: number): CanvasElement | string {
  const version = el.version;
  if (typeof version !== 'number') return toCanvasElement(el, index);
  const known = READ_ELEMENTS.get(el);
  if (known !== undefined && known.version === version && known.index === index) return known.element;
  const element = toCanvasElement(el, index);
  if (typeof element !== 'string') READ_ELEMENTS.set(el, { version, index, element });
  return element;
}

/** A draft's label and how many lines it reads (one choice of pieces for both). */
function labelAndLines(pieces: readonly TextPiece[]): { label: string; lines: number } {
  const kept = labelPieces(pieces);
  return { label: readPieces(kept), lines: countLines(kept) };
}

/**
 * Reads an Excalidraw scene (file object, `{ elements }`, bare array, or JSON text) into the
 * diagram graph. Never throws: anything it cannot use is skipped and mentioned in `notes`.
 */
export function readScene(input: unknown, options: ReadSceneOptions = {}): DiagramGraph {
  const parsed = parseScene(input);
  const notes = [...parsed.notes];
  const note = (n: string) => {
    if (notes.length < MAX_NOTES) notes.push(n);
  };
  const elements: CanvasElement[] = [];
  const seen = new Set<string>();
  parsed.elements.forEach((el, i) => {
    if (el.isDeleted === true) return;
    if (seen.has(el.id)) {
      note(`skipped duplicate element id ${el.id}`);
      return;
    }
    const c = readElement(el, i);
    if (typeof c === 'string') note(c);
    else {
      seen.add(el.id);
      elements.push(c);
    }
  });

  // Pairwise work grows with the scene; the cap only bites on pathological pile-ups.
  const budget = createWorkBudget(options.workBudget ?? Math.max(DEFAULT_WORK_BUDGET, elements.length * WORK_PER_ELEMENT));
  const built = buildUnits(elements, budget);
  const containment = detectGroups(built.units, budget, built.freeTexts);
  const live = connectorEligibility(built, containment, budget);
  const attachments = attachLabels(built.units, containment, built.connectors, built.freeTexts, live, budget);
  const resolution = resolveEdges(built, containment, attachments, live, budget);
  resolution.notes.forEach(note);
  const { units } = built;
  const { role } = containment;

  let names: Map<string, string> | null = null;
  const imageName = (ids: ReadonlySet<string>): string => {
    names ??= imageNames(parsed.elements, parsed.files);
    if (names.size === 0) return '';
    for (const id of [...ids].sort()) {
      const name = names.get(id);
      if (name !== undefined) return normalizeText(name);
    }
    return '';
  };

  // Components from units, with merged icons and attached texts folded in.
  const drafts = new Map<number, Draft>();
  const kidsOf = new Map<number, number[]>();
  containment.mergedInto.forEach((m, k) => {
    if (m === null) return;
    const list = kidsOf.get(m);
    if (list) list.push(k);
    else kidsOf.set(m, [k]);
  });
  units.forEach((u, i) => {
    if (role[i] !== 'component') return;
    const pieces: TextPiece[] = [];
    const ids = new Set(u.elementIds);
    const customData = [...u.customData];
    const typeWords: TextPiece[] = [];
    for (const k of [i, ...(kidsOf.get(i) ?? [])]) {
      const part = units[k]!;
      // A tag's word ("PII") marks the box; it is not part of what the box is called.
      if (!containment.tags.has(k)) {
        const icon = iconTexts(part);
        pieces.push(...part.boundTexts, ...icon.label, ...(attachments.componentTexts.get(k) ?? []));
        typeWords.push(...icon.onIcon);
      }
      part.elementIds.forEach((id) => ids.add(id));
      if (k !== i) customData.push(...part.customData);
    }
    for (const p of attachments.componentTexts.get(i) ?? []) p.elementIds.forEach((id) => ids.add(id));
    const read = labelAndLines(pieces);
    // A logo with no text is named by its own data when it has a name (customData, file name, SVG title).
    const label = read.label === '' ? imageName(ids) : read.label;
    const draft: Draft = new ReadDraft(u.id, u.box, label, read.lines, ids, customData);
    if (typeWords.length > 0) draft.hint = composeLabel(typeWords);
    drafts.set(i, draft);
  });

  // Standalone texts become components only when an arrow connects them.
  const textDrafts = new Map<number, Draft>();
  const groupLabel = (i: number): string => {
    const u = units[i]!;
    const frameName = normalizeText(u.frameName ?? '');
    return frameName !== '' ? frameName : composeLabel([...u.boundTexts, ...u.memberTexts, ...(attachments.groupTexts.get(i) ?? [])]);
  };
  // A container an arrow ends on (its border, not a member) is a node of its own.
  const groupDrafts0 = new Map<number, Draft>();
  const draftOf = (ref: EndpointRef): Draft => {
    if (ref.kind === 'unit') {
      const d = drafts.get(ref.index);
      if (d) return d;
      let g = groupDrafts0.get(ref.index);
      if (!g) {
        const u = units[ref.index]!;
        const ids = new Set(u.elementIds);
        for (const p of [...u.boundTexts, ...u.memberTexts, ...(attachments.groupTexts.get(ref.index) ?? [])]) p.elementIds.forEach((id) => ids.add(id));
        g = new ReadDraft(u.id, u.box, groupLabel(ref.index), 1, ids, [...u.customData]);
        groupDrafts0.set(ref.index, g);
      }
      return g;
    }
    let d = textDrafts.get(ref.index);
    if (!d) {
      const t = built.freeTexts[ref.index]!;
      const { label, lines } = labelAndLines([t]);
      d = new ReadDraft(t.id, t.box, label, lines, new Set(t.elementIds), emptyList());
      textDrafts.set(ref.index, d);
    }
    return d;
  };
  const connectorLabel = (ci: number): string => {
    const c = built.connectors[ci]!;
    const near = attachments.connectorTexts.get(ci);
    return c.labels.length === 0 && !near ? '' : composeLabel(near ? [...c.labels, ...near] : c.labels);
  };
  const numberedLines = numberedLineConnectors(resolution.edges, connectorLabel);
  if (numberedLines.size > 0) note(`${numberedLines.size} line${numberedLines.size === 1 ? '' : 's'} without arrowheads numbered in order: read from start to end as drawn`);
  let rawEdges = resolution.edges.map((e) => ({
    connector: e.connector,
    undirected: e.undirected && !numberedLines.has(e.connector),
    twoWay: e.twoWay === true,
    fromDraft: draftOf(e.from),
    toDraft: draftOf(e.to),
  }));
  const panelParts = asideParts(units, role, containment.parent, drafts, rawEdges, groupLabel, note, budget);
  if (panelParts.size > 0) rawEdges = rawEdges.filter((e) => !panelParts.has(e.fromDraft) && !panelParts.has(e.toDraft));
  // With nothing drawn between them, lines of text with arrows ("app -> Kafka -> Flink") are the diagram.
  const loose = built.freeTexts.filter((_, i) => attachments.textRole[i]!.kind === 'node' && !textDrafts.has(i));
  const chains = rawEdges.length === 0 && loose.length > 0 ? textChains(loose) : { parts: [], links: [] };
  const chainTexts = new Set(chains.links.map((link) => link.elementId));
  const chainDrafts = chains.parts.map((part) => new ReadDraft(part.id, part.box, part.label, 1, part.elementIds, emptyList()));
  if (chains.links.length > 0) note(`${chains.links.length} link${chains.links.length === 1 ? '' : 's'} read from text written with arrows`);
  built.freeTexts.forEach((t, i) => {
    if (attachments.textRole[i]!.kind === 'node' && !textDrafts.has(i) && !chainTexts.has(t.id)) note(`free text not attached to anything: "${composeLabel([t]).slice(0, 60)}"`);
  });

  // Notes panels: long prose in a box, connected to nothing.
  const connected = new Set<Draft>();
  for (const e of rawEdges) connected.add(e.fromDraft).add(e.toDraft);
  // Unlabelled pieces no arrow reaches: icon parts, detail panels, legends and corner logos.
  const candidates: DecorationCandidate[] = [];
  drafts.forEach((d, unit) => {
    if (d.label === '') candidates.push({ unit, label: d.label, connected: connected.has(d), hinted: classifyComponent('', d.customData).kinds[0] !== 'unknown' });
    else if (connected.has(d)) candidates.push({ unit, label: d.label, connected: true, hinted: false });
  });
  const decoration = decorationUnits(candidates, units, role, containment.parent);
  if (decoration.size > 0) note(`${decoration.size} unlabelled shape${decoration.size === 1 ? '' : 's'} with no arrows read as decoration`);
  const decorative = new Set<Draft>([...decoration].map((unit) => drafts.get(unit)!));
  // A logo with no name and no arrows beside a labelled box is that box's logo, not a component.
  const looseLogos = [...drafts].filter(
    ([unit, d]) => units[unit]!.isImage && d.label === '' && !connected.has(d) && !decorative.has(d) && classifyComponent('', d.customData).kinds[0] === 'unknown',
  );
  if (looseLogos.length > 0) {
    const named = [...drafts.values(), ...textDrafts.values()].filter((d) => d.label !== '' && !decorative.has(d));
    const owners = logoOwners(
      looseLogos.map(([, d]) => d.box),
      named.map((d) => d.box),
      budget,
    );
    for (const [logo, owner] of owners) {
      const d = looseLogos[logo]![1];
      for (const id of d.elementIds) named[owner]!.elementIds.add(id);
      decorative.add(d);
    }
    if (owners.size > 0) note(`${owners.size} logo${owners.size === 1 ? '' : 's'} with no name read as part of the box beside ${owners.size === 1 ? 'it' : 'them'}`);
  }
  // A logo with no name that arrows reach, with a labelled box beside it that no arrow reaches: the box
  // is the logo's name plate ("Kafka" in a box under the Kafka logo), one component carrying the arrows.
  const platedLogos = [...drafts].filter(
    ([unit, d]) => units[unit]!.isImage && d.label === '' && connected.has(d) && !decorative.has(d) && classifyComponent('', d.customData).kinds[0] === 'unknown',
  );
  if (platedLogos.length > 0) {
    const plates = [...drafts.values()].filter(
      (d) => d.label !== '' && !connected.has(d) && !decorative.has(d) && !panelParts.has(d) && d.lines < NOTE_MIN_LINES && d.label.length < NOTE_MIN_CHARS && !LEGEND_TITLE.test(d.label),
    );
    const plated = new Set<number>();
    const pairs = [
      ...logoOwners(
        platedLogos.map(([, d]) => d.box),
        plates.map((d) => d.box),
        budget,
      ),
    ];
    // One plate names one logo: the nearest logo keeps it.
    const gap = ([logo, plate]: [number, number]) => boxGap(platedLogos[logo]![1].box, plates[plate]!.box);
    pairs.sort((a, b) => gap(a) - gap(b) || a[0] - b[0]);
    for (const [logo, plate] of pairs) {
      if (plated.has(plate)) continue;
      plated.add(plate);
      const d = platedLogos[logo]![1];
      const p = plates[plate]!;
      d.label = p.label;
      d.lines = p.lines;
      d.box = unionBox(d.box, p.box);
      for (const id of p.elementIds) d.elementIds.add(id);
      d.customData.push(...p.customData);
      decorative.add(p);
    }
    if (plated.size > 0) note(`${plated.size} logo${plated.size === 1 ? '' : 's'} with no name named by the labelled box beside ${plated.size === 1 ? 'it' : 'them'}`);
  }
  // Swimlane headers name their lane.
  const headerCandidates: HeaderCandidate[] = [];
  drafts.forEach((d, unit) => {
    const lane = containment.parent[unit] ?? null;
    if (lane !== null && d.label !== '' && !connected.has(d)) headerCandidates.push({ unit, box: d.box, label: d.label, connected: false, lane });
  });
  const laneTitles = new Map<number, string>();
  for (const [unit, lane] of laneHeaders(headerCandidates, (lane) => units[lane]!.box)) {
    const header = drafts.get(unit)!;
    decorative.add(header);
    if (!laneTitles.has(lane)) laneTitles.set(lane, header.label);
    note(`swimlane header read as its lane's title: "${header.label}"`);
  }
  for (const d of chainDrafts) connected.add(d);
  const all = [...drafts.values(), ...textDrafts.values(), ...groupDrafts0.values(), ...chainDrafts].filter((d) => {
    if (decorative.has(d) || panelParts.has(d)) return false;
    // A box of prose, or one that explains the symbols ("Legend: dashed = async"), connected to nothing.
    const prose = d.lines >= NOTE_MIN_LINES || d.label.length >= NOTE_MIN_CHARS || LEGEND_TITLE.test(d.label);
    if (prose && !connected.has(d)) {
      note(`note panel ignored: "${d.label.slice(0, 60)}"`);
      return false;
    }
    return true;
  });
  all.sort((a, b) => a.box.minY - b.box.minY || a.box.minX - b.box.minX || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rank = new Map<string, number>(all.map((d, i) => [d.id, i]));
  const components: DiagramComponent[] = all.map((d) => {
    const reading = withTypeHint(classifyComponent(d.label, d.customData), d.hint ?? '', d.customData);
    const component: DiagramComponent = new ReadComponent(d.id, d.label, reading.kinds[0]!, reading.kinds, reading.source, sortIds([...d.elementIds]), toBounds(d.box));
    if (reading.paletteKind !== undefined) component.paletteKind = reading.paletteKind;
    if (reading.setAside !== undefined) component.setAside = reading.setAside;
    return component;
  });

  // Edges: one per ordered pair; parallel arrows merge their element ids and labels.
  const byPair = new Map<string, { edge: DiagramEdge; labels: string[] }>();
  for (const e of rawEdges) {
    const c = built.connectors[e.connector]!;
    const label = connectorLabel(e.connector);
    const key = `${e.fromDraft.id}\u0000${e.toDraft.id}\u0000${e.undirected ? 'u' : 'd'}`;
    const existing = byPair.get(key);
    if (existing) {
      existing.edge.elementIds.push(c.el.id);
      if (e.twoWay) existing.edge.twoWay = true;
      if (label !== '' && !existing.labels.includes(label)) existing.labels.push(label);
    } else {
      const edge: DiagramEdge = new ReadEdge(e.fromDraft.id, e.toDraft.id, '', listOf(c.el.id));
      if (e.undirected) edge.undirected = true;
      if (e.twoWay) edge.twoWay = true;
      byPair.set(key, { edge, labels: label !== '' ? [label] : [] });
    }
  }
  for (const link of chains.links) {
    const edge: DiagramEdge = new ReadEdge(link.from, link.to, '', listOf(link.elementId));
    edge.written = true;
    byPair.set(`${link.from}\u0000${link.to}\u0000w`, { edge, labels: [] });
  }
  const edges = [...byPair.values()]
    .map(({ edge, labels }) => {
      edge.label = labels.join(' / ');
      edge.elementIds = edge.elementIds.length > 1 ? sortIds([...new Set(edge.elementIds)]) : edge.elementIds;
      return edge;
    })
    .sort(
      (a, b) =>
        rank.get(a.from)! - rank.get(b.from)! ||
        rank.get(a.to)! - rank.get(b.to)! ||
        (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) ||
        (a.elementIds[0]! < b.elementIds[0]! ? -1 : 1),
    );

  // Groups: containers with at least one surviving component inside.
  const groupDrafts: { id: string; box: Box; group: DiagramGroup }[] = [];
  const members = new Map<number, Set<string>>();
  units.forEach((_, i) => {
    if (role[i] !== 'component') return;
    const d = drafts.get(i)!;
    if (!rank.has(d.id)) return;
    let g = containment.parent[i] ?? null;
    let guard = 0;
    while (g !== null && guard++ < 64) {
      const set = members.get(g) ?? new Set<string>();
      set.add(d.id);
      members.set(g, set);
      g = containment.parent[g] ?? null;
    }
  });
  units.forEach((u, i) => {
    const ids = members.get(i);
    if (role[i] !== 'group' || !ids || ids.size === 0) return;
    const label = groupLabel(i) || (laneTitles.get(i) ?? '');
    const group: DiagramGroup = { id: u.id, label, componentIds: [...ids].sort((a, b) => rank.get(a)! - rank.get(b)!) };
    const titled = kindsFromLabel(label);
    if (titled.specific && titled.kinds.length > 0) group.kinds = titled.kinds;
    groupDrafts.push({ id: u.id, box: u.box, group });
  });
  inheritContainerKinds(components, units, containment.parent, role, drafts, groupDrafts);
  groupDrafts.sort((a, b) => a.box.minY - b.box.minY || a.box.minX - b.box.minX || (a.id < b.id ? -1 : 1));

  if (budget.exhausted) notes.unshift('scene too large to read fully: the graph is partial');
  const graph: DiagramGraph = { components, edges, groups: groupDrafts.map((g) => g.group) };
  if (notes.length > 0) graph.notes = notes;
  return graph;
}

/** Kinds whose container holds named parts of the same system (a Kafka cluster's topics and brokers). */
const PART_HOLDER_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['kafka']);
/** What may sit in a Kafka cluster beside its topics: connectors, registries, coordination, monitoring. */
const PLATFORM_CATEGORIES: ReadonlySet<string> = new Set(['ingestion', 'control', 'operations']);

/**
 * A member the reader could not place takes the kinds of its innermost titled container ("broker-1"
 * in a zone titled "Kafka cluster" is Kafka; "monthly_turnover" in "Marts" is a gold table). A member
 * that names itself, or that the learner said what it is, keeps its own kind.
 */
function inheritContainerKinds(
  components: DiagramComponent[],
  units: readonly Unit[],
  parent: readonly (number | null)[],
  role: readonly string[],
  drafts: ReadonlyMap<number, Draft>,
  groups: readonly { id: string; group: DiagramGroup }[],
): void {
  const componentById = new Map(components.map((c) => [c.id, c]));
  // A frame around a whole diagram ("IoT telemetry pipeline" holding Kafka, Spark, Cassandra...) names the
  // project, not its members: a title gives its kind only when no named member is something else.
  const speaksForMembers = (group: DiagramGroup): boolean =>
    group.componentIds.every((id) => {
      const member = componentById.get(id);
      if (!member || member.kind === 'unknown') return true;
      const kinds = member.kinds ?? [member.kind];
      return kinds.some((kind) => KIND_INFO[kind].category === 'control' || KIND_INFO[kind].category === 'operations' || group.kinds!.some((g) => areEquivalent(g, kind)));
    });
  const groupById = new Map(groups.filter((g) => g.group.kinds && speaksForMembers(g.group)).map((g) => [g.id, g.group]));
  // A container titled by a product that holds parts of itself ("Amazon MSK cluster", "Streams for Apache
  // Kafka"): members that name no product of their own are its parts (topics, brokers), whatever their
  // words suggest ("payments-db-changes" is a topic, not a database). Members naming another product
  // keep it; a title that also holds stores or jobs of other kinds is a whole pipeline, not a cluster.
  const holds = (group: DiagramGroup): boolean => {
    const kinds = group.kinds ?? [];
    if (!PART_HOLDER_KINDS.has(kinds[0] ?? 'unknown') || !kindsFromLabel(group.label).product) return false;
    return group.componentIds.every((id) => {
      const member = componentById.get(id);
      if (!member || member.kind === 'unknown' || !kindsFromLabel(member.label).product) return true;
      return (member.kinds ?? [member.kind]).some((kind) => PLATFORM_CATEGORIES.has(KIND_INFO[kind].category) || kinds.some((g) => areEquivalent(g, kind)));
    });
  };
  const holderById = new Map(groups.filter((g) => holds(g.group)).map((g) => [g.id, g.group]));
  units.forEach((_, i) => {
    if (role[i] !== 'component') return;
    const component = componentById.get(drafts.get(i)?.id ?? '');
    if (!component || component.kindSource === 'learner') return;
    if (component.kind !== 'unknown') {
      let g = parent[i] ?? null;
      let guard = 0;
      while (g !== null && guard++ < 64 && !holderById.has(units[g]!.id)) g = parent[g] ?? null;
      const holder = g !== null ? holderById.get(units[g]!.id) : undefined;
      if (!holder) return;
      const own = component.kinds ?? [component.kind];
      // "user events topic" is a topic; a part of the platform itself (schema registry, ZooKeeper, a DLQ)
      // or a named product keeps its kind.
      const isPart = own.some((kind) => holder.kinds!.some((h) => areEquivalent(h, kind)));
      const platformPart = own.some((kind) => PLATFORM_CATEGORIES.has(KIND_INFO[kind].category));
      if (!isPart && (platformPart || component.kindSource === 'palette' || kindsFromLabel(component.label).product)) return;
      component.kinds = [...holder.kinds!];
      component.kind = holder.kinds![0]!;
      component.kindSource = 'container';
      return;
    }
    let g = parent[i] ?? null;
    let guard = 0;
    while (g !== null && guard++ < 64) {
      const kinds = (holderById.get(units[g]!.id) ?? groupById.get(units[g]!.id))?.kinds;
      if (kinds && kinds.length > 0) {
        component.kinds = [...kinds];
        component.kind = kinds[0]!;
        component.kindSource = 'container';
        return;
      }
      g = parent[g] ?? null;
    }
  });
}

/** The fewest different step numbers on a scene's connectors that make its numbering say the order the data moves. */
const NUMBERED_LINES_MIN = 2;

/**
 * The lone connectors without arrowheads that carry a step number ("1", "2.", "5 score <100ms"; lib/text's
 * stepNumberOf) in a scene whose connectors carry NUMBERED_LINES_MIN or more different step numbers: the
 * numbering says the order the data moves, so each such line is read from its start to its end as drawn.
 * A single number ("3") says nothing of a sequence; lines joined at junctions are left as they are.
 */
function numberedLineConnectors(edges: readonly RawEdge[], labelOf: (connector: number) => string): Set<number> {
  if (!edges.some((e) => e.drawnOrder === true)) return new Set();
  const steps = new Map<number, number>();
  for (const e of edges) {
    if (steps.has(e.connector)) continue;
    const step = stepNumberOf(labelOf(e.connector));
    if (step !== undefined) steps.set(e.connector, step);
  }
  if (new Set(steps.values()).size < NUMBERED_LINES_MIN) return new Set();
  return new Set(edges.filter((e) => e.drawnOrder === true && e.twoWay !== true && steps.has(e.connector)).map((e) => e.connector));
}
