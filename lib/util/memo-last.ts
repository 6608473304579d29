/**
 * A pure function of one string kept with its last `size` results (oldest dropped first), for readers that the
 * same engine call asks about the same words several times (a clause read on its own and again as the next
 * clause of the one before). The function must be pure and its result never changed by callers: the cached
 * value is returned as it is. Throws on a size below 1.
 */
export function memoLast<T>(read: (text: string) => T, size: number): (text: string) => T {
  if (!Number.isInteger(size) || size < 1) throw new Error(`memo size must be a positive whole number, got ${size}`);
  const kept = new Map<string, T>();
  return (text: string): T => {
    if (kept.has(text)) return kept.get(text) as T;
    const value = read(text);
    if (kept.size >= size) kept.delete(kept.keys().next().value as string);
    kept.set(text, value);
    return value;
  };
}
