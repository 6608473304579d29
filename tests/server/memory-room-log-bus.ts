import type { RoomLogHandlers, RoomLogNotifier } from '@/server/room-log-notify';

/**
 * Room log notices between hubs of one test process (several "instances" on one SQLite file):
 * delivered on a later turn of the event loop like a real NOTIFY; `hold` keeps them back (a notice in
 * flight, or a dropped listener) until `release`, which may also ask every hub for a resync.
 */
export function memoryRoomLogBus() {
  const members: { id: number; handlers: Set<RoomLogHandlers> }[] = [];
  let held: (() => void)[] | undefined;
  const deliver = (run: () => void) => (held ? held.push(run) : setImmediate(run));
  return {
    notifier(): RoomLogNotifier {
      const member = { id: members.length, handlers: new Set<RoomLogHandlers>() };
      members.push(member);
      return {
        publish(roomId, seq) {
          for (const other of members) if (other !== member) for (const handler of other.handlers) deliver(() => handler.appended(roomId, seq));
        },
        subscribe(handler) {
          member.handlers.add(handler);
          return () => member.handlers.delete(handler);
        },
        async close() {
          member.handlers.clear();
        },
      };
    },
    hold(): void {
      held = [];
    },
    /** Delivers what was held (or, with `lost`, drops it and asks every hub to resync instead). */
    release(options: { lost?: boolean } = {}): void {
      const pending = held ?? [];
      held = undefined;
      if (options.lost) for (const member of members) for (const handler of member.handlers) setImmediate(() => handler.resync());
      else for (const run of pending) setImmediate(run);
    },
  };
}
