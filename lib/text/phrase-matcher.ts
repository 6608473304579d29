import { analyse } from './analyse';
import type { AnalysedText } from './analyse';

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
};

/**
 * Finds named things (entities, components, outputs) in free text by their names and synonyms,
 * compared as canonical stems so plurals, case and abbreviations do not matter. The first entry
 * to claim a phrase keeps it, so list entries in priority order.
 */
export function buildPhraseMatcher<Id extends string>(entries: readonly PhraseEntry<Id>[]): PhraseMatcher<Id> {
  const byKey = new Map<string, Id>();
  let maxLength = 1;
  for (const entry of entries) {
    for (const phrase of entry.phrases) {
      const { stems } = analyse(phrase);
      if (stems.length === 0) continue;
      const key = stems.join(' ');
      if (!byKey.has(key)) byKey.set(key, entry.id);
      maxLength = Math.max(maxLength, stems.length);
    }
  }

  return {
    matchAll(text) {
      const analysed = typeof text === 'string' ? analyse(text) : text;
      const found: PhraseMatch<Id>[] = [];
      let i = 0;
      while (i < analysed.stems.length) {
        let advanced = false;
        for (let length = Math.min(maxLength, analysed.stems.length - i); length >= 1; length -= 1) {
          // A lone stop word ("it", "us") is never a name, even if some synonym list says so.
          if (length === 1 && analysed.stop[i]) break;
          const key = analysed.stems.slice(i, i + length).join(' ');
          const id = byKey.get(key);
          if (id !== undefined) {
            found.push({ id, matched: key, start: i, end: i + length });
            i += length;
            advanced = true;
            break;
          }
        }
        if (!advanced) i += 1;
      }
      return found;
    },
  };
}
