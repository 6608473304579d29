import { analyse } from './analyse';
import type { AnalysedText } from './analyse';
import { auxVariants } from './aux-variants';

export type PhraseEntry<Id extends string> = {
  id: Id;
  phrases: readonly string[];
};

export type PhraseMatch<Id extends string> = {
  id: Id;
  /** The stems of the text that matched, joined by spaces. */
  matched: string;
  start: number;
  end: number;
};

export type PhraseMatcher<Id extends string> = {
  /** Longest phrase first, left to right, each word used once: "order items" is an order item, not an order. */
  matchAll: (text: string | AnalysedText) => PhraseMatch<Id>[];
  /**
   * The stems a match can start with, when no phrase stem holds a space: a text of unspaced stems holding none of
   * them has no match (callers may skip it unread). Undefined when some phrase stem holds a space (then no such
   * shortcut holds). Speed only: `matchAll` gives the same answer either way.
   */
  starts: () => ReadonlySet<string> | undefined;
};

/**
 * Finds named things (entities, components, outputs) in free text by their names and synonyms,
 * compared as canonical stems so plurals, case and abbreviations do not matter. The first entry
 * to claim a phrase keeps it, so list entries in priority order.
 */
export function buildPhraseMatcher<Id extends string>(entries: readonly PhraseEntry<Id>[]): PhraseMatcher<Id> {
  const byKey = new Map<string, Id>();
  // Every proper prefix of a key, so a scan stops as soon as no longer phrase can start there.
  const prefixes = new Set<string>();
  // The same keys as a tree of stems, walked word by word with no key string built per step (the hot path of
  // every text reader). Kept only while no stem holds a space, where the two readings could differ.
  let trie: TrieNode<Id> | undefined = { next: new Map() };
  let maxLength = 1;
  const add = (stems: readonly string[], id: Id) => {
    const key = stems.join(' ');
    if (!byKey.has(key)) byKey.set(key, id);
    if (trie && stems.some((stem) => stem.includes(' '))) trie = undefined;
    if (trie) {
      let node = trie;
      for (const stem of stems) {
        let child = node.next.get(stem);
        if (!child) {
          child = { next: new Map() };
          node.next.set(stem, child);
        }
        node = child;
      }
      node.id ??= id;
    }
    let prefix = stems[0] ?? '';
    for (let k = 1; k < stems.length; k += 1) {
      prefixes.add(prefix);
      prefix = `${prefix} ${stems[k] ?? ''}`;
    }
    maxLength = Math.max(maxLength, stems.length);
  };
  const variants: { stems: string[]; id: Id }[] = [];
  for (const entry of entries) {
    for (const phrase of entry.phrases) {
      const { stems } = analyse(phrase);
      if (stems.length === 0) continue;
      add(stems, entry.id);
      for (const variant of auxVariants(stems)) variants.push({ stems: variant, id: entry.id });
    }
  }
  // "after the batch is written" also as "has been written", "was written" (aux-variants.ts), after every phrase as
  // written, so a phrase an entry lists keeps its entry.
  for (const variant of variants) add(variant.stems, variant.id);

  let starts: ReadonlySet<string> | undefined;
  return {
    starts() {
      if (!trie) return undefined;
      starts ??= new Set(trie.next.keys());
      return starts;
    },
    matchAll(text) {
      const analysed = typeof text === 'string' ? analyse(text) : text;
      const { stems, stop } = analysed;
      if (trie && !anySpaced(stems)) return matchByTrie(trie, stems, stop);
      const found: PhraseMatch<Id>[] = [];
      let i = 0;
      while (i < stems.length) {
        // The longest phrase starting at i, grown one word at a time while some phrase still starts so.
        let key = '';
        let bestLength = 0;
        let bestId: Id | undefined;
        let bestKey = '';
        for (let length = 1; length <= maxLength && i + length <= stems.length; length += 1) {
          key = length === 1 ? (stems[i] ?? '') : `${key} ${stems[i + length - 1] ?? ''}`;
          const id = byKey.get(key);
          // A lone stop word ("it", "us") is never a name, even if some synonym list says so.
          if (id !== undefined && !(length === 1 && stop[i])) {
            bestLength = length;
            bestId = id;
            bestKey = key;
          }
          if (!prefixes.has(key)) break;
        }
        if (bestId !== undefined) {
          found.push({ id: bestId, matched: bestKey, start: i, end: i + bestLength });
          i += bestLength;
        } else i += 1;
      }
      return found;
    },
  };
}

type TrieNode<Id extends string> = { id?: Id; next: Map<string, TrieNode<Id>> };

// Whether any stem holds a space (a plain loop: this runs once per clause for every phrase list asked).
function anySpaced(stems: readonly string[]): boolean {
  for (let k = 0; k < stems.length; k += 1) if ((stems[k] ?? '').includes(' ')) return true;
  return false;
}

// `matchAll` over the tree of stems: the longest phrase at each word, as the key walk finds it, without a key string per step.
function matchByTrie<Id extends string>(trie: TrieNode<Id>, stems: readonly string[], stop: readonly boolean[]): PhraseMatch<Id>[] {
  const found: PhraseMatch<Id>[] = [];
  let i = 0;
  while (i < stems.length) {
    let node: TrieNode<Id> | undefined = trie;
    let bestLength = 0;
    let bestId: Id | undefined;
    for (let length = 1; i + length <= stems.length; length += 1) {
      node = node.next.get(stems[i + length - 1] as string);
      if (!node) break;
      // A lone stop word ("it", "us") is never a name, even if some synonym list says so.
      if (node.id !== undefined && !(length === 1 && stop[i])) {
        bestLength = length;
        bestId = node.id;
      }
      if (node.next.size === 0) break;
    }
    if (bestId !== undefined) {
      found.push({ id: bestId, matched: stems.slice(i, i + bestLength).join(' '), start: i, end: i + bestLength });
      i += bestLength;
    } else i += 1;
  }
  return found;
}
