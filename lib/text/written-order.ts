/**
 * Order written without words of time: numbered steps ("1. Clear the runs\n2. Deploy", "Step 1: ... Step 2: ...",
 * "1) ... 2) ...") and arrows between two steps ("commit offsets -> write the batch", "a → b", "b <- a"). Read here,
 * once, for lib/text/sequence.ts.
 */

// A step number opening a line or a sentence: "1.", "2)", "(3)", "Step 4:", "#5." (one or two digits, then a space).
const ITEM = /(^|\n|[.!?;:]\s+)[ \t]*(?:[-*\u2022][ \t]*)?(?:step[ \t]*|#)?\(?(\d{1,2})[.):][ \t]+(?=\S)/gi;
const FORWARD_ARROW = /-+>|=+>|[\u2192\u21d2\u27f6\u2794\u279c\u27a1]/;
const BACKWARD_ARROW = /<-+|<=+|[\u2190\u21d0\u27f5\u2b05]/;

type Item = { at: number; number: number };
const itemCache = new Map<string, Item[]>();
const MAX_CACHED = 64;

function itemsOf(text: string): Item[] {
  const cached = itemCache.get(text);
  if (cached) return cached;
  const items: Item[] = [];
  for (const match of text.matchAll(ITEM)) items.push({ at: (match.index ?? 0) + (match[1]?.length ?? 0), number: Number(match[2]) });
  if (itemCache.size >= MAX_CACHED) itemCache.clear();
  itemCache.set(text, items);
  return items;
}

/**
 * The number of the numbered step a character offset of `text` stands in ("2" for a word after "2. Then deploy"), or
 * undefined when the text numbers fewer than two steps or the offset comes before the first. Pure.
 */
export function stepItemAt(text: string, offset: number): number | undefined {
  const items = itemsOf(text);
  if (items.length < 2) return undefined;
  let found: number | undefined;
  for (const item of items) {
    if (item.at > offset) break;
    found = item.number;
  }
  return found;
}

/**
 * Which way an arrow between two steps points, read from the text between them (character offsets `from`..`to`):
 * "forward" for "->", "=>", "→" (the step written first happens first), "backward" for "<-", "←"; undefined when
 * there is no arrow or both kinds. Pure.
 */
export function arrowBetween(text: string, from: number, to: number): 'forward' | 'backward' | undefined {
  if (to <= from) return undefined;
  const between = text.slice(from, to);
  const forward = FORWARD_ARROW.test(between);
  const backward = BACKWARD_ARROW.test(between);
  if (forward === backward) return undefined;
  return forward ? 'forward' : 'backward';
}
