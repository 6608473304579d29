import type { Rubric } from '../content/rubric-schema';
import { buildPhraseMatcher } from '../text/phrase-matcher';
import type { PhraseMatcher } from '../text/phrase-matcher';

/** The design section of a case rubric; engines take the whole rubric so callers pass what `loadCase` returns. */
export type DesignRubric = Rubric['steps']['design'];
export type DesignCase = { steps: { design: DesignRubric } };

type NamedItem = { id: string; label: string; synonyms: readonly string[] };

export type DesignIndex = {
  inputs: PhraseMatcher<string>;
  outputs: PhraseMatcher<string>;
  useCases: PhraseMatcher<string>;
};

// The same phrases the clarify step uses for entities: label, id read as words, then synonyms.
const matcherFor = (items: readonly NamedItem[]) =>
  buildPhraseMatcher(items.map((item) => ({ id: item.id, phrases: [item.label, item.id.replace(/-/g, ' '), ...item.synonyms] })));

const cache = new WeakMap<DesignRubric, DesignIndex>();

/** The matchers for a case, built once per rubric object (rubrics are immutable once loaded). */
export function getDesignIndex(rubric: DesignCase): DesignIndex {
  const design = rubric.steps.design;
  const cached = cache.get(design);
  if (cached) return cached;
  const index = { inputs: matcherFor(design.inputs), outputs: matcherFor(design.outputs), useCases: matcherFor(design.useCases ?? []) };
  cache.set(design, index);
  return index;
}

/** The rubric item ids a text names, each once, in order of first mention. */
export function namedIds(matcher: PhraseMatcher<string>, text: string): string[] {
  const ids: string[] = [];
  for (const match of matcher.matchAll(text)) if (!ids.includes(match.id)) ids.push(match.id);
  return ids;
}

/**
 * The one rubric item a form row stands for: its first mention. A row is one source or output, so
 * "Postgres change events" is the database, not also the clickstream its word "events" suggests.
 */
export function rowId(matcher: PhraseMatcher<string>, ...fields: readonly string[]): string | undefined {
  for (const field of fields) {
    const first = matcher.matchAll(field)[0];
    if (first) return first.id;
  }
  return undefined;
}
