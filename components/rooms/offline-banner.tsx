'use client';

/** Connection states a room view can be in (components/rooms/use-room-connection.ts). */
export type RoomStatus = 'connecting' | 'online' | 'offline' | 'gone';

/**
 * Says when the room's connection is down: the work goes on, kept in this browser and sent once the
 * connection is back. Quiet while online.
 */
export function OfflineBanner({ status, pending }: { status: RoomStatus; pending: number }) {
  if (status === 'online') return null;
  if (status === 'connecting') {
    return (
      <p className="notice notice-info room-connection" role="status">
        Connecting to the room…
      </p>
    );
  }
  if (status === 'gone') {
    return (
      <p className="notice notice-warn room-connection" role="alert">
        This room is closed or no longer exists. Nothing more is sent.
      </p>
    );
  }
  return (
    <p className="notice notice-warn room-connection" role="alert">
      You are offline. Keep working: {pending > 0 ? `${pending} change${pending === 1 ? ' is' : 's are'} kept in this browser and` : 'your changes are'} sent when the
      connection returns.
    </p>
  );
}
