import { describe, expect, it } from 'vitest';
import { buildRoomReplay, replayStateAfter } from '@/lib/rooms/room-replay';
import { mayReplay, projectRoomHistory } from '@/lib/rooms/room-replay-access';
import { interviewerOnlyPaths } from './room-fixtures';
import { generateRoomHistory } from './replay-log';

describe('who may replay a room, and what each sees', () => {
  it('lets the interviewer in always, the candidate only after release, the observer never', () => {
    expect(mayReplay('interviewer', { released: false })).toBe(true);
    expect(mayReplay('candidate', { released: false })).toBe(false);
    expect(mayReplay('candidate', { released: true })).toBe(true);
    expect(mayReplay('observer', { released: true })).toBe(false);
  });

  it('gives the interviewer the whole log without client message ids', () => {
    const history = generateRoomHistory({ edits: 60, minutes: 10 });
    history.events[3] = { ...history.events[3]!, clientMsgId: 'm-3' };
    const projected = projectRoomHistory(history, 'interviewer');
    expect(projected.events).toHaveLength(history.events.length);
    expect(projected.events.some((stored) => 'clientMsgId' in stored)).toBe(false);
    expect(projected.latest).toEqual(history.latest);
  });

  it('never shows the candidate a suggested answer or the curveball baseline, and notes only through the release', () => {
    const history = generateRoomHistory({ edits: 600, minutes: 20, released: true });
    const projected = projectRoomHistory(history, 'candidate');
    const leaks = interviewerOnlyPaths({ initial: projected.initial, events: projected.events.filter((stored) => stored.event.type !== 'room:released') });
    expect(leaks).toEqual([]);
    expect(projected.events.some((stored) => stored.event.type === 'note:added' || stored.event.type === 'ratings:set')).toBe(false);
    const replay = buildRoomReplay(projected);
    const end = replayStateAfter(replay, replay.events.length);
    expect(end.interviewerNotes.length).toBeGreaterThan(0);
    expect(end.ratings?.steps.clarify).toBe(3);
    expect(end.questions.every((question) => question.suggested === undefined)).toBe(true);
    expect(end.scene).toEqual(history.latest.state.scene);
  });
});
