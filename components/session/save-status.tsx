'use client';

import { assertNever } from '@/lib/util/assert-never';
import { useSessionContext } from './session-provider';

function describe(context: ReturnType<typeof useSessionContext>): { text: string; tone: 'muted' | 'ok' | 'warn' } {
  switch (context.phase) {
    case 'loading':
      return { text: 'Loading your work…', tone: 'muted' };
    case 'failed':
      return { text: `Could not open your work: ${context.message}`, tone: 'warn' };
    case 'ready': {
      if (!context.opened.keyValueStore.persistent) return { text: 'Not saved: kept in this tab only', tone: 'warn' };
      const status = context.status;
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
  const { text, tone } = describe(useSessionContext());
  return (
    <p className={`save-status save-status-${tone}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
