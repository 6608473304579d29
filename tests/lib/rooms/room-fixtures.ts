import { createRoomState } from '@/lib/rooms/create-room-state';
import type { RoomState } from '@/lib/rooms/room-state-schema';

export const ROOM_ID = 'abcdefghijklmnopqrstuv';
export const T0 = new Date('2026-11-30T09:00:00.000Z');

export function emptyRoom(): RoomState {
  return createRoomState({ id: ROOM_ID, caseSlug: 'ecommerce-data-platform', lengthMinutes: 45, now: T0, ttlDays: 14 });
}

/** A room with every interviewer-only field filled in. */
export function busyRoom(released = false): RoomState {
  return {
    ...emptyRoom(),
    status: 'ended',
    questions: [
      { id: 'q1', text: 'How many orders a day?', askedAt: T0.toISOString(), suggested: { answer: 'About 2 million.', topicId: 'scale' }, reply: { text: 'About 2 million.', sentAt: T0.toISOString(), how: 'as-suggested' } },
      { id: 'q2', text: 'Is it OLTP?', askedAt: T0.toISOString(), suggested: { answer: 'Analytical.', topicId: 'oltp-olap' } },
    ],
    curveball: { announcedAt: T0.toISOString(), baseline: { textKeywords: ['audit'], diagramKeywords: [], kindCount: 1 } },
    interviewerNotes: [{ id: 'n1', at: T0.toISOString(), text: 'SECRET-NOTE weak on partitioning' }],
    ratings: { steps: { clarify: 3 }, dimensions: {}, comments: 'SECRET-RATING' },
    released,
  };
}

/**
 * Paths in `value` where an interviewer-only field shows: a suggested answer, the curveball baseline,
 * ratings, a non-empty interviewerNotes, or the marker texts of the fixtures.
 */
export function interviewerOnlyPaths(value: unknown, path = '$'): string[] {
  if (typeof value === 'string') return /SECRET-/.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => interviewerOnlyPaths(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const found: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const here = `${path}.${key}`;
    if (key === 'suggested' || key === 'baseline' || key === 'ratings') found.push(here);
    else if (key === 'interviewerNotes' && Array.isArray(child) && child.length > 0) found.push(here);
    else found.push(...interviewerOnlyPaths(child, here));
  }
  return found;
}
