import { describe, expect, it } from 'vitest';
import { listCaseSlugs } from '@/lib/content/load-cases';
import { projectRoom, projectRoomEvent } from '@/lib/rooms/project-room';
import { followUpFindings } from '@/lib/rooms/room-follow-ups';
import { clientMessageSchema, roomEventSchema } from '@/lib/rooms/room-messages';
import type { OutgoingMessage } from '@/lib/rooms/room-messages';
import { applyRoomEvent, applyRoomEvents } from '@/lib/rooms/room-reducer';
import { buildRoomReplay } from '@/lib/rooms/room-replay';
import { roomStateSchema } from '@/lib/rooms/room-state-schema';
import { roomToSession } from '@/lib/rooms/room-to-session';
import { sessionCurveballInterview } from '@/lib/session/curveball-answer';
import { scoreSession } from '@/lib/session/score-session';
import { createRoomState } from '@/lib/rooms/create-room-state';
import { interviewerOnlyPaths, ROOM_ID, T0 } from './room-fixtures';
import { announcedRoom, curveballScore, rightAnswer, roomOf, wrongAnswer } from './curveball-room';

describe('curveball follow-ups in a room: who may send them', () => {
  const messages: OutgoingMessage[] = [{ type: 'curveball:address' }, { type: 'curveball:answer', claimId: 'eu-region', answer: { selected: ['eu'] } }];
  it.each(messages)('lets only the candidate send $type', (message) => {
    const room = announcedRoom('card-payments');
    expect(room.refusal('interviewer', message)).toBe('forbidden');
    expect(room.refusal('observer', message)).toBe('forbidden');
  });

  it('refuses "addressed" before the curveball is announced, and both once the interview ended', () => {
    const room = roomOf('ride-hailing');
    room.send('interviewer', { type: 'clock:start' });
    expect(room.refusal('candidate', { type: 'curveball:address' })).toBe('conflict');
    room.send('interviewer', { type: 'curveball:announce' });
    room.send('interviewer', { type: 'room:end' });
    expect(room.refusal('candidate', { type: 'curveball:address' })).toBe('room-ended');
    expect(room.refusal('candidate', { type: 'curveball:answer', claimId: 'x', answer: { number: 1 } })).toBe('room-ended');
  });
});

describe('curveball follow-ups in a room: the interviewer asks what the solo mock asks', () => {
  it.each(listCaseSlugs())('%s: one follow-up at a time, each answer settles its claim and moves on', (slug) => {
    const room = announcedRoom(slug);
    const [first, second] = room.claims;
    const events = room.send('candidate', { type: 'curveball:address' });
    expect(events.map((event) => event.type)).toEqual(['curveball:addressed', 'curveball:asked']);
    // The same question the solo mock asks on the same work.
    const solo = sessionCurveballInterview(roomToSession(room.state(), T0), room.curveball).next!;
    expect(room.state().curveball.followUp?.asked).toEqual([expect.objectContaining({ pointId: first!.id, question: solo.question, lead: solo.lead })]);
    // Nothing of the right answer goes to the candidate.
    expect(JSON.stringify(events)).not.toMatch(/"correct"|"explanation"|"tolerance"/);
    expect(room.refusal('candidate', { type: 'curveball:answer', claimId: second!.id, answer: rightAnswer(second!) })).toBe('not-found');
    const before = curveballScore(room.state(), room.rubric);
    const answered = room.send('candidate', { type: 'curveball:answer', claimId: first!.id, answer: rightAnswer(first!) });
    expect(answered.map((event) => event.type)).toEqual(['curveball:answered', 'curveball:asked']);
    expect(room.state().curveball.followUp?.asked.map((asked) => asked.pointId)).toEqual([first!.id, second!.id]);
    expect(curveballScore(room.state(), room.rubric)).toBeGreaterThan(before);
    expect(roomStateSchema.safeParse(room.state()).success).toBe(true);
  });

  it.each(['ecommerce-data-platform', 'healthcare-records', 'iot-telemetry'])('%s: a wrong answer earns the claim nothing and says so', (slug) => {
    const room = announcedRoom(slug);
    const [first] = room.claims;
    room.send('candidate', { type: 'curveball:address' });
    const before = curveballScore(room.state(), room.rubric);
    room.send('candidate', { type: 'curveball:answer', claimId: first!.id, answer: wrongAnswer(first!) });
    const scored = scoreSession(roomToSession(room.state(), T0), room.rubric).curveball!;
    expect(scored.score).toBeLessThanOrEqual(before);
    expect(followUpFindings(scored, first!.id)).toEqual([expect.objectContaining({ severity: 'wrong', message: expect.stringMatching(/You answered ".+": not right/) })]);
  });

  it('asks nothing when the change is stated plainly, and says so by asking nothing', () => {
    const room = announcedRoom('card-payments', (curveball) => curveball.claims!.map((claim) => claim.text).join(' '));
    expect(room.send('candidate', { type: 'curveball:address' }).map((event) => event.type)).toEqual(['curveball:addressed']);
    expect(room.state().curveball.followUp).toEqual({ addressedAt: expect.any(String), asked: [] });
    // Said again after rewriting the notes, it asks about what the new words only hedge.
    room.send('candidate', { type: 'work:set', set: { field: 'notes', step: 'diagram', value: 'Maybe Object Lock for the ledger files, not sure.' } });
    expect(room.send('candidate', { type: 'curveball:address' }).map((event) => event.type)).toEqual(['curveball:asked']);
    expect(room.state().curveball.followUp?.asked[0]?.pointId).toBe('immutable-history');
  });

  it('asks the candidate a follow-up on words they only named (not a list)', () => {
    const room = announcedRoom('ecommerce-data-platform', () => 'For erasure we would maybe use crypto shredding.');
    room.send('candidate', { type: 'curveball:address' });
    expect(room.state().curveball.followUp?.asked[0]).toMatchObject({ pointId: 'table-format-delete', lead: 'You mentioned "erasure".' });
  });

  it('does nothing for "addressed" again while a follow-up waits, and never asks a claim twice', () => {
    const room = announcedRoom('ride-hailing');
    room.send('candidate', { type: 'curveball:address' });
    expect(room.send('candidate', { type: 'curveball:address' })).toEqual([]);
    const asked = room.state().curveball.followUp!.asked[0]!;
    const replayed = applyRoomEvent(room.state(), { type: 'curveball:asked', at: T0.toISOString(), question: asked });
    expect(replayed.curveball.followUp?.asked).toHaveLength(1);
  });
});

describe('curveball follow-ups in a room: answers that do not fit are refused, nothing changes', () => {
  const room = announcedRoom('card-payments');
  room.send('candidate', { type: 'curveball:address' });
  const pending = room.state().curveball.followUp!.asked[0]!;
  const bad: [string, OutgoingMessage][] = [
    ['a number for a choice', { type: 'curveball:answer', claimId: pending.pointId, answer: { number: 3 } }],
    ['a choice it does not have', { type: 'curveball:answer', claimId: pending.pointId, answer: { selected: ['nowhere'] } }],
    ['two choices where one is asked for', { type: 'curveball:answer', claimId: pending.pointId, answer: { selected: pending.choices!.slice(0, 2).map((choice) => choice.id) } }],
    ['no choice', { type: 'curveball:answer', claimId: pending.pointId, answer: { selected: [] } }],
  ];
  it.each(bad)('refuses %s', (_, message) => {
    const before = room.state();
    expect(room.refusal('candidate', message)).toBe('conflict');
    expect(room.state()).toBe(before);
  });

  const garbage: [string, unknown][] = [
    ['an answer that is a string', { type: 'curveball:answer', clientMsgId: 'g', claimId: 'eu-region', answer: 'eu' }],
    ['a number that is text', { type: 'curveball:answer', clientMsgId: 'g', claimId: 'eu-region', answer: { number: 'three' } }],
    ['both a choice and a number', { type: 'curveball:answer', clientMsgId: 'g', claimId: 'eu-region', answer: { selected: ['eu'], number: 3 } }],
    ['an endless claim id', { type: 'curveball:answer', clientMsgId: 'g', claimId: 'x'.repeat(500), answer: { number: 3 } }],
    ['no claim id', { type: 'curveball:answer', clientMsgId: 'g', answer: { number: 3 } }],
    ['seven choices', { type: 'curveball:answer', clientMsgId: 'g', claimId: 'eu-region', answer: { selected: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] } }],
  ];
  it.each(garbage)('does not take %s as a room message', (_, raw) => {
    expect(clientMessageSchema.safeParse(raw).success).toBe(false);
  });
});

describe('curveball follow-ups in a room: every role, the log, the session', () => {
  it('shows the candidate and the observer the questions and answers, and nothing interviewer-only', () => {
    const room = announcedRoom('iot-telemetry');
    const events = room.send('candidate', { type: 'curveball:address' });
    for (const role of ['candidate', 'observer'] as const) {
      const projected = projectRoom(room.state(), role);
      expect(projected.curveball.followUp).toEqual(room.state().curveball.followUp);
      expect(interviewerOnlyPaths(projected)).toEqual([]);
      expect(events.map((event) => projectRoomEvent(event, role, room.state()))).toEqual(events);
    }
  });

  it('replays from the log to the same state, with marks on the timeline', () => {
    const room = announcedRoom('healthcare-records');
    const [first] = room.claims;
    room.send('candidate', { type: 'curveball:address' });
    room.send('candidate', { type: 'curveball:answer', claimId: first!.id, answer: rightAnswer(first!) });
    for (const event of room.log) expect(roomEventSchema.safeParse(event).success).toBe(true);
    expect(applyRoomEvents(room.initial, room.log)).toEqual(room.state());
    const replay = buildRoomReplay({ initial: room.initial, events: room.log.map((event, index) => ({ seq: index + 1, at: event.at, event })) });
    expect(replay.marks.map((mark) => mark.kind)).toEqual(expect.arrayContaining(['curveball-addressed', 'follow-up-asked', 'follow-up-answered']));
    expect(replay.marks.find((mark) => mark.kind === 'follow-up-answered')?.label).toContain('Follow-up answered: ');
  });

  it('carries the answers into the session, so `grade session` counts them, and only the first answer stands', () => {
    const room = announcedRoom('ecommerce-data-platform');
    const [first] = room.claims;
    room.send('candidate', { type: 'curveball:address' });
    room.send('candidate', { type: 'curveball:answer', claimId: first!.id, answer: rightAnswer(first!) });
    const session = roomToSession(room.state(), T0);
    expect(session.answers.curveballFollowUp).toEqual({ submittedAt: room.state().curveball.followUp!.addressedAt, probes: { [first!.id]: { answer: rightAnswer(first!), answeredAt: expect.any(String) } } });
    expect(sessionCurveballInterview(session, room.curveball).settled).toEqual([expect.objectContaining({ pointId: first!.id, correct: true })]);
    const late = applyRoomEvent(room.state(), { type: 'curveball:answered', at: T0.toISOString(), claimId: first!.id, answer: wrongAnswer(first!) });
    expect(late.curveball.followUp?.asked[0]?.answer).toEqual(rightAnswer(first!));
  });

  it('still loads a room stored before follow-ups existed', () => {
    const stored = JSON.parse(JSON.stringify({ ...createRoomState({ id: ROOM_ID, caseSlug: 'ride-hailing', lengthMinutes: 45, now: T0, ttlDays: 14 }), curveball: { announcedAt: T0.toISOString(), baseline: { textKeywords: [], diagramKeywords: [], kindCount: 0 } } }));
    const parsed = roomStateSchema.parse(stored);
    expect(parsed.curveball.followUp).toBeUndefined();
    expect(roomToSession(parsed, T0).answers.curveballFollowUp).toBeUndefined();
  });
});
