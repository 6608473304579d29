import type { ReadText } from './read-text';

/**
 * A config or code block instead of an answer: every line of the text is inside a fenced block ("```yaml ... ```",
 * "```java ... ```"), or is a config line whose value is a map or a list (`silver: {clean: true, dedupe: true}`,
 * `stores: [postgres, s3]`, `"acks": "all",`). Such a text states settings, not reasons: an interviewer cannot tell what
 * reads what or why a setting meets a requirement, and keywords put in its comments (`// acks=all, idempotence`) are a
 * list, whatever the code beside them sets (golden round 24: a YAML medallion block, 6; a Java stub whose comments say
 * acks=all while the code sets acks=1, 8). Its terms count as listed (bare-list.ts), whatever labels head them.
 *
 * A text with one sentence of prose outside the block (a strong answer that also shows its config) is not one: what it
 * explains is read as usual, and its settings keep their terse credit (claims.ts). General syntax only; gated on a cheap
 * cue (a fence, or a line `key: {`/`key: [`), so other answers pay one regex test.
 */

// Cheap cue: a code fence, or a line that opens a map or list value.
const CUE = /```|^[ \t]*(?:[-*][ \t]+)?["']?[\w.-]+["']?[ \t]*[:=][ \t]*[{[]/mu;
const FENCE = /^[ \t]*```/u;
// A config line whose value is a map or a list, or a JSON line ("key": value) or a lone brace.
const CONFIG_LINE = /^[ \t]*(?:[-*][ \t]+)?(?:["']?[\w.-]+["']?[ \t]*[:=][ \t]*[{[].*|"[\w.-]+"[ \t]*:.*|[{}[\],]+)$/u;

const cache = new WeakMap<ReadText, boolean>();

/** Character ranges `[from, to)` of the text's lines that are in a fenced block or are config lines (see the file's note). */
function configRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let inFence = false;
  let at = 0;
  for (const line of text.split('\n')) {
    const end = at + line.length;
    if (FENCE.test(line)) {
      ranges.push([at, end + 1]);
      inFence = !inFence;
    } else if (inFence || CONFIG_LINE.test(line)) ranges.push([at, end + 1]);
    at = end + 1;
  }
  return ranges;
}

/**
 * Whether the whole text is a config or code block with no prose outside it (see the file's note). Input: a text read by
 * `readText`. Output: true when at least one line is such a line and every sentence holding a word starts on one. Pure;
 * cached per text; never throws.
 */
export function isConfigBlock(read: ReadText): boolean {
  const cached = cache.get(read);
  if (cached !== undefined) return cached;
  const result = CUE.test(read.text) && everySentenceInBlock(read);
  cache.set(read, result);
  return result;
}

function everySentenceInBlock(read: ReadText): boolean {
  const ranges = configRanges(read.text);
  if (ranges.length === 0) return false;
  let worded = 0;
  for (const sentence of read.sentences) {
    const first = read.tokens.slice(sentence.from, sentence.to).find((token) => token.kind === 'word');
    if (!first) continue;
    worded += 1;
    if (!ranges.some(([from, to]) => first.start >= from && first.start < to)) return false;
  }
  return worded > 0;
}
