import { readDepth } from './depth';
import type { DepthOptions } from './depth';
import { readText } from './read-text';

/** Only the causal clauses are read here; one is enough. */
const ONE_WHY: DepthOptions = { whyClauses: 1, failures: 0, monitoring: false };

/** Stems of words that state a requirement a choice answers: "stock needs minutes", "the switch must have a score", "it requires the files". */
const REQUIREMENT_STEMS: ReadonlySet<string> = new Set(['need', 'must', 'requir']);

/** An arrow between two stretches of words: in notes, "stock needs minutes -> stream" says what follows from what. */
const ARROW = /[a-z0-9)]\s*(?:-+>|=+>|\u2192|\u21d2)\s*[a-z0-9(]/i;

/**
 * Whether a text says why, not only what: a causal clause ("because the files land nightly", "so ops can pull
 * sold-out items", "to avoid double counting", lib/text/depth.ts), a requirement word the choice answers ("fraud
 * needs seconds", "the report must match the file"), or a note's arrow from a need to a choice ("stock in minutes ->
 * stream"). "Use batch for the database and streaming for the clicks" says which part runs how, not why. Only affirmed
 * words count ("we don't need real-time" states no requirement). Pure; never throws.
 */
export function statesWhy(text: string): boolean {
  if (typeof text !== 'string' || text.trim() === '') return false;
  const read = readText(text);
  if (readDepth(read, ONE_WHY).why > 0) return true;
  if (read.tokens.some((token, at) => token.kind === 'word' && REQUIREMENT_STEMS.has(token.stem) && !read.negated[at] && !read.retracted[at])) return true;
  return ARROW.test(text);
}
