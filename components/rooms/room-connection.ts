import type { OutgoingMessage, PointerMessage, RoomAckMessage, RoomPointerMessage } from '@/lib/rooms/room-messages';
import type { RoomRole } from '@/lib/rooms/room-role';
import type { RoomState } from '@/lib/rooms/room-state-schema';
import type { RoomStatus } from './offline-banner';

/**
 * What a room view needs from the connection (rooms-core's useRoomConnection returns at least this):
 * the connection's status, the role the token gives, the role's projection of the room with this
 * client's unacknowledged messages applied, how many are queued, the others' pointers, and senders.
 */
export type RoomConnection = {
  status: RoomStatus;
  role: RoomRole | undefined;
  state: RoomState | undefined;
  pending: number;
  pointers: Readonly<Record<string, RoomPointerMessage>>;
  send: (message: OutgoingMessage) => Promise<RoomAckMessage>;
  sendPointer: (pointer: PointerMessage) => void;
};
