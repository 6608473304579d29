import { z } from 'zod';
import { MAX_ENTITIES_LENGTH, MAX_NOTES_LENGTH, MAX_QUESTION_LENGTH } from '../session/session-bounds';
import { stepIdSchema } from '../steps/step-id-schema';
import { designAnswerSchema } from '../design/design-answer-schema';
import { probeAnswerSchema } from '../deep-dive/follow-up-schema';
import { MAX_FOLLOW_UP_ID } from '../deep-dive/follow-up-bounds';
import { probeQuestionSchema } from '../interview/probe-question-schema';
import type { RoomRole } from './room-role';
import {
  interviewerNoteSchema,
  replyKindSchema,
  roomAnswersSchema,
  roomElementSchema,
  roomFileSchema,
  roomQuestionSchema,
  roomRatingsSchema,
  roomReplySchema,
  roomStateSchema,
} from './room-state-schema';
import { MAX_CLIENT_MSG_ID, MAX_NOTE_LENGTH, MAX_REPLY_LENGTH, MAX_SCENE_UPDATE_ELEMENTS } from './room-limits';

const isoDate = z.iso.datetime({ offset: true });
const clientMsgId = z.string().min(1).max(MAX_CLIENT_MSG_ID);

/** One field of the candidate's work, whole value per field (the last write wins). */
export const workFieldSchema = z.discriminatedUnion('field', [
  z.object({ field: z.literal('entities'), value: z.string().max(MAX_ENTITIES_LENGTH) }),
  z.object({ field: z.literal('estimate'), value: roomAnswersSchema.shape.estimate }),
  z.object({ field: z.literal('design'), value: designAnswerSchema }),
  z.object({ field: z.literal('deep-dive'), value: roomAnswersSchema.shape.deepDive }),
  z.object({ field: z.literal('notes'), step: stepIdSchema, value: z.string().max(MAX_NOTES_LENGTH) }),
]);
export type WorkField = z.infer<typeof workFieldSchema>;

const sceneFilesSchema = z.record(z.string().max(100), roomFileSchema).refine((files) => Object.keys(files).length <= 10, 'at most 10 images per update');

/**
 * Client -> server messages (socket event `room:message`). Each carries the client's own id, echoed in
 * `room:ack`. Who may send which is decided on the server (lib/rooms/room-permissions.ts).
 */
export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('work:set'), clientMsgId, set: workFieldSchema }),
  z.object({ type: z.literal('scene:update'), clientMsgId, elements: z.array(roomElementSchema).max(MAX_SCENE_UPDATE_ELEMENTS), files: sceneFilesSchema.optional() }),
  z.object({ type: z.literal('question:ask'), clientMsgId, text: z.string().trim().min(1).max(MAX_QUESTION_LENGTH) }),
  z.object({ type: z.literal('question:reply'), clientMsgId, questionId: z.string().max(64), text: z.string().trim().min(1).max(MAX_REPLY_LENGTH), how: replyKindSchema }),
  z.object({ type: z.literal('clock:start'), clientMsgId }),
  z.object({ type: z.literal('clock:pause'), clientMsgId }),
  z.object({ type: z.literal('clock:resume'), clientMsgId }),
  z.object({ type: z.literal('curveball:announce'), clientMsgId }),
  z.object({ type: z.literal('note:add'), clientMsgId, text: z.string().trim().min(1).max(MAX_NOTE_LENGTH) }),
  z.object({ type: z.literal('ratings:set'), clientMsgId, ratings: roomRatingsSchema }),
  z.object({ type: z.literal('room:end'), clientMsgId }),
  z.object({ type: z.literal('room:release'), clientMsgId }),
  z.object({ type: z.literal('step:go'), clientMsgId, step: stepIdSchema }),
  /** The candidate says the curveball is addressed: the interviewer may follow up (issue 12). */
  z.object({ type: z.literal('curveball:address'), clientMsgId }),
  /** The candidate's answer to the curveball follow-up on one claim: choice ids or a number. */
  z.object({ type: z.literal('curveball:answer'), clientMsgId, claimId: z.string().min(1).max(MAX_FOLLOW_UP_ID), answer: probeAnswerSchema }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type ClientMessageType = ClientMessage['type'];
/** What a caller passes to send(): the hook adds the clientMsgId. */
export type OutgoingMessage = ClientMessage extends infer M ? (M extends ClientMessage ? Omit<M, 'clientMsgId'> : never) : never;

/**
 * What happened in a room: the append-only log stores these, the reducer's applyRoomEvent replays them.
 * Clients receive them after projectRoomEvent (interviewer-only parts removed or the event withheld).
 */
export const roomEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('work:set'), at: isoDate, set: workFieldSchema }),
  z.object({ type: z.literal('scene:updated'), at: isoDate, elements: z.array(roomElementSchema), files: z.record(z.string(), roomFileSchema).optional() }),
  z.object({ type: z.literal('question:asked'), at: isoDate, question: roomQuestionSchema }),
  z.object({ type: z.literal('question:replied'), at: isoDate, questionId: z.string().max(64), reply: roomReplySchema }),
  z.object({ type: z.literal('clock:started'), at: isoDate }),
  z.object({ type: z.literal('clock:paused'), at: isoDate }),
  z.object({ type: z.literal('clock:resumed'), at: isoDate }),
  z.object({ type: z.literal('curveball:announced'), at: isoDate, baseline: roomStateSchema.shape.curveball.shape.baseline }),
  z.object({ type: z.literal('note:added'), at: isoDate, note: interviewerNoteSchema }),
  z.object({ type: z.literal('ratings:set'), at: isoDate, ratings: roomRatingsSchema }),
  z.object({ type: z.literal('room:ended'), at: isoDate }),
  /** On release the candidate's copy carries the notes and ratings it was kept from until then. */
  z.object({ type: z.literal('room:released'), at: isoDate, interviewerNotes: z.array(interviewerNoteSchema).optional(), ratings: roomRatingsSchema.optional() }),
  z.object({ type: z.literal('room:closed'), at: isoDate }),
  z.object({ type: z.literal('step:went'), at: isoDate, step: stepIdSchema }),
  z.object({ type: z.literal('curveball:addressed'), at: isoDate }),
  /** A follow-up the scripted interviewer asks, chosen on the server by lib/rooms/room-curveball.ts (no right answer in it). */
  z.object({ type: z.literal('curveball:asked'), at: isoDate, question: probeQuestionSchema }),
  z.object({ type: z.literal('curveball:answered'), at: isoDate, claimId: z.string().min(1).max(MAX_FOLLOW_UP_ID), answer: probeAnswerSchema }),
]);
export type RoomEvent = z.infer<typeof roomEventSchema>;
export type RoomEventType = RoomEvent['type'];

/** Socket auth sent on connect. */
export const roomAuthSchema = z.object({ roomId: z.string().max(100), token: z.string().max(200) });
export type RoomAuth = z.infer<typeof roomAuthSchema>;

/** A pointer move, volatile: relayed to the other clients of the room, never stored. */
export const pointerMessageSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  tool: z.enum(['pointer', 'laser']).optional(),
  button: z.enum(['up', 'down']).optional(),
});
export type PointerMessage = z.infer<typeof pointerMessageSchema>;

/** Server -> client messages, by socket event name. */
export type RoomSnapshotMessage = { seq: number; role: RoomRole; state: z.infer<typeof roomStateSchema> };
export type RoomEventMessage = { seq: number; event: RoomEvent };
export type RoomAckMessage = { clientMsgId: string; seq: number };
/** A well-formed message the room refused (wrong role, interview ended...): the connection stays open. */
export type RoomRefusedMessage = { clientMsgId: string; code: RefusalCode; message: string };
export type RoomErrorMessage = { code: RoomErrorCode; message: string };
export type RoomPointerMessage = PointerMessage & { from: string; role: RoomRole };

export const REFUSAL_CODES = ['forbidden', 'room-ended', 'room-closed', 'not-found', 'conflict', 'full'] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];
export const ROOM_ERROR_CODES = ['room-not-found', 'bad-message', 'too-large', 'rate-limited', 'room-gone', 'server-error'] as const;
export type RoomErrorCode = (typeof ROOM_ERROR_CODES)[number];

/** Socket event names, in one place for the server and the hook. */
export const ROOM_SOCKET_EVENTS = {
  message: 'room:message',
  pointer: 'room:pointer',
  snapshot: 'room:snapshot',
  event: 'room:event',
  ack: 'room:ack',
  refused: 'room:refused',
  error: 'room:error',
} as const;

/** The socket.io path and transport every client uses. */
export const ROOM_SOCKET_PATH = '/socket.io';
