import { describe, expect, it } from 'vitest';
import { projectRoom, projectRoomEvent } from '@/lib/rooms/project-room';
import type { RoomEvent } from '@/lib/rooms/room-messages';
import { roomStateSchema } from '@/lib/rooms/room-state-schema';
import { busyRoom, interviewerOnlyPaths, T0 } from './room-fixtures';

const at = T0.toISOString();

describe('projectRoom', () => {
  it('gives the interviewer everything', () => {
    const state = busyRoom();
    expect(projectRoom(state, 'interviewer')).toEqual(state);
    expect(interviewerOnlyPaths(projectRoom(state, 'interviewer')).length).toBeGreaterThan(0);
  });

  it.each(['candidate', 'observer'] as const)('keeps every interviewer-only field from the %s', (role) => {
    const projected = projectRoom(busyRoom(), role);
    expect(interviewerOnlyPaths(projected)).toEqual([]);
    expect(roomStateSchema.safeParse(projected).success).toBe(true);
    // What the candidate may see is still there: the question, the reply that was sent, the announcement time.
    expect(projected.questions.map((question) => question.text)).toEqual(['How many orders a day?', 'Is it OLTP?']);
    expect(projected.questions[0]?.reply?.text).toBe('About 2 million.');
    expect(projected.curveball.announcedAt).toBe(at);
  });

  it('shows notes and ratings to the candidate once released, never the suggestions', () => {
    const projected = projectRoom(busyRoom(true), 'candidate');
    expect(projected.interviewerNotes).toHaveLength(1);
    expect(projected.ratings).toEqual({ steps: { clarify: 3 }, dimensions: {}, comments: 'SECRET-RATING' });
    expect(projected.questions.some((question) => 'suggested' in question)).toBe(false);
    expect(projected.curveball).toEqual({ announcedAt: at });
  });

  it('does not change the state it projects', () => {
    const state = busyRoom();
    const copy = structuredClone(state);
    projectRoom(state, 'candidate');
    expect(state).toEqual(copy);
  });
});

describe('projectRoomEvent', () => {
  const secretEvents: RoomEvent[] = [
    { type: 'question:asked', at, question: { id: 'q3', text: 'Retention?', askedAt: at, suggested: { answer: 'SECRET-ANSWER', topicId: 'retention' } } },
    { type: 'curveball:announced', at, baseline: { textKeywords: ['SECRET-KEYWORD'], diagramKeywords: [], kindCount: 0 } },
    { type: 'note:added', at, note: { id: 'n2', at, text: 'SECRET-NOTE' } },
    { type: 'ratings:set', at, ratings: { steps: {}, dimensions: {}, comments: 'SECRET-RATING' } },
  ];

  it.each(['candidate', 'observer'] as const)('strips or withholds interviewer-only events for the %s before release', (role) => {
    for (const event of secretEvents) {
      const projected = projectRoomEvent(event, role, busyRoom(false));
      expect(interviewerOnlyPaths(projected)).toEqual([]);
    }
    expect(projectRoomEvent(secretEvents[2]!, role, busyRoom(false))).toBeUndefined();
    expect(projectRoomEvent(secretEvents[3]!, role, busyRoom(false))).toBeUndefined();
    expect(projectRoomEvent(secretEvents[0]!, role, busyRoom(false))).toMatchObject({ question: { text: 'Retention?' } });
  });

  it('sends the notes and ratings with the release, and later notes after it', () => {
    const released = projectRoomEvent({ type: 'room:released', at }, 'candidate', busyRoom(true));
    expect(released).toMatchObject({ type: 'room:released', interviewerNotes: [{ id: 'n1' }], ratings: { steps: { clarify: 3 }, dimensions: {}, comments: 'SECRET-RATING' } });
    expect(projectRoomEvent(secretEvents[2]!, 'candidate', busyRoom(true))).toEqual(secretEvents[2]);
  });

  it('passes the candidate their own work unchanged', () => {
    const event: RoomEvent = { type: 'work:set', at, set: { field: 'entities', value: 'order, customer' } };
    expect(projectRoomEvent(event, 'observer', busyRoom())).toEqual(event);
  });
});
