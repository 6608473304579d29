import type { DiagramGraph } from '@/lib/canvas/diagram-graph';
import { kindLabel } from '@/lib/diagram/kind-info';

const MAX_NAMED = 8;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * A diagram's text alternative: whose it is, its components by name, its connections and, for the
 * learner's own, how many problems are marked on it.
 */
export function diagramDescription(owner: string, graph: DiagramGraph, markedProblems?: number): string {
  const names = graph.components.map((component) => component.label || kindLabel(component.kind));
  const named = names.length > MAX_NAMED ? `${names.slice(0, MAX_NAMED).join(', ')} and ${names.length - MAX_NAMED} more` : names.join(', ');
  const components = names.length === 0 ? 'no recognisable components' : `${plural(names.length, 'component')} (${named})`;
  const text = `${owner}: ${components}, ${plural(graph.edges.length, 'connection')}`;
  if (markedProblems === undefined) return `${text}.`;
  return `${text}; ${markedProblems === 0 ? 'no problems marked on it' : `${plural(markedProblems, 'problem')} marked on it, numbered as in the list`}.`;
}
