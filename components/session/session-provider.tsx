'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { SaveStatus } from '@/lib/storage/debounced-writer';
import { ATTEMPT_PARAM } from './attempt-report-href';
import { openSession } from './open-session';
import type { OpenedSession, SessionNotice } from './open-session';
import type { SessionState } from './session-store';

type SessionContextValue =
  | { phase: 'loading' }
  | { phase: 'failed'; message: string }
  /** `reopen`: closes the attempt and opens the case's current one again in place (after an import); absent where the session was opened elsewhere. */
  | { phase: 'ready'; opened: OpenedSession; reopen?: () => void };

const SessionContext = createContext<SessionContextValue>({ phase: 'loading' });
/**
 * The save status has its own context: it changes on every edit ("pending", "saving", "saved"), and a
 * change of the session context re-renders every component of the page that reads it (the workspace,
 * the notes, the sidebar); only the save status line reads this one.
 */
const SaveStatusContext = createContext<SaveStatus>({ state: 'idle' });
const IDLE: SaveStatus = { state: 'idle' };

/** The attempt the report's address names (`?attempt=`); undefined on other pages and without one. */
function useViewedAttempt(): string | undefined {
  const pathname = usePathname();
  const named = useSearchParams().get(ATTEMPT_PARAM);
  return pathname.endsWith('/report') && named ? named : undefined;
}

/**
 * Opens the case's current attempt for the pages below it (one store while the learner moves between
 * steps); on the report, `?attempt=<id>` of another attempt opens that one read-only instead
 * (open-attempt-view.ts), and leaving the report reopens the current attempt.
 */
export function SessionProvider({ caseSlug, durationMinutes, children }: { caseSlug: string; durationMinutes: number; children: ReactNode }) {
  const viewed = useViewedAttempt();
  // What was opened, and for which address: another attempt named (or none) shows "loading" until it opens.
  const [opening, setOpening] = useState<{ viewed: string | undefined; value: SessionContextValue }>({ viewed, value: { phase: 'loading' } });
  // Bumped by `reopen`: the attempt is closed and opened again from storage, without leaving the page.
  const [generation, setGeneration] = useState(0);
  const [status, setStatus] = useState<SaveStatus>(IDLE);
  const value: SessionContextValue = opening.viewed === viewed ? opening.value : LOADING;

  useEffect(() => {
    let cancelled = false;
    let opened: OpenedSession | undefined;
    const setValue = (next: SessionContextValue) => setOpening({ viewed, value: next });
    const reopen = () => {
      if (cancelled) return;
      setOpening({ viewed, value: LOADING });
      setGeneration((count) => count + 1);
    };
    // One "pending" per keystroke: an unchanged pending status does not re-render the status line.
    const onStatus = (next: SaveStatus) => {
      if (!cancelled && opened) setStatus((shown) => (next.state === 'pending' && shown.state === 'pending' ? shown : next));
    };
    // Another attempt's report is rare: its opener loads only then.
    const viewAnother = async (id: string) => (await import('./open-attempt-view')).openAttemptView(caseSlug, id);
    const open = async () => (viewed ? ((await viewAnother(viewed)) ?? openSession(caseSlug, durationMinutes, onStatus)) : openSession(caseSlug, durationMinutes, onStatus));
    open().then(
      (result) => {
        opened = result;
        if (cancelled) {
          result.release();
          return;
        }
        setStatus(IDLE);
        setValue({ phase: 'ready', opened: result, reopen });
      },
      (error: unknown) => {
        if (!cancelled) setValue({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    // A closing or backgrounded tab may never run the debounce timer: write now.
    const flushNow = () => void opened?.flushOnHide();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      flushNow();
      opened?.release();
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [caseSlug, durationMinutes, viewed, generation]);

  return (
    <SessionContext.Provider value={value}>
      <SaveStatusContext.Provider value={value.phase === 'ready' ? status : IDLE}>{children}</SaveStatusContext.Provider>
    </SessionContext.Provider>
  );
}

const LOADING: SessionContextValue = { phase: 'loading' };

/**
 * Provides a session opened elsewhere (a live room's, components/rooms) to the same step workspaces,
 * notes and report that a case page uses: they read and write it through its store as usual.
 */
export function OpenedSessionProvider({ opened, children }: { opened: OpenedSession; children: ReactNode }) {
  const value = useMemo<SessionContextValue>(() => ({ phase: 'ready', opened }), [opened]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionContext(): SessionContextValue {
  return useContext(SessionContext);
}

/** Whether the latest edits reached storage ('idle' before the session opens and where it was opened elsewhere). */
export function useSaveStatus(): SaveStatus {
  return useContext(SaveStatusContext);
}

const loadingSelector = () => undefined;

/** Selects from the session store once it is open; undefined while it loads. */
export function useSession<T>(selector: (state: SessionState) => T): T | undefined {
  const context = useContext(SessionContext);
  const store = context.phase === 'ready' ? context.opened.store : undefined;
  // useStore needs a store on every render; a tiny stand-in keeps the hook order stable while loading.
  return useStore(store ?? placeholderStore, store ? selector : (loadingSelector as unknown as (state: SessionState) => T));
}

export function useSessionNotices(): SessionNotice[] {
  const context = useContext(SessionContext);
  return context.phase === 'ready' ? context.opened.notices : [];
}

const placeholderStore = createStore<SessionState>()(() => ({}) as SessionState);
