import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import type { CaseFit } from '../text/case-fit';
import { CASE_FIT_MIN_VOCABULARY, caseVocabulary, readCaseFit } from '../text/case-fit';
import { isBusinessNoun } from '../text/business-nouns';
import { KIND_INFO } from './kind-info';
import { kindsOf } from './component-view';

/** Label sets remembered per rubric (the live checklist re-grades the same labels on every edit). */
const CACHE_SIZE = 64;
const fits = new WeakMap<object, Map<string, CaseFit>>();

/**
 * Whether a diagram was drawn for the case it is graded against, read from its words: the labels of
 * its boxes and frames (the sources, stores and consumers name the business: "Orders Postgres",
 * "Website clickstream", "Revenue by category"), by lib/text's case fit (see readCaseFit), against the
 * whole rubric. A diagram of another business earns its parts by kind and its flows by shape, not by
 * subject, so the caller caps it as the other steps do (capOffCase). Set-aside boxes are not read.
 * Cached per rubric and label set. Pure; never throws; never off-case for a rubric too thin to judge.
 */
export function diagramCaseFit(graph: DiagramGraph, rubric: object): CaseFit {
  const labels: string[] = [];
  for (const component of graph.components) if (component.label !== '' && component.setAside === undefined) labels.push(component.label);
  for (const group of graph.groups) if (group.label !== '') labels.push(group.label);
  const key = labels.join('\n');
  let byLabels = fits.get(rubric);
  if (!byLabels) {
    byLabels = new Map();
    fits.set(rubric, byLabels);
  }
  const known = byLabels.get(key);
  if (known) return known;
  const fit = readCaseFit(labels, rubric);
  if (byLabels.size >= CACHE_SIZE) byLabels.clear();
  byLabels.set(key, fit);
  return fit;
}

/**
 * The kinds of box that name a business: where data comes from, what is computed from it ("Spark
 * Streaming stock per SKU"), where it is kept and who reads it.
 */
const SUBJECT_CATEGORIES: ReadonlySet<string> = new Set(['source', 'processing', 'storage', 'serving']);

/** Per rubric, what each label's subject words are (the same labels come back on every edit). */
const subjects = new WeakMap<object, Map<string, readonly string[]>>();

/**
 * The words of one box label that name another business: its business nouns (lib/text's
 * BUSINESS_NOUNS) the case's rubric never uses, when the label names nothing of the case's own subject
 * (lib/text's case fit: none of the case's central words or own business nouns) ("Shop Postgres" and
 * "Snowflake sales" in the IoT case, "sale-day ops board" in the healthcare case); [] when the label
 * names none, or names the case's own business ("Shop floor PLCs"), or the rubric is too thin to judge.
 */
function foreignWordsOf(label: string, rubric: object): readonly string[] {
  let byLabel = subjects.get(rubric);
  if (!byLabel) {
    byLabel = new Map();
    subjects.set(rubric, byLabel);
  }
  const known = byLabel.get(label);
  if (known) return known;
  let words: readonly string[] = [];
  if (caseVocabulary(rubric).counts.size >= CASE_FIT_MIN_VOCABULARY) {
    const fit = readCaseFit([label], rubric);
    // Only a noun that names a business's own things counts ("sales", "cart"): an unlisted product or a
    // technical word ("Gen2", "pool", "SDK") is no subject.
    const foreign = fit.foreign.filter(isBusinessNoun);
    // What says the label is this case's: a word central to the case, or one of its business nouns. A
    // word the rubric uses in passing ("board", "category", "partner") does not outweigh another
    // business's noun: "sale-day ops board" in the healthcare case is a shop's board.
    const ownSubject = fit.central.length > 0 || fit.own.some(isBusinessNoun);
    if (!ownSubject && foreign.length > 0) words = foreign;
  }
  if (byLabel.size >= CACHE_SIZE * 16) byLabel.clear();
  byLabel.set(label, words);
  return words;
}

/**
 * The boxes drawn for another business: each source, store or consumer box (not set aside) whose
 * label's head (bracketed notes left out) has domain words that all
 * belong to no part of the case (see foreignWordsOf), by id, with those words. A source or consumer
 * of the case is named by the case's own systems, entities and consumers; a box of the right kind
 * named for another case ("Shop Postgres" as the IoT case's MES) is that other case's box. Pure;
 * never throws.
 */
export function foreignSubjects(graph: DiagramGraph, rubric: object): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const component of graph.components) {
    if (component.label === '' || component.setAside !== undefined || !SUBJECT_CATEGORIES.has(KIND_INFO[component.kind].category)) continue;
    // The head of the label names the box; bracketed notes say how it is run ("Redpanda (3 nodes)").
    const head = component.label.replace(/\([^)]*\)?|\[[^\]]*\]?/g, ' ').trim();
    const words = head === '' ? [] : foreignWordsOf(head, rubric);
    if (words.length > 0) out.set(component.id, words);
  }
  return out;
}

/**
 * Where the data of each box comes from, read along arrows back to the sources with no arrow in (the
 * roots; lines without arrowheads are read both ways; a scheduler or a stream with nothing drawn into
 * it is no root). A root is another business's when it is one of
 * `foreign` or `outside` says so (a source of a kind the case never has, such as a web clickstream in a
 * factory). `fed` are the boxes (not themselves foreign) whose every root is another business's, with
 * at least one; `allForeign` says that every root of the diagram is, and there is at least one. Pure;
 * never throws.
 */
export function foreignFed(
  graph: DiagramGraph,
  foreign: ReadonlyMap<string, unknown>,
  outside: (component: DiagramComponent) => boolean,
): { fed: Set<string>; allForeign: boolean } {
  const fed = new Set<string>();
  if (foreign.size === 0) return { fed, allForeign: false };
  const into = new Map<string, string[]>();
  const add = (to: string, from: string) => into.set(to, [...(into.get(to) ?? []), from]);
  for (const edge of graph.edges) {
    add(edge.to, edge.from);
    if (edge.undirected) add(edge.from, edge.to);
  }
  const byId = new Map(graph.components.map((component) => [component.id, component]));
  const otherBusiness = (id: string) => foreign.has(id) || (byId.has(id) && outside(byId.get(id)!));
  // A box with no arrow in (nothing feeds it) is a root when something reads from it.
  const touched = new Set(graph.edges.flatMap((edge) => [edge.from, edge.to]));
  const isSource = (id: string) => byId.has(id) && kindsOf(byId.get(id)!).some((kind) => KIND_INFO[kind].category === 'source');
  const roots = graph.components.filter((component) => touched.has(component.id) && (into.get(component.id) ?? []).length === 0 && isSource(component.id));
  const allForeign = roots.length > 0 && roots.every((component) => otherBusiness(component.id));
  for (const component of graph.components) {
    if (foreign.has(component.id)) continue;
    const seen = new Set<string>([component.id]);
    const queue = [...(into.get(component.id) ?? [])];
    let theirs = 0;
    let own = false;
    while (queue.length > 0 && !own) {
      const id = queue.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const up = into.get(id) ?? [];
      if (foreign.has(id) || (up.length === 0 && otherBusiness(id))) {
        theirs += 1;
        continue;
      }
      // A root that is no source (a scheduler, a stream drawn without its producers) says nothing.
      if (up.length === 0 && isSource(id)) own = true;
      queue.push(...up.filter((from) => !seen.has(from)));
    }
    if (!own && theirs > 0) fed.add(component.id);
  }
  return { fed, allForeign };
}
