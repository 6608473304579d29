'use client';

import { useCallback, useEffect, useState } from 'react';

/** Every draft key starts so, apart from the app's other localStorage keys (`sdt:practice`, backups). */
const PREFIX = 'sdt:draft:';

/** The key of a draft: `sdt:draft:<scope>` (scope e.g. `clarify-question:<attempt id>`). */
export function draftKey(scope: string): string {
  return `${PREFIX}${scope}`;
}

/** The stored draft, or '' when there is none, it is not text, or storage is unavailable (private mode, disabled). */
export function readDraft(key: string, maxLength: number): string {
  try {
    const value = window.localStorage.getItem(key);
    return typeof value === 'string' ? value.slice(0, maxLength) : '';
  } catch {
    return '';
  }
}

/** Stores a draft (an empty one is removed); a full or disabled storage is ignored: the draft is a convenience. */
export function writeDraft(key: string, value: string): void {
  try {
    if (value === '') window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage full or disabled: the text stays in the field, it just will not survive a reload.
  }
}

/**
 * A text field's value that survives a reload: kept in this browser's localStorage under `key` (no
 * key while the owner is unknown, e.g. the attempt is still loading: then it is plain state). It is
 * read after mount, so the server's render and the first client render agree. Returns the value
 * and its setter; setting '' clears the stored draft.
 */
export function useLocalDraft(key: string | undefined, maxLength: number): [string, (value: string) => void] {
  const [value, setValue] = useState('');
  useEffect(() => {
    // Reading browser storage after mount is the point of this effect: the server render has no draft.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (key) setValue(readDraft(key, maxLength));
  }, [key, maxLength]);
  const set = useCallback(
    (next: string) => {
      setValue(next);
      if (key) writeDraft(key, next);
    },
    [key],
  );
  return [value, set];
}
