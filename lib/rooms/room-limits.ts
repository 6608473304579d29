/** Limits of the live rooms: each caps what one client or one room can make the server hold. */

/** Largest JSON payload of one client message, in bytes (a scene update of a busy canvas fits). */
export const MAX_MESSAGE_BYTES = 1_000_000;
/** Client messages a connection may send per second on average, and the burst it may save up. */
export const MESSAGES_PER_SECOND = 40;
export const MESSAGE_BURST = 80;
/** Pointer moves relayed per connection: at most one every this many milliseconds; the rest are dropped. */
export const POINTER_INTERVAL_MS = 50;
/** Pointer moves a connection may send per second before it counts as a flood and is closed. */
export const POINTER_FLOOD_PER_SECOND = 200;
/** Questions and interviewer notes per room, and their length. */
export const MAX_ROOM_QUESTIONS = 200;
export const MAX_ROOM_NOTES = 500;
export const MAX_NOTE_LENGTH = 4_000;
export const MAX_REPLY_LENGTH = 4_000;
/** Elements in one scene update. */
export const MAX_SCENE_UPDATE_ELEMENTS = 5_000;
/** A client message id: the client's own id, echoed in the ack. */
export const MAX_CLIENT_MSG_ID = 64;
/** Room ids: 22 base64url characters (128 random bits). */
export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
/** Default lifetime of a room before it and everything in it is deleted. */
export const DEFAULT_ROOM_TTL_DAYS = 14;
/** A snapshot is written after this many events, so a restart replays at most that many. */
export const SNAPSHOT_EVERY_EVENTS = 200;
/** Client message ids remembered per room so a resent message is acknowledged, not applied twice. */
export const REMEMBERED_CLIENT_MSG_IDS = 2_000;
