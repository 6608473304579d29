'use client';

import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { RoomClient, RoomMessageRefused } from '@/lib/rooms/room-client';
import type { RoomConnectionStatus, RoomPointer, RoomView } from '@/lib/rooms/room-client';
import type { OutgoingMessage, PointerMessage, RoomAckMessage, RoomErrorMessage } from '@/lib/rooms/room-messages';
import type { RoomRole } from '@/lib/rooms/room-role';
import type { RoomState } from '@/lib/rooms/room-state-schema';

export type RoomConnection = {
  status: RoomConnectionStatus;
  /** The role the server gave this link; undefined until the first snapshot. */
  role: RoomRole | undefined;
  /** The room as this role may see it, with this client's unacknowledged messages applied. */
  state: RoomState | undefined;
  /** Resolves with the ack once the server stored the message; rejects with RoomMessageRefused. Queued while offline. */
  send: (message: OutgoingMessage) => Promise<RoomAckMessage>;
  /** Other clients' pointers by connection id. */
  pointers: Record<string, RoomPointer>;
  /** Sends this client's pointer (volatile; the server throttles and relays it). */
  sendPointer: (pointer: PointerMessage) => void;
  /** Messages waiting for their ack. */
  pending: number;
  /** The server's last error, e.g. `room-not-found` when the link is wrong or expired. */
  error: RoomErrorMessage | undefined;
};

const SERVER_VIEW: RoomView = { status: 'connecting', role: undefined, state: undefined, seq: 0, pending: 0, pointers: {}, error: undefined };

/**
 * The live connection to a room for a page (the contract in /work/briefs/r3-rooms-contract.md): one
 * socket per mounted page, closed on unmount. The browser's offline/online events suspend and
 * resume it at once (socket.io alone notices a dead line only after its ping timeout); edits made
 * meanwhile wait in the queue and are sent on reconnect.
 */
export function useRoomConnection({ roomId, token }: { roomId: string; token: string }): RoomConnection {
  const client = useMemo(() => (typeof window === 'undefined' ? undefined : new RoomClient({ roomId, token, autoConnect: false })), [roomId, token]);

  useEffect(() => {
    if (!client) return;
    client.connect();
    const offline = () => client.suspend();
    const online = () => client.connect();
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      client.close();
    };
  }, [client]);

  const subscribe = useCallback((listener: () => void) => (client ? client.subscribe(listener) : () => undefined), [client]);
  const view = useSyncExternalStore(
    subscribe,
    () => (client ? client.getView() : SERVER_VIEW),
    () => SERVER_VIEW,
  );
  const send = useCallback(
    (message: OutgoingMessage) => (client ? client.send(message) : Promise.reject(new RoomMessageRefused('gone', 'Not connected.'))),
    [client],
  );
  const sendPointer = useCallback((pointer: PointerMessage) => client?.sendPointer(pointer), [client]);

  return { status: view.status, role: view.role, state: view.state, send, pointers: view.pointers, sendPointer, pending: view.pending, error: view.error };
}
