import { z } from 'zod';
import { ratingsSchema } from './rating-schema';
import { curveballBaselineSchema, stepTimesSchema } from '../interview/interview-schema';
import { MAX_INTERVIEW_MINUTES, MIN_INTERVIEW_MINUTES, MAX_PAUSES } from '../interview/interview-bounds';
import { stepAnswersSchema } from '../session/session-schema';
import { MAX_NOTES_LENGTH } from '../session/session-bounds';
import { MAX_FILE_DATA_URL_LENGTH, MAX_SCENE_ELEMENTS, MAX_SCENE_FILES } from '../canvas/scene-snapshot';
import { stepIdSchema } from '../steps/step-id-schema';
import { probeAnswerSchema } from '../deep-dive/follow-up-schema';
import { MAX_PROBES_PER_PROMPT } from '../deep-dive/follow-up-bounds';
import { probeQuestionSchema } from '../interview/probe-question-schema';
import { STEP_IDS } from '../steps/steps';
import type { StepId } from '../steps/steps';
import { MAX_NOTE_LENGTH, MAX_REPLY_LENGTH, MAX_ROOM_NOTES, MAX_ROOM_QUESTIONS, ROOM_ID_PATTERN } from './room-limits';

const isoDate = z.iso.datetime({ offset: true });

export const ROOM_STATUSES = ['waiting', 'running', 'ended', 'closed'] as const;
export const roomStatusSchema = z.enum(ROOM_STATUSES);
export type RoomStatus = z.infer<typeof roomStatusSchema>;

/**
 * The room's clock, kept by the server. `pausedMs` is the total of closed pauses; `pausedAt` is set
 * while paused. `pauses` and `endedAt` are the record the session keeps (interview.pauses, finishedAt).
 */
export const roomClockSchema = z.object({
  startedAt: isoDate.optional(),
  pausedAt: isoDate.optional(),
  pausedMs: z.number().min(0),
  /** Every pause, for the session's record (appended to the contract by rooms-core). */
  pauses: z.array(z.object({ startedAt: isoDate, endedAt: isoDate.optional() })).max(MAX_PAUSES).default([]),
  /** When the interviewer ended the interview (appended to the contract by rooms-core). */
  endedAt: isoDate.optional(),
});
export type RoomClock = z.infer<typeof roomClockSchema>;

/** The answers of the steps with an engine, as the session keeps them, without the canvas (kept in `scene`). */
export const roomAnswersSchema = stepAnswersSchema.omit({ diagram: true });
export type RoomAnswers = z.infer<typeof roomAnswersSchema>;

const notesShape = Object.fromEntries(STEP_IDS.map((id) => [id, z.string().max(MAX_NOTES_LENGTH)])) as Record<StepId, z.ZodString>;
export const roomNotesSchema = z.object(notesShape);
export type RoomNotes = z.infer<typeof roomNotesSchema>;

/** The candidate's work: answers, the notes of each step and the step they are on. */
export const roomWorkSchema = z.object({
  answers: roomAnswersSchema,
  notes: roomNotesSchema,
  currentStep: stepIdSchema,
  /** Interview time (ms, pauses excluded) spent on each step so far, for the report's time per step. */
  stepTimes: stepTimesSchema.optional(),
  /** Since when the current step has been timed (set at each step change once the clock runs). */
  stepSince: isoDate.optional(),
});
export type RoomWork = z.infer<typeof roomWorkSchema>;

/** An Excalidraw element: opaque except for the fields the merge reads (id, version, versionNonce, index). */
export const roomElementSchema = z
  .object({
    id: z.string().min(1).max(100),
    version: z.number().int().min(0),
    versionNonce: z.number().int(),
    index: z.string().max(200).nullable().optional(),
    isDeleted: z.boolean().optional(),
  })
  .loose();
export type RoomElement = z.infer<typeof roomElementSchema>;

export const roomFileSchema = z.object({ id: z.string().max(100), mimeType: z.string().max(100), dataURL: z.string().max(MAX_FILE_DATA_URL_LENGTH) }).loose();

export const roomSceneSchema = z.object({
  elements: z.array(roomElementSchema).max(MAX_SCENE_ELEMENTS),
  files: z.record(z.string().max(100), roomFileSchema).refine((files) => Object.keys(files).length <= MAX_SCENE_FILES, `at most ${MAX_SCENE_FILES} embedded images`).optional(),
});
export type RoomScene = z.infer<typeof roomSceneSchema>;

export const REPLY_KINDS = ['as-suggested', 'edited', 'written'] as const;
export const replyKindSchema = z.enum(REPLY_KINDS);
export type ReplyKind = z.infer<typeof replyKindSchema>;

/** The scripted interviewer's answer to a question, from the case facts: interviewer-only. */
export const suggestedAnswerSchema = z.object({ answer: z.string().max(MAX_REPLY_LENGTH), topicId: z.string().max(80).nullable() });
export type SuggestedAnswer = z.infer<typeof suggestedAnswerSchema>;

export const roomReplySchema = z.object({ text: z.string().min(1).max(MAX_REPLY_LENGTH), sentAt: isoDate, how: replyKindSchema });
export type RoomReply = z.infer<typeof roomReplySchema>;

export const roomQuestionSchema = z.object({
  id: z.string().max(64),
  text: z.string().max(500),
  askedAt: isoDate,
  suggested: suggestedAnswerSchema.optional(),
  reply: roomReplySchema.optional(),
});
export type RoomQuestion = z.infer<typeof roomQuestionSchema>;

export const interviewerNoteSchema = z.object({ id: z.string().max(64), at: isoDate, text: z.string().min(1).max(MAX_NOTE_LENGTH) });
export type InterviewerNote = z.infer<typeof interviewerNoteSchema>;

/**
 * The interviewer's ratings (lib/rooms/rating-schema.ts): checked on the server like every message, and
 * kept from the candidate and observer until released.
 */
export const roomRatingsSchema = ratingsSchema;
export type RoomRatings = z.infer<typeof roomRatingsSchema>;

/**
 * One follow-up the room's scripted interviewer asked on the curveball (lib/rooms/room-curveball.ts):
 * the question as the candidate sees it (no right answer in it), when it was asked, and the
 * candidate's answer once given. Seen by every role; the engine's verdict is the interviewer's.
 */
export const roomFollowUpSchema = probeQuestionSchema.extend({
  askedAt: isoDate,
  answer: probeAnswerSchema.optional(),
  answeredAt: isoDate.optional(),
});
export type RoomFollowUp = z.infer<typeof roomFollowUpSchema>;

/** The curveball's follow-ups: when the candidate said the change is addressed, and every follow-up asked since, in order. */
export const roomCurveballFollowUpSchema = z.object({
  addressedAt: isoDate,
  asked: z.array(roomFollowUpSchema).max(MAX_PROBES_PER_PROMPT),
});
export type RoomCurveballFollowUp = z.infer<typeof roomCurveballFollowUpSchema>;

/** The authoritative state of one room, held by the server; clients receive projectRoom(state, role). */
export const roomStateSchema = z.object({
  id: z.string().regex(ROOM_ID_PATTERN),
  caseSlug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  lengthMinutes: z.number().int().min(MIN_INTERVIEW_MINUTES).max(MAX_INTERVIEW_MINUTES),
  createdAt: isoDate,
  expiresAt: isoDate,
  status: roomStatusSchema,
  clock: roomClockSchema,
  work: roomWorkSchema,
  scene: roomSceneSchema,
  questions: z.array(roomQuestionSchema).max(MAX_ROOM_QUESTIONS),
  curveball: z.object({
    announcedAt: isoDate.optional(),
    /** What already matched the curveball's cues when announced (from the rubric): interviewer-only. */
    baseline: curveballBaselineSchema.optional(),
    /** The follow-ups on the curveball once the candidate said it is addressed (issue 12). Optional: rooms stored before have none. */
    followUp: roomCurveballFollowUpSchema.optional(),
  }),
  interviewerNotes: z.array(interviewerNoteSchema).max(MAX_ROOM_NOTES),
  ratings: roomRatingsSchema.optional(),
  released: z.boolean(),
});
export type RoomState = z.infer<typeof roomStateSchema>;
