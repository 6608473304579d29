import type { KeyValueStore } from './key-value-store';

/*
 * The keys of the records the app keeps in IndexedDB, and the checks on them that need no schema: a
 * page that only shows what is stored (the catalogue's progress, the imported cases) asks these first
 * and loads the validators (zod and the session schema, about 27 KB gzip) only when there is a record
 * to read. A first visit, with nothing stored, never downloads them.
 */

export const SESSION_PREFIX = 'sdt:session:';
export const ACTIVE_PREFIX = 'sdt:active:';
export const IMPORTED_PREFIX = 'sdt:imported-case:';

/** `sdt:session:<id>`: one attempt at a case. */
export const sessionKey = (id: string) => `${SESSION_PREFIX}${id}`;
/** `sdt:active:<slug>`: the id of the attempt the learner is working on for a case. */
export const activeSessionKey = (caseSlug: string) => `${ACTIVE_PREFIX}${caseSlug}`;
/** `sdt:imported-case:<slug>`: a case imported from a case pack. */
export const importedCaseKey = (slug: string) => `${IMPORTED_PREFIX}${slug}`;

/** The id of the session the learner is working on for this case, if any (an id of a-z, 0-9 and dashes, at most 120). */
export async function readActiveSessionId(store: KeyValueStore, caseSlug: string): Promise<string | undefined> {
  const id = await store.get(activeSessionKey(caseSlug));
  return typeof id === 'string' && /^[a-z0-9-]{1,120}$/.test(id) ? id : undefined;
}

/** Whether any stored key starts with `prefix` (one of the prefixes above). */
export async function hasKeysWithPrefix(store: KeyValueStore, prefix: string): Promise<boolean> {
  return (await store.keys()).some((key) => key.startsWith(prefix));
}
