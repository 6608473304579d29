import type { DeepDiveKeyPoint } from '../content/rubric-schema';
import { withConceptTerms } from '../text/concept-map';

const expanded = new WeakMap<DeepDiveKeyPoint, DeepDiveKeyPoint>();

const groups = (assert: readonly (readonly string[])[] | undefined) => assert?.map(withConceptTerms);

/**
 * A key point whose keywords, asserts, paraphrases and parts also accept the same concept in another
 * stack's or an analogy's words (lib/text/concept-map.ts: "shard" or "lane" for "partition",
 * "savepoint" for "checkpoint", "re-materialise" for "recompute"). Built once per point (points are parsed
 * content, never mutated); wrong claims are not widened. Pure.
 */
export function withConcepts(point: DeepDiveKeyPoint): DeepDiveKeyPoint {
  let result = expanded.get(point);
  if (!result) {
    result = {
      ...point,
      keywords: withConceptTerms(point.keywords),
      ...(point.assert ? { assert: groups(point.assert) } : {}),
      ...(point.paraphrases ? { paraphrases: point.paraphrases.map((item) => ({ ...item, keywords: withConceptTerms(item.keywords), ...(item.assert ? { assert: groups(item.assert) } : {}) })) } : {}),
      ...(point.parts ? { parts: point.parts.map((part) => ({ ...part, keywords: withConceptTerms(part.keywords), ...(part.assert ? { assert: groups(part.assert) } : {}) })) } : {}),
    };
    expanded.set(point, result);
  }
  return result;
}
