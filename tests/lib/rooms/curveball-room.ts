import { loadCase } from '@/lib/content/load-cases';
import type { Rubric } from '@/lib/content/rubric-schema';
import { curveballForSteps } from '@/lib/interview/score-curveball';
import { nextCurveballQuestion } from '@/lib/rooms/room-curveball';
import type { ClientMessage, OutgoingMessage, RoomEvent } from '@/lib/rooms/room-messages';
import { applyRoomEvents, decideRoomMessage } from '@/lib/rooms/room-reducer';
import type { RoomContext } from '@/lib/rooms/room-reducer';
import type { RoomRole } from '@/lib/rooms/room-role';
import type { RoomState } from '@/lib/rooms/room-state-schema';
import { roomToSession } from '@/lib/rooms/room-to-session';
import { sessionCurveballBaseline } from '@/lib/session/curveball-answer';
import { scoreSession } from '@/lib/session/score-session';
import { createRoomState } from '@/lib/rooms/create-room-state';
import { ROOM_ID, T0 } from './room-fixtures';

/* A room of a shipped case driven message by message with the server's case context, for the curveball follow-up tests. */

type Curveball = NonNullable<Rubric['curveball']>;
type Claim = NonNullable<Curveball['claims']>[number];
type Answer = { selected: string[] } | { number: number };

export const rightAnswer = (claim: Claim): Answer => {
  const probe = claim.probe!;
  return 'choices' in probe ? { selected: probe.choices.filter((choice) => choice.correct).map((choice) => choice.id) } : { number: probe.answer };
};
export const wrongAnswer = (claim: Claim): Answer => {
  const probe = claim.probe!;
  return 'choices' in probe ? { selected: [probe.choices.find((choice) => !choice.correct)!.id] } : { number: probe.answer * 10 + 100 };
};
/** One keyword per claim in a bare list: every claim only listed, so each needs its follow-up. */
const shortest = (words: readonly string[]) => [...words].sort((a, b) => a.split(' ').length - b.split(' ').length)[0] ?? '';
export const listOf = (curveball: Curveball) => (curveball.claims ?? []).map((claim) => shortest(claim.keywords)).join(', ');

/** A room of `slug` with a log: every decided message's events are kept, so replays can be checked. */
export function roomOf(slug: string) {
  const { rubric } = loadCase(slug);
  const curveball = rubric.curveball!;
  let state: RoomState = createRoomState({ id: ROOM_ID, caseSlug: slug, lengthMinutes: 45, now: T0, ttlDays: 14 });
  const initial = state;
  const log: RoomEvent[] = [];
  let minute = 0;
  let id = 0;
  const context = (): RoomContext => ({
    now: new Date(T0.getTime() + (minute += 1) * 60_000),
    newId: () => `id-${(id += 1)}`,
    curveballBaseline: (current) => sessionCurveballBaseline(roomToSession(current, T0), curveballForSteps(curveball)!),
    curveballFollowUp: (current) => nextCurveballQuestion(current, curveball, T0),
  });
  const decide = (role: RoomRole, message: OutgoingMessage) => decideRoomMessage(state, { ...message, clientMsgId: `m${id}` } as ClientMessage, role, context());
  const send = (role: RoomRole, message: OutgoingMessage): RoomEvent[] => {
    const decision = decide(role, message);
    if (!decision.ok) throw new Error(`refused: ${decision.code} ${decision.message}`);
    log.push(...decision.events);
    state = applyRoomEvents(state, decision.events);
    return decision.events;
  };
  const refusal = (role: RoomRole, message: OutgoingMessage) => {
    const decision = decide(role, message);
    return decision.ok ? undefined : decision.code;
  };
  return { rubric, curveball, claims: curveball.claims!, send, refusal, state: () => state, initial, log };
}

/** Started, the curveball announced, then the candidate's notes. */
export function announcedRoom(slug: string, notes: (curveball: Curveball) => string = listOf) {
  const room = roomOf(slug);
  room.send('interviewer', { type: 'clock:start' });
  room.send('interviewer', { type: 'curveball:announce' });
  room.send('candidate', { type: 'work:set', set: { field: 'notes', step: 'diagram', value: notes(room.curveball) } });
  return room;
}

export const curveballScore = (state: RoomState, rubric: Rubric) => scoreSession(roomToSession(state, T0), rubric).curveball!.score;

