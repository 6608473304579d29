import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectRoom, projectRoomEvent } from '@/lib/rooms/project-room';
import type { ClientMessage, OutgoingMessage } from '@/lib/rooms/room-messages';
import { applyRoomEvents, decideRoomMessage } from '@/lib/rooms/room-reducer';
import type { RoomRole } from '@/lib/rooms/room-role';
import type { RoomElement } from '@/lib/rooms/room-state-schema';
import { emptyRoom, interviewerOnlyPaths, T0 } from './room-fixtures';

const step = fc.constantFrom('clarify', 'estimate', 'design', 'diagram', 'deep-dive' as const);
const message: fc.Arbitrary<[RoomRole, OutgoingMessage]> = fc.oneof(
  fc.tuple(fc.constant<RoomRole>('candidate'), fc.record({ type: fc.constant('question:ask' as const), text: fc.constantFrom('How many orders?', 'Who reads it?') })),
  fc.tuple(fc.constant<RoomRole>('candidate'), fc.record({ type: fc.constant('work:set' as const), set: fc.record({ field: fc.constant('notes' as const), step, value: fc.constantFrom('a', 'b') }) })),
  fc.tuple(fc.constant<RoomRole>('candidate'), fc.record({ type: fc.constant('scene:update' as const), elements: fc.constant<RoomElement[]>([{ id: 'x', version: 1, versionNonce: 1, index: 'a0' }]) })),
  fc.tuple(fc.constant<RoomRole>('interviewer'), fc.constantFrom<OutgoingMessage>(
    { type: 'clock:start' },
    { type: 'clock:pause' },
    { type: 'clock:resume' },
    { type: 'curveball:announce' },
    { type: 'note:add', text: 'SECRET-NOTE' },
    { type: 'ratings:set', ratings: { steps: {}, dimensions: {}, comments: 'SECRET-RATING' } },
    { type: 'room:end' },
    { type: 'room:release' },
  )),
);

describe('projections under any interview', () => {
  it('never give the candidate or observer a suggestion or baseline, nor notes and ratings before release', () => {
    fc.assert(
      fc.property(fc.array(message, { maxLength: 25 }), (script) => {
        let state = emptyRoom();
        let ids = 0;
        const context = { now: T0, newId: () => `id-${(ids += 1)}`, suggestAnswer: () => ({ answer: 'SECRET-ANSWER', topicId: 'scale' }), curveballBaseline: () => ({ textKeywords: ['SECRET-CUE'], diagramKeywords: [], kindCount: 0 }) };
        for (const [role, outgoing] of script) {
          const decision = decideRoomMessage(state, { ...outgoing, clientMsgId: 'm' } as ClientMessage, role, context);
          if (!decision.ok) continue;
          for (const event of decision.events) {
            state = applyRoomEvents(state, [event]);
            for (const viewer of ['candidate', 'observer'] as const) {
              const seen = [projectRoomEvent(event, viewer, state), projectRoom(state, viewer)];
              const leaks = interviewerOnlyPaths(seen);
              // Once released, notes and ratings are the candidate's to see; suggestions and the baseline never are.
              const allowed = state.released ? /interviewerNotes|ratings|\.note\./ : /$^/;
              expect(leaks.filter((path) => !allowed.test(path))).toEqual([]);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
