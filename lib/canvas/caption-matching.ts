/** A possible caption: free text `text` beside shape `shape`, `gap` px apart (edge to edge). */
export interface CaptionCandidate {
  text: number;
  shape: number;
  gap: number;
}

/**
 * Matches captions to shapes one to one, as many as possible: nearest pairs first, then augmenting
 * paths (Kuhn's algorithm) for each caption left over, so a caption that is also near the next shape in a
 * row ("Kafka" written right of its box, just short of the next one) gives way when the last caption of
 * the row has nowhere else to go. Among its options a caption tries the nearest first.
 *
 * Input: candidate pairs (any order; texts and shapes are small non-negative integers). Output: text ->
 * shape for every matched caption. Pure; O(texts x candidates) in the worst case, a few pairs per text in practice.
 */
export function matchCaptions(candidates: readonly CaptionCandidate[]): Map<number, number> {
  const sorted = [...candidates].sort((a, b) => a.gap - b.gap || a.text - b.text || a.shape - b.shape);
  const options = new Map<number, number[]>();
  for (const c of sorted) {
    const list = options.get(c.text);
    if (list) list.push(c.shape);
    else options.set(c.text, [c.shape]);
  }
  const shapeOf = new Map<number, number>();
  const textOf = new Map<number, number>();
  const pair = (t: number, s: number) => {
    shapeOf.set(t, s);
    textOf.set(s, t);
  };
  // Nearest pairs first.
  for (const c of sorted) if (!shapeOf.has(c.text) && !textOf.has(c.shape)) pair(c.text, c.shape);
  // Then an augmenting path from each caption still unmatched.
  const augment = (t: number, seen: Set<number>): boolean => {
    for (const s of options.get(t) ?? []) {
      if (seen.has(s)) continue;
      seen.add(s);
      const holder = textOf.get(s);
      if (holder === undefined || augment(holder, seen)) {
        pair(t, s);
        return true;
      }
    }
    return false;
  };
  for (const t of [...options.keys()].sort((a, b) => a - b)) if (!shapeOf.has(t)) augment(t, new Set());
  return shapeOf;
}
