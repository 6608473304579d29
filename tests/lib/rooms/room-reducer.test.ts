import { describe, expect, it } from 'vitest';
import { applyRoomEvent, applyRoomEvents, closeRoomEvents, decideRoomMessage, roomElapsedMs } from '@/lib/rooms/room-reducer';
import type { RoomContext } from '@/lib/rooms/room-reducer';
import type { ClientMessage, OutgoingMessage } from '@/lib/rooms/room-messages';
import type { RoomRole } from '@/lib/rooms/room-role';
import { roomStateSchema } from '@/lib/rooms/room-state-schema';
import type { RoomState } from '@/lib/rooms/room-state-schema';
import { emptyRoom, T0 } from './room-fixtures';

function context(minutes = 0): RoomContext {
  let next = 0;
  return {
    now: new Date(T0.getTime() + minutes * 60_000),
    newId: () => `id-${(next += 1)}`,
    suggestAnswer: (_slug, text) => (text.includes('orders') ? { answer: 'About 2 million a day.', topicId: 'scale' } : undefined),
    curveballBaseline: () => ({ textKeywords: ['audit'], diagramKeywords: [], kindCount: 0 }),
  };
}

let counter = 0;
/** Sends one message and applies what it decides; fails the test on a refusal. */
function send(state: RoomState, role: RoomRole, message: OutgoingMessage, minutes = 0): RoomState {
  const decision = decideRoomMessage(state, { ...message, clientMsgId: `m${(counter += 1)}` } as ClientMessage, role, context(minutes));
  if (!decision.ok) throw new Error(`refused: ${decision.code} ${decision.message}`);
  return applyRoomEvents(state, decision.events);
}

function refusal(state: RoomState, role: RoomRole, message: OutgoingMessage): string | undefined {
  const decision = decideRoomMessage(state, { ...message, clientMsgId: 'x' } as ClientMessage, role, context());
  return decision.ok ? undefined : decision.code;
}

describe('decideRoomMessage: roles', () => {
  const candidateOnly: OutgoingMessage[] = [
    { type: 'work:set', set: { field: 'entities', value: 'order' } },
    { type: 'scene:update', elements: [] },
    { type: 'question:ask', text: 'How many orders?' },
  ];
  const interviewerOnly: OutgoingMessage[] = [
    { type: 'clock:start' },
    { type: 'note:add', text: 'good' },
    { type: 'ratings:set', ratings: { steps: { clarify: 3 }, dimensions: {}, comments: '' } },
    { type: 'curveball:announce' },
    { type: 'room:end' },
    { type: 'question:reply', questionId: 'q', text: 'yes', how: 'written' },
  ];

  it.each(candidateOnly)('refuses the interviewer and observer the candidate\'s $type', (message) => {
    expect(refusal(emptyRoom(), 'interviewer', message)).toBe('forbidden');
    expect(refusal(emptyRoom(), 'observer', message)).toBe('forbidden');
  });

  it.each(interviewerOnly)('refuses the candidate and observer the interviewer\'s $type', (message) => {
    expect(refusal(emptyRoom(), 'candidate', message)).toBe('forbidden');
    expect(refusal(emptyRoom(), 'observer', message)).toBe('forbidden');
  });
});

describe('decideRoomMessage: a scripted interview', () => {
  it('runs from waiting to released and every state stays valid', () => {
    let state = emptyRoom();
    state = send(state, 'interviewer', { type: 'clock:start' });
    expect(state.status).toBe('running');
    state = send(state, 'candidate', { type: 'question:ask', text: 'How many orders a day?' }, 1);
    expect(state.questions[0]).toMatchObject({ text: 'How many orders a day?', suggested: { answer: 'About 2 million a day.', topicId: 'scale' } });
    expect(state.work.answers.clarify.questions).toEqual([{ text: 'How many orders a day?', askedAt: '2026-11-30T09:01:00.000Z' }]);
    const questionId = state.questions[0]!.id;
    state = send(state, 'interviewer', { type: 'question:reply', questionId, text: 'About two million.', how: 'edited' }, 2);
    expect(state.questions[0]?.reply).toEqual({ text: 'About two million.', sentAt: '2026-11-30T09:02:00.000Z', how: 'edited' });
    state = send(state, 'candidate', { type: 'work:set', set: { field: 'notes', step: 'estimate', value: '2M orders/day' } });
    state = send(state, 'candidate', { type: 'work:set', set: { field: 'estimate', value: { rows: [{ id: 'r1', name: 'orders', expr: '2e6' }] } } });
    state = send(state, 'candidate', { type: 'step:go', step: 'diagram' });
    state = send(state, 'candidate', { type: 'scene:update', elements: [{ id: 'box', version: 1, versionNonce: 4, index: 'a0', type: 'rectangle' }] });
    state = send(state, 'interviewer', { type: 'clock:pause' }, 10);
    state = send(state, 'interviewer', { type: 'clock:pause' }, 11);
    state = send(state, 'interviewer', { type: 'clock:resume' }, 15);
    expect(state.clock).toMatchObject({ pausedMs: 5 * 60_000, pauses: [{ startedAt: '2026-11-30T09:10:00.000Z', endedAt: '2026-11-30T09:15:00.000Z' }] });
    state = send(state, 'interviewer', { type: 'curveball:announce' }, 20);
    expect(state.curveball.baseline?.textKeywords).toEqual(['audit']);
    state = send(state, 'interviewer', { type: 'note:add', text: 'Sized storage well' }, 21);
    state = send(state, 'interviewer', { type: 'clock:pause' }, 40);
    state = send(state, 'interviewer', { type: 'room:end' }, 45);
    expect(state.status).toBe('ended');
    expect(state.clock.pausedAt).toBeUndefined();
    expect(roomElapsedMs(state.clock, new Date(T0.getTime() + 90 * 60_000))).toBe(35 * 60_000);
    expect(refusal(state, 'candidate', { type: 'work:set', set: { field: 'entities', value: 'late' } })).toBe('room-ended');
    state = send(state, 'interviewer', { type: 'ratings:set', ratings: { steps: { clarify: 3 }, dimensions: {}, comments: '' } }, 46);
    state = send(state, 'interviewer', { type: 'room:release' }, 47);
    expect(state.released).toBe(true);
    expect(roomStateSchema.safeParse(state).success).toBe(true);
  });

  it('does nothing for repeated clock and curveball messages', () => {
    const started = send(emptyRoom(), 'interviewer', { type: 'clock:start' });
    const again = decideRoomMessage(started, { type: 'clock:start', clientMsgId: 'a' }, 'interviewer', context(3));
    expect(again).toEqual({ ok: true, events: [] });
    expect(decideRoomMessage(started, { type: 'clock:resume', clientMsgId: 'b' }, 'interviewer', context())).toEqual({ ok: true, events: [] });
  });

  it('refuses replies to unknown questions, release before the end, pausing before the start, and anything once closed', () => {
    expect(refusal(emptyRoom(), 'interviewer', { type: 'question:reply', questionId: 'nope', text: 'x', how: 'written' })).toBe('not-found');
    expect(refusal(emptyRoom(), 'interviewer', { type: 'room:release' })).toBe('conflict');
    expect(refusal(emptyRoom(), 'interviewer', { type: 'clock:pause' })).toBe('conflict');
    const closed = applyRoomEvents(emptyRoom(), closeRoomEvents(emptyRoom(), T0));
    expect(closed.status).toBe('closed');
    expect(closeRoomEvents(closed, T0)).toEqual([]);
    expect(refusal(closed, 'candidate', { type: 'question:ask', text: 'Hello?' })).toBe('room-closed');
    expect(refusal(closed, 'interviewer', { type: 'note:add', text: 'late' })).toBe('room-closed');
  });

  it('logs only the canvas elements that won the merge', () => {
    let state = send(emptyRoom(), 'candidate', { type: 'scene:update', elements: [{ id: 'a', version: 3, versionNonce: 1, index: 'a0' }] });
    const stale = decideRoomMessage(state, { type: 'scene:update', clientMsgId: 's', elements: [{ id: 'a', version: 2, versionNonce: 0, index: 'a0' }] }, 'candidate', context());
    expect(stale).toEqual({ ok: true, events: [] });
    state = send(state, 'candidate', { type: 'scene:update', elements: [{ id: 'b', version: 1, versionNonce: 1, index: 'a1' }] });
    expect(state.scene.elements.map((element) => element.id)).toEqual(['a', 'b']);
  });

  it('replays to the same state from the log alone', () => {
    const decisions = [
      decideRoomMessage(emptyRoom(), { type: 'clock:start', clientMsgId: '1' }, 'interviewer', context()),
      decideRoomMessage(emptyRoom(), { type: 'work:set', clientMsgId: '2', set: { field: 'deep-dive', value: { 'kafka-durability': 'acks=all' } } }, 'candidate', context()),
    ];
    const events = decisions.flatMap((decision) => (decision.ok ? decision.events : []));
    const once = applyRoomEvents(emptyRoom(), events);
    const twice = events.reduce(applyRoomEvent, emptyRoom());
    expect(twice).toEqual(once);
    expect(once.work.answers.deepDive).toEqual({ 'kafka-durability': 'acks=all' });
  });
});
