'use client';

import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { roomToSession } from '@/lib/rooms/room-to-session';
import type { RoomState } from '@/lib/rooms/room-state-schema';
import type { Session } from '@/lib/session/session-schema';
import { openBrowserStore } from '@/lib/storage/idb-store';
import type { KeyValueStore } from '@/lib/storage/key-value-store';
import type { OpenedSession } from '@/components/session/open-session';
import { createRelay } from './relay';
import { createRoomSessionStore } from './room-session-store';
import type { RoomSend } from './room-session-store';

/** The room keeps the work; there is nothing to write out when the tab closes. */
const nothingToFlush = async () => undefined;

function toSession(state: RoomState, previous: Session | undefined): Session | undefined {
  try {
    return roomToSession(state, new Date());
  } catch {
    // A room always fits a session (both share the limits); if one ever did not, keep the last good view.
    return previous;
  }
}

/**
 * The room as an open session for the mock's workspaces, notes and report (OpenedSessionProvider):
 * it follows every change of the room, and edits go to the room through `send` (none for the
 * observer). The browser's own store is opened too, for the report's import and "save to history".
 * Undefined until that store is open.
 */
export function useRoomSession(state: RoomState, send: RoomSend | undefined): OpenedSession | undefined {
  const [relay] = useState(() => createRelay<Parameters<RoomSend>>());
  useLayoutEffect(() => relay.point(send), [relay, send]);
  const [store] = useState(() => {
    const initial = toSession(state, undefined);
    if (!initial) throw new Error('This room cannot be shown as an interview session.');
    return createRoomSessionStore(initial, send ? relay.call : undefined);
  });
  const [keyValueStore, setKeyValueStore] = useState<KeyValueStore | undefined>(undefined);

  useLayoutEffect(() => {
    const session = toSession(state, store.getState().session);
    if (session) store.setState({ session });
  }, [state, store]);

  useEffect(() => {
    let cancelled = false;
    void openBrowserStore().then(({ store: opened }) => {
      if (!cancelled) setKeyValueStore(opened);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  return useMemo(() => (keyValueStore ? { store, keyValueStore, notices: [], flush: nothingToFlush, flushOnHide: nothingToFlush, release: nothingToFlush } : undefined), [store, keyValueStore]);
}
