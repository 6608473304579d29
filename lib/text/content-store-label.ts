import { normaliseText, tokenise } from './normalise';
import { isStopword } from './stopwords';

/** Characters of a box label read: a label is a few words. */
const MAX_LABEL_CHARS = 200;

/**
 * Head nouns that say a box holds data without naming a product or a role ("census store", "inventory table",
 * "trip store", "readings table", "driver state"). Data: add a noun here.
 */
const STORE_HEADS: ReadonlySet<string> = new Set(['store', 'stores', 'table', 'tables', 'state', 'snapshot', 'snapshots', 'collection']);

/**
 * Whether a box's label names a store by its content: the head noun (the last word outside brackets) is a generic
 * store noun, after at least one word saying what it holds ("census store", "inventory table (< 5 min)", "per-cell
 * supply table"). A bare "store" or "table" names no content. Pure; never throws.
 */
export function namesContentStore(label: string): boolean {
  const outside = (typeof label === 'string' ? label : '').replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  const words = tokenise(normaliseText(outside, MAX_LABEL_CHARS)).filter((word) => /[a-z]/.test(word));
  const head = words[words.length - 1];
  if (head === undefined || !STORE_HEADS.has(head)) return false;
  return words.slice(0, -1).some((word) => !isStopword(word) && !STORE_HEADS.has(word));
}
