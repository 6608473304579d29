import { countStepTime } from './room-step-times';
import { MAX_QUESTIONS } from '../session/session-bounds';
import { MAX_SCENE_ELEMENTS } from '../canvas/scene-snapshot';
import { MAX_PAUSES } from '../interview/interview-bounds';
import type { CurveballBaseline } from '../interview/interview-schema';
import { assertNever } from '../util/assert-never';
import { reconcileElements, winningElements } from './reconcile-elements';
import type { ClientMessage, RefusalCode, RoomEvent } from './room-messages';
import { maySend } from './room-permissions';
import type { RoomRole } from './room-role';
import { MAX_ROOM_NOTES, MAX_ROOM_QUESTIONS } from './room-limits';
import type { RoomState, SuggestedAnswer } from './room-state-schema';
import { probeAnswerProblem } from '../interview/probe-question';
import type { ProbeQuestion } from '../interview/probe-question';
import { MAX_PROBES_PER_PROMPT } from '../deep-dive/follow-up-bounds';
import { pendingFollowUp } from './room-follow-ups';

/** What the reducer needs from outside: the time, fresh ids, and (on the server) the case's answers. */
export type RoomContext = {
  now: Date;
  newId: () => string;
  /** The scripted interviewer's answer to a question, from the case facts (server only). */
  suggestAnswer?: (caseSlug: string, text: string) => SuggestedAnswer | undefined;
  /** What of the work already matches the curveball's cues (server only; needs the rubric). */
  curveballBaseline?: (state: RoomState) => CurveballBaseline | undefined;
  /**
   * The curveball follow-up to ask the candidate now, if any (server only; needs the rubric): see
   * lib/rooms/room-curveball.ts nextCurveballQuestion. `state` already has the candidate's message applied.
   */
  curveballFollowUp?: (state: RoomState) => ProbeQuestion | undefined;
};

export type RoomDecision = { ok: true; events: RoomEvent[] } | { ok: false; code: RefusalCode; message: string };

const refuse = (code: RefusalCode, message: string): RoomDecision => ({ ok: false, code, message });
const accept = (...events: RoomEvent[]): RoomDecision => ({ ok: true, events });

/** Messages an interviewer may still send once the interview has ended: the write-up. */
const AFTER_END: ReadonlySet<ClientMessage['type']> = new Set(['note:add', 'ratings:set', 'room:release', 'room:end', 'question:reply']);

/**
 * Decides what a client's message does to the room: the events to log and apply, or a refusal (wrong
 * role, room ended or closed, unknown question, room full). Pure: time and ids come from `context`.
 * A message that changes nothing (starting a started clock, a scene update that loses every merge)
 * is accepted with no events, so a resent message is harmless.
 */
export function decideRoomMessage(state: RoomState, message: ClientMessage, role: RoomRole, context: RoomContext): RoomDecision {
  if (!maySend(role, message.type)) return refuse('forbidden', `The ${role} cannot send ${message.type}.`);
  if (state.status === 'closed') return refuse('room-closed', 'The room is closed.');
  if (state.status === 'ended' && !AFTER_END.has(message.type)) return refuse('room-ended', 'The interview has ended.');
  const at = context.now.toISOString();
  switch (message.type) {
    case 'work:set':
      return accept({ type: 'work:set', at, set: message.set });
    case 'scene:update': {
      const { accepted, total } = winningElements(state.scene.elements, message.elements);
      if (total > MAX_SCENE_ELEMENTS) return refuse('full', `A scene holds at most ${MAX_SCENE_ELEMENTS} elements.`);
      const newFiles = Object.fromEntries(Object.entries(message.files ?? {}).filter(([id]) => !state.scene.files?.[id]));
      if (accepted.length === 0 && Object.keys(newFiles).length === 0) return accept();
      const event: RoomEvent = { type: 'scene:updated', at, elements: accepted };
      if (Object.keys(newFiles).length > 0) event.files = newFiles;
      return accept(event);
    }
    case 'question:ask': {
      if (state.questions.length >= Math.min(MAX_ROOM_QUESTIONS, MAX_QUESTIONS)) return refuse('full', 'No more questions fit in this room.');
      const question: RoomState['questions'][number] = { id: context.newId(), text: message.text, askedAt: at };
      const suggested = context.suggestAnswer?.(state.caseSlug, message.text);
      if (suggested) question.suggested = suggested;
      return accept({ type: 'question:asked', at, question });
    }
    case 'question:reply':
      if (!state.questions.some((question) => question.id === message.questionId)) return refuse('not-found', 'There is no such question.');
      return accept({ type: 'question:replied', at, questionId: message.questionId, reply: { text: message.text, sentAt: at, how: message.how } });
    case 'clock:start':
      return state.clock.startedAt ? accept() : accept({ type: 'clock:started', at });
    case 'clock:pause':
      if (!state.clock.startedAt) return refuse('conflict', 'The clock has not started.');
      if (state.clock.pausedAt || state.clock.pauses.length >= MAX_PAUSES) return accept();
      return accept({ type: 'clock:paused', at });
    case 'clock:resume':
      return state.clock.pausedAt ? accept({ type: 'clock:resumed', at }) : accept();
    case 'curveball:announce': {
      if (state.curveball.announcedAt) return accept();
      return accept({ type: 'curveball:announced', at, baseline: context.curveballBaseline?.(state) });
    }
    case 'note:add':
      if (state.interviewerNotes.length >= MAX_ROOM_NOTES) return refuse('full', 'No more notes fit in this room.');
      return accept({ type: 'note:added', at, note: { id: context.newId(), at, text: message.text } });
    case 'ratings:set':
      return accept({ type: 'ratings:set', at, ratings: message.ratings });
    case 'room:end':
      return state.status === 'ended' ? accept() : accept({ type: 'room:ended', at });
    case 'room:release':
      if (state.status !== 'ended') return refuse('conflict', 'End the interview before releasing notes and ratings.');
      return state.released ? accept() : accept({ type: 'room:released', at });
    case 'step:go':
      return state.work.currentStep === message.step ? accept() : accept({ type: 'step:went', at, step: message.step });
    case 'curveball:address': {
      if (!state.curveball.announcedAt) return refuse('conflict', 'The interviewer has not announced a changed requirement yet.');
      // A follow-up already waits for its answer: saying it again changes nothing.
      if (pendingFollowUp(state.curveball.followUp)) return accept();
      const events: RoomEvent[] = state.curveball.followUp ? [] : [{ type: 'curveball:addressed', at }];
      return accept(...events, ...askNext(applyRoomEvents(state, events), context, at));
    }
    case 'curveball:answer': {
      const pending = pendingFollowUp(state.curveball.followUp);
      if (!pending || pending.pointId !== message.claimId) return refuse('not-found', 'No follow-up on that claim is waiting for an answer.');
      const problem = probeAnswerProblem(pending, message.answer);
      if (problem) return refuse('conflict', problem);
      const answered: RoomEvent = { type: 'curveball:answered', at, claimId: message.claimId, answer: message.answer };
      return accept(answered, ...askNext(applyRoomEvent(state, answered), context, at));
    }
    default:
      return assertNever(message, 'client message');
  }
}

/** The follow-up the scripted interviewer asks next, as an event (none without the server's case context or when the room holds no more). */
function askNext(state: RoomState, context: RoomContext, at: string): RoomEvent[] {
  if ((state.curveball.followUp?.asked.length ?? 0) >= MAX_PROBES_PER_PROMPT) return [];
  const question = context.curveballFollowUp?.(state);
  return question ? [{ type: 'curveball:asked', at, question }] : [];
}

/** The events of an interviewer closing the room from the HTTP API: no message after it is accepted. */
export function closeRoomEvents(state: RoomState, now: Date): RoomEvent[] {
  return state.status === 'closed' ? [] : [{ type: 'room:closed', at: now.toISOString() }];
}

function closeOpenPause(clock: RoomState['clock'], at: string): RoomState['clock'] {
  if (!clock.pausedAt) return clock;
  const pausedMs = clock.pausedMs + Math.max(0, Date.parse(at) - Date.parse(clock.pausedAt));
  const pauses = clock.pauses.map((pause, index) => (index === clock.pauses.length - 1 && !pause.endedAt ? { ...pause, endedAt: at } : pause));
  const { pausedAt: _pausedAt, ...rest } = clock;
  return { ...rest, pausedMs, pauses };
}

function applyWork(work: RoomState['work'], set: Extract<RoomEvent, { type: 'work:set' }>['set']): RoomState['work'] {
  switch (set.field) {
    case 'entities':
      return { ...work, answers: { ...work.answers, clarify: { ...work.answers.clarify, entities: set.value } } };
    case 'estimate':
      return { ...work, answers: { ...work.answers, estimate: set.value } };
    case 'design':
      return { ...work, answers: { ...work.answers, design: set.value } };
    case 'deep-dive':
      return { ...work, answers: { ...work.answers, deepDive: set.value } };
    case 'notes':
      return { ...work, notes: { ...work.notes, [set.step]: set.value } };
    default:
      return assertNever(set, 'work field');
  }
}

/**
 * Applies one logged event to a state, as the server does when it accepts a message and when it
 * replays the log after a restart, and as a client does with the (projected) events it receives.
 * Pure and deterministic: the same log gives the same room.
 */
export function applyRoomEvent(state: RoomState, event: RoomEvent): RoomState {
  switch (event.type) {
    case 'work:set':
      return { ...state, work: applyWork(state.work, event.set) };
    case 'scene:updated': {
      const { elements } = reconcileElements(state.scene.elements, event.elements);
      const files = event.files ? { ...state.scene.files, ...event.files } : state.scene.files;
      return { ...state, scene: files ? { elements, files } : { elements } };
    }
    case 'question:asked': {
      const { clarify } = state.work.answers;
      const questions = [...clarify.questions, { text: event.question.text, askedAt: event.question.askedAt }].slice(0, MAX_QUESTIONS);
      return {
        ...state,
        questions: [...state.questions, event.question],
        work: { ...state.work, answers: { ...state.work.answers, clarify: { ...clarify, questions } } },
      };
    }
    case 'question:replied':
      return { ...state, questions: state.questions.map((question) => (question.id === event.questionId ? { ...question, reply: event.reply } : question)) };
    case 'clock:started':
      return { ...state, status: state.status === 'waiting' ? 'running' : state.status, clock: { ...state.clock, startedAt: event.at } };
    case 'clock:paused':
      return { ...state, clock: { ...state.clock, pausedAt: event.at, pauses: [...state.clock.pauses, { startedAt: event.at }] } };
    case 'clock:resumed':
      return { ...state, clock: closeOpenPause(state.clock, event.at) };
    case 'curveball:announced':
      return { ...state, curveball: event.baseline ? { announcedAt: event.at, baseline: event.baseline } : { announcedAt: event.at } };
    case 'note:added':
      return { ...state, interviewerNotes: [...state.interviewerNotes, event.note] };
    case 'ratings:set':
      return { ...state, ratings: event.ratings };
    case 'room:ended': {
      const clock = { ...closeOpenPause(state.clock, event.at), endedAt: event.at };
      return { ...state, status: 'ended', clock, work: countStepTime({ ...state, clock }, event.at) };
    }
    case 'room:released': {
      const next: RoomState = { ...state, released: true };
      if (event.interviewerNotes) next.interviewerNotes = event.interviewerNotes;
      if (event.ratings) next.ratings = event.ratings;
      return next;
    }
    case 'room:closed':
      return { ...state, status: 'closed', clock: closeOpenPause(state.clock, event.at) };
    case 'step:went':
      return { ...state, work: { ...countStepTime(state, event.at), currentStep: event.step } };
    case 'curveball:addressed':
      return state.curveball.followUp ? state : { ...state, curveball: { ...state.curveball, followUp: { addressedAt: event.at, asked: [] } } };
    case 'curveball:asked': {
      const followUp = state.curveball.followUp ?? { addressedAt: event.at, asked: [] };
      if (followUp.asked.length >= MAX_PROBES_PER_PROMPT || followUp.asked.some((asked) => asked.pointId === event.question.pointId)) return state;
      return { ...state, curveball: { ...state.curveball, followUp: { ...followUp, asked: [...followUp.asked, { ...event.question, askedAt: event.at }] } } };
    }
    case 'curveball:answered': {
      const followUp = state.curveball.followUp;
      if (!followUp) return state;
      // The first answer stands, as in a mock.
      const asked = followUp.asked.map((item) => (item.pointId === event.claimId && item.answer === undefined ? { ...item, answer: event.answer, answeredAt: event.at } : item));
      return { ...state, curveball: { ...state.curveball, followUp: { ...followUp, asked } } };
    }
    default:
      return assertNever(event, 'room event');
  }
}

/** Applies events in order. */
export function applyRoomEvents(state: RoomState, events: readonly RoomEvent[]): RoomState {
  return events.reduce(applyRoomEvent, state);
}

/**
 * Milliseconds of interview time on the room's clock at `now`: from start, less every pause, stopped
 * at the end. 0 before the interviewer starts it.
 */
export function roomElapsedMs(clock: RoomState['clock'], now: Date): number {
  if (!clock.startedAt) return 0;
  const until = Date.parse(clock.endedAt ?? clock.pausedAt ?? now.toISOString());
  return Math.max(0, until - Date.parse(clock.startedAt) - clock.pausedMs);
}
