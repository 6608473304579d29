import { describe, expect, it } from 'vitest';
import { applyRoomEvents, decideRoomMessage } from '@/lib/rooms/room-reducer';
import type { RoomContext } from '@/lib/rooms/room-reducer';
import type { ClientMessage, OutgoingMessage } from '@/lib/rooms/room-messages';
import type { RoomRole } from '@/lib/rooms/room-role';
import { roomStateSchema } from '@/lib/rooms/room-state-schema';
import type { RoomState } from '@/lib/rooms/room-state-schema';
import { runningMsBetween } from '@/lib/rooms/room-step-times';
import { roomToSession } from '@/lib/rooms/room-to-session';
import { emptyRoom, T0 } from './room-fixtures';

const MIN = 60_000;
let counter = 0;
function send(state: RoomState, role: RoomRole, message: OutgoingMessage, minutes: number): RoomState {
  const context: RoomContext = { now: new Date(T0.getTime() + minutes * MIN), newId: () => `id-${(counter += 1)}`, suggestAnswer: () => undefined, curveballBaseline: () => undefined };
  const decision = decideRoomMessage(state, { ...message, clientMsgId: `t${(counter += 1)}` } as ClientMessage, role, context);
  if (!decision.ok) throw new Error(`refused: ${decision.code} ${decision.message}`);
  return applyRoomEvents(state, decision.events);
}

describe('time per step in a room', () => {
  it('counts interview time on each step, pauses excluded, up to the end, and the session keeps it', () => {
    let room = emptyRoom();
    room = send(room, 'candidate', { type: 'step:go', step: 'estimate' }, 1); // before the clock starts: not counted
    room = send(room, 'interviewer', { type: 'clock:start' }, 2);
    room = send(room, 'candidate', { type: 'step:go', step: 'design' }, 10); // 8 min on estimate
    room = send(room, 'interviewer', { type: 'clock:pause' }, 12);
    room = send(room, 'interviewer', { type: 'clock:resume' }, 17); // 5 min paused
    room = send(room, 'candidate', { type: 'step:go', step: 'estimate' }, 20); // 10 - 5 = 5 min on design
    room = send(room, 'interviewer', { type: 'room:end' }, 23); // 3 more on estimate
    expect(room.work.stepTimes).toEqual({ estimate: 11 * MIN, design: 5 * MIN });
    expect(roomStateSchema.safeParse(room).success).toBe(true);
    expect(roomToSession(room, new Date(T0.getTime() + 30 * MIN)).stepTimes).toEqual({ estimate: 11 * MIN, design: 5 * MIN });
  });

  it('subtracts only the part of a pause inside the interval, and an open pause up to its end', () => {
    const iso = (minutes: number) => new Date(T0.getTime() + minutes * MIN).toISOString();
    const clock = { pausedMs: 0, pauses: [{ startedAt: iso(0), endedAt: iso(4) }, { startedAt: iso(8) }] };
    expect(runningMsBetween(clock, iso(2), iso(10))).toBe(4 * MIN);
    expect(runningMsBetween(clock, iso(10), iso(2))).toBe(0);
  });
});
