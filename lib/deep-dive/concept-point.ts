import type { DeepDiveKeyPoint } from '../content/rubric-schema';
import { withConceptTerms } from '../text/concept-map';
import type { StreamTool } from '../text/stream-tools';

// Per point, per set of logs the answer builds on ("" for none, "kinesis", ...).
const expanded = new WeakMap<DeepDiveKeyPoint, Map<string, DeepDiveKeyPoint>>();

/**
 * A key point whose keywords, asserts, paraphrases and parts also accept the same concept in another
 * stack's or an analogy's words (lib/text/concept-map.ts: "shard" or "lane" for "partition",
 * "savepoint" for "checkpoint", "re-materialise" for "recompute"), and with `tools` (the logs the answer builds on)
 * that log's own names ("shards" for "partitions" on Kinesis). Built once per point and set of tools (points are parsed
 * content, never mutated); wrong claims are not widened. Pure.
 */
export function withConcepts(point: DeepDiveKeyPoint, tools: readonly StreamTool[] = []): DeepDiveKeyPoint {
  let byTools = expanded.get(point);
  if (!byTools) {
    byTools = new Map();
    expanded.set(point, byTools);
  }
  const key = tools.join(' ');
  let result = byTools.get(key);
  if (!result) {
    const terms = (phrases: readonly string[]) => withConceptTerms(phrases, tools);
    const groups = (assert: readonly (readonly string[])[] | undefined) => assert?.map(terms);
    result = {
      ...point,
      keywords: terms(point.keywords),
      ...(point.assert ? { assert: groups(point.assert) } : {}),
      ...(point.paraphrases ? { paraphrases: point.paraphrases.map((item) => ({ ...item, keywords: terms(item.keywords), ...(item.assert ? { assert: groups(item.assert) } : {}) })) } : {}),
      ...(point.parts ? { parts: point.parts.map((part) => ({ ...part, keywords: terms(part.keywords), ...(part.assert ? { assert: groups(part.assert) } : {}) })) } : {}),
    };
    byTools.set(key, result);
  }
  return result;
}
