'use client';

import { assertNever } from '@/lib/util/assert-never';
import type { SaveStatus as SaveState } from '@/lib/storage/debounced-writer';
import { useSaveStatus, useSession, useSessionContext } from './session-provider';
import type { TabAccess } from './session-store';

function describe(context: ReturnType<typeof useSessionContext>, status: SaveState, tab: TabAccess | undefined): { text: string; tone: 'muted' | 'ok' | 'warn' } {
  switch (context.phase) {
    case 'loading':
      return { text: 'Loading your work…', tone: 'muted' };
    case 'failed':
      return { text: `Could not open your work: ${context.message}`, tone: 'warn' };
    case 'ready': {
      // Never "Saved" in a tab whose edits another tab would overwrite.
      if (tab === 'other-tab-open') return { text: 'Read-only: open in another tab', tone: 'warn' };
      if (!context.opened.keyValueStore.persistent) return { text: 'Not saved: kept in this tab only', tone: 'warn' };
      switch (status.state) {
        case 'idle':
          return { text: 'All work saved', tone: 'ok' };
        case 'pending':
        case 'saving':
          return { text: 'Saving…', tone: 'muted' };
        case 'saved':
          return { text: 'Saved', tone: 'ok' };
        case 'error':
          return { text: `Not saved: ${status.message}`, tone: 'warn' };
        default:
          return assertNever(status, 'save status');
      }
    }
    default:
      return assertNever(context, 'session phase');
  }
}

/** A quiet, always-visible answer to "is my work safe?". */
export function SaveStatus() {
  const { text, tone } = describe(useSessionContext(), useSaveStatus(), useSession((state) => state.tab));
  return (
    <p className={`save-status save-status-${tone}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
