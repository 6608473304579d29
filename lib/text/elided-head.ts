import type { AttachedSubject } from './claim-subject';
import type { ReadText } from './read-text';

/**
 * Whether a one-word attached subject is a subject phrase said with its head noun only, the rest having been said
 * just before: "one per line" after "fact_order_line" or "Order #881 has two lines" is one per order line. True
 * when the word is the last word of one of `phrases` (stems, as `subjectMatches` takes them) and every other word
 * of that phrase stands in the same sentence or the one before, ahead of it. Pure.
 */
export function elidedHead(read: ReadText, attached: AttachedSubject, phrases: readonly (readonly string[])[]): boolean {
  if (attached.stems.length !== 1) return false;
  const head = attached.stems[0];
  const sentence = read.clauses[read.clauseOf[attached.from] ?? -1]?.sentence;
  if (sentence === undefined) return false;
  const start = read.sentences[Math.max(0, sentence - 1)]?.from ?? 0;
  const before = new Set<string>();
  for (let i = start; i < attached.from; i += 1) {
    const token = read.tokens[i];
    if (token?.kind === 'word' && !token.stop) before.add(token.stem);
  }
  return phrases.some((stems) => stems.length > 1 && stems[stems.length - 1] === head && stems.slice(0, -1).every((stem) => before.has(stem)));
}
