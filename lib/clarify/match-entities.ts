import { getClarifyIndex } from './clarify-index';
import type { ClarifyCase } from './clarify-index';
import { MAX_ENTITY_CHARS } from './transcript-schema';

export type EntityMatch = {
  entityId: string;
  label: string;
  core: boolean;
  /** The words of the text that named it, as canonical stems. */
  matched: string;
};

/** Longest text scanned for entity names: a paragraph listing the data model, not a whole essay. */
const MAX_ENTITY_TEXT_CHARS = 2000;

/**
 * The case entities named in a text, by label, id or synonym, compared as stems so "users",
 * "line items" or "OrderItem" find customer and order_item when the rubric lists those names.
 * Typos are corrected towards the case's words first ("custmers"). Each entity once, in order of
 * first mention.
 */
export function matchEntities(text: string, rubric: ClarifyCase): EntityMatch[] {
  const index = getClarifyIndex(rubric);
  const input = typeof text === 'string' ? text.slice(0, Math.max(MAX_ENTITY_TEXT_CHARS, MAX_ENTITY_CHARS)) : '';
  const byId = new Map(rubric.steps.clarify.entities.map((entity) => [entity.id, entity]));
  const found: EntityMatch[] = [];
  const seen = new Set<string>();
  for (const match of index.entities.matchAll(index.fuzzy.correctText(input, input.length))) {
    const entity = byId.get(match.id);
    if (!entity || seen.has(entity.id)) continue;
    seen.add(entity.id);
    found.push({ entityId: entity.id, label: entity.label, core: entity.core, matched: match.matched });
  }
  return found;
}
