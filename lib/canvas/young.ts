/**
 * Why the scene reader builds its records with `new` and its lists with `Array.of`.
 *
 * V8 pretenures an object or array literal (allocates it straight into the old generation) once most of
 * what it made outlived a young-generation collection. A scene read makes thousands of records (elements,
 * boxes, units, text pieces, drafts, graph components) that live through the read and die at its end, so
 * their literals were pretenured: every read then left its records as old-generation garbage until the
 * next full collection, and each dead record's pointers to young objects kept those alive through every
 * young collection (a copy, then a promotion). On the 500-element bench that made each scavenge about
 * twice as dear, and scavenges land in about one run in eight: they are its p95. V8 never pretenures
 * objects made by `new` or lists made by `Array.of`, so these records die young, for the price of a copy
 * when a collection lands mid-read. The records have the same fields in the same order as the literals
 * they replace (`toEqual`, JSON and structured clone see no difference).
 */

/** An empty list that V8 never pretenures (see the module comment). */
export function emptyList<T>(): T[] {
  return Array.of<T>();
}

/** A one-item list that V8 never pretenures (see the module comment). */
export function listOf<T>(item: T): T[] {
  return Array.of<T>(item);
}
