import { describeQuestionAnswer } from '../interview/probe-question';
import { getStep } from '../steps/steps';
import { assertNever } from '../util/assert-never';
import type { RoomEvent } from './room-messages';
import { applyRoomEvent, roomElapsedMs } from './room-reducer';
import type { RoomState } from './room-state-schema';
import type { RoomHistory, StoredRoomEvent } from './room-store';

/** A checkpoint state is kept every this many events, so any moment is at most this many events away. */
export const REPLAY_CHECKPOINT_EVERY = 64;

export const REPLAY_MARK_KINDS = ['step', 'clock-start', 'clock-pause', 'clock-resume', 'question-asked', 'question-answered', 'curveball', 'note', 'end', 'release', 'close', 'curveball-addressed', 'follow-up-asked', 'follow-up-answered'] as const;
export type ReplayMarkKind = (typeof REPLAY_MARK_KINDS)[number];

/** One thing worth jumping to on the timeline: the room as it was right after event `seq`. */
export type ReplayMark = {
  seq: number;
  /** The event's wall-clock instant (ISO). */
  at: string;
  /** Interview time at the event, ms from the clock's start, pauses excluded (0 before the start). */
  elapsedMs: number;
  kind: ReplayMarkKind;
  /** What happened, for a button or a list: "Question: How many orders a day?". */
  label: string;
};

/**
 * A room's history prepared for scrubbing: every event with its interview time, the marks, and a
 * checkpoint state every `checkpointEvery` events. Seqs may have gaps (a candidate's projected history
 * leaves out what it may not see); positions are indexes into `events`.
 */
export type RoomReplay = {
  initial: RoomState;
  events: readonly StoredRoomEvent[];
  /** Interview time (ms) after each event, same order as `events`; never decreasing. */
  elapsed: readonly number[];
  marks: readonly ReplayMark[];
  /** checkpoints[k] is the state after the first k * checkpointEvery events (checkpoints[0] = initial). */
  checkpoints: readonly RoomState[];
  checkpointEvery: number;
  /** Seq of the last event (0 for a room with none). */
  lastSeq: number;
  /** Interview time at the last event, ms. */
  durationMs: number;
};

function clip(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The mark of one event given the state after it, or undefined for an event with none (edits, ratings). */
function markOf(event: RoomEvent, after: RoomState): Pick<ReplayMark, 'kind' | 'label'> | undefined {
  switch (event.type) {
    case 'step:went':
      return { kind: 'step', label: `Step: ${getStep(event.step).title}` };
    case 'clock:started':
      return { kind: 'clock-start', label: 'Clock started' };
    case 'clock:paused':
      return { kind: 'clock-pause', label: 'Clock paused' };
    case 'clock:resumed':
      return { kind: 'clock-resume', label: 'Clock resumed' };
    case 'question:asked':
      return { kind: 'question-asked', label: `Question: ${clip(event.question.text)}` };
    case 'question:replied': {
      const question = after.questions.find((item) => item.id === event.questionId);
      return { kind: 'question-answered', label: `Answer: ${clip(event.reply.text)}${question ? ` (to "${clip(question.text, 40)}")` : ''}` };
    }
    case 'curveball:announced':
      return { kind: 'curveball', label: 'Curveball announced' };
    case 'note:added':
      return { kind: 'note', label: `Note: ${clip(event.note.text)}` };
    case 'room:ended':
      return { kind: 'end', label: 'Interview ended' };
    case 'room:released':
      return { kind: 'release', label: 'Notes and ratings released' };
    case 'room:closed':
      return { kind: 'close', label: 'Room closed' };
    case 'curveball:addressed':
      return { kind: 'curveball-addressed', label: 'Curveball addressed' };
    case 'curveball:asked':
      return { kind: 'follow-up-asked', label: `Follow-up: ${clip(event.question.question)}` };
    case 'curveball:answered': {
      const asked = after.curveball.followUp?.asked.find((item) => item.pointId === event.claimId);
      return { kind: 'follow-up-answered', label: `Follow-up answered: ${clip(asked ? describeQuestionAnswer(asked, event.answer) : event.claimId)}` };
    }
    case 'work:set':
    case 'scene:updated':
    case 'ratings:set':
      return undefined;
    default:
      return assertNever(event, 'room event');
  }
}

/**
 * Prepares a room's history (lib/rooms/room-store.ts RoomHistory, possibly a role's projection) for
 * replay: applies every event once, in order, keeping a checkpoint every `checkpointEvery` events, the
 * interview time of each event and the timeline's marks. Cost: one pass over the log; memory: one
 * state per checkpoint (states share unchanged parts). Throws if the events are not in seq order.
 */
export function buildRoomReplay(history: Pick<RoomHistory, 'initial' | 'events'>, checkpointEvery = REPLAY_CHECKPOINT_EVERY): RoomReplay {
  if (!Number.isInteger(checkpointEvery) || checkpointEvery < 1) throw new Error(`checkpointEvery must be a positive integer, not ${checkpointEvery}`);
  const checkpoints: RoomState[] = [history.initial];
  const elapsed: number[] = [];
  const marks: ReplayMark[] = [];
  let state = history.initial;
  let previousSeq = 0;
  let previousElapsed = 0;
  history.events.forEach((stored, index) => {
    if (stored.seq <= previousSeq) throw new Error(`The room's log is out of order at seq ${stored.seq}.`);
    previousSeq = stored.seq;
    state = applyRoomEvent(state, stored.event);
    const time = Math.max(previousElapsed, roomElapsedMs(state.clock, new Date(stored.event.at)));
    previousElapsed = time;
    elapsed.push(time);
    const mark = markOf(stored.event, state);
    if (mark) marks.push({ seq: stored.seq, at: stored.event.at, elapsedMs: time, ...mark });
    if ((index + 1) % checkpointEvery === 0) checkpoints.push(state);
  });
  return { initial: history.initial, events: history.events, elapsed, marks, checkpoints, checkpointEvery, lastSeq: previousSeq, durationMs: previousElapsed };
}

/** How many events are at or before `seq` (binary search; seqs ascend). */
export function eventCountAtSeq(replay: RoomReplay, seq: number): number {
  let low = 0;
  let high = replay.events.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((replay.events[middle]?.seq ?? Infinity) <= seq) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many events happened at or before interview time `elapsedMs` (the last of a run of equal times included). */
export function eventCountAtTime(replay: RoomReplay, elapsedMs: number): number {
  let low = 0;
  let high = replay.elapsed.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((replay.elapsed[middle] ?? Infinity) <= elapsedMs) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The room after its first `count` events (0: the first state), from the nearest checkpoint before it. */
export function replayStateAfter(replay: RoomReplay, count: number): RoomState {
  const bounded = Math.max(0, Math.min(replay.events.length, Math.floor(count)));
  const checkpoint = Math.min(Math.floor(bounded / replay.checkpointEvery), replay.checkpoints.length - 1);
  let state = replay.checkpoints[checkpoint] ?? replay.initial;
  for (let index = checkpoint * replay.checkpointEvery; index < bounded; index += 1) {
    const stored = replay.events[index];
    if (stored) state = applyRoomEvent(state, stored.event);
  }
  return state;
}

/** The room as it was right after event `seq` (the first state for 0; the last state past the end). */
export function replayStateAtSeq(replay: RoomReplay, seq: number): RoomState {
  return replayStateAfter(replay, eventCountAtSeq(replay, seq));
}

/** The room as it was at interview time `elapsedMs` (every event up to that time applied). */
export function replayStateAtTime(replay: RoomReplay, elapsedMs: number): RoomState {
  return replayStateAfter(replay, eventCountAtTime(replay, elapsedMs));
}

/** The wall-clock instant of the moment after `count` events: the last applied event's, else the room's creation. */
export function replayInstantAfter(replay: RoomReplay, count: number): Date {
  const stored = count > 0 ? replay.events[Math.min(count, replay.events.length) - 1] : undefined;
  return new Date(stored?.event.at ?? replay.initial.createdAt);
}
