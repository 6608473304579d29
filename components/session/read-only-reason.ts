'use client';

import { useSession, useSessionNotices } from './session-provider';

/**
 * Why this tab cannot change the open attempt, in a sentence a disabled button can point to; undefined
 * when it can. An earlier attempt opened from history is read-only until resumed; an attempt open in
 * another tab is read-only here until that tab closes. Actions that only read the attempt (export,
 * download, print, Keep practising, which writes a new attempt) stay available in both cases.
 */
export function useReadOnlyReason(): string | undefined {
  const tab = useSession((state) => state.tab);
  const viewing = useSessionNotices().some((notice) => notice.kind === 'viewing-attempt');
  if (viewing) return 'This earlier attempt is read-only here: resume it (above) to change it.';
  if (tab === 'other-tab-open') return 'This attempt is open in another tab, so this tab is read-only: do this there.';
  return undefined;
}
