import type { DiagramGraph } from '../canvas/diagram-graph';
import type { CaseFit } from '../text/case-fit';
import { readCaseFit } from '../text/case-fit';

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
