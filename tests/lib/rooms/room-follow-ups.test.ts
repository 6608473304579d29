import { describe, expect, it } from 'vitest';
import { pendingFollowUp, sessionFollowUpOfRoom } from '../../../lib/rooms/room-follow-ups';
import type { RoomCurveballFollowUp } from '../../../lib/rooms/room-state-schema';
import { promptFollowUpSchema } from '../../../lib/deep-dive/follow-up-schema';

const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

function asked(pointId: string, answer?: { number: number }, minute = 2) {
  return { pointId, lead: '', question: 'How many?', unit: 'events/s', askedAt: at(minute), ...(answer ? { answer, answeredAt: at(minute + 1) } : {}) };
}

describe('the room curveball follow-ups as the session keeps them', () => {
  it('keeps the first answer per claim and the time the candidate said the change was addressed', () => {
    const followUp: RoomCurveballFollowUp = { addressedAt: at(1), asked: [asked('retention', { number: 7 }), asked('retention', { number: 30 }, 5), asked('volume')] };
    expect(sessionFollowUpOfRoom(followUp)).toEqual({ submittedAt: at(1), probes: { retention: { answer: { number: 7 }, answeredAt: at(3) } } });
    expect(pendingFollowUp(followUp)?.pointId).toBe('volume');
  });

  it('keeps a claim id such as "constructor" as an ordinary key, leaves out "__proto__" (it cannot be stored), and survives JSON', () => {
    const followUp: RoomCurveballFollowUp = { addressedAt: at(1), asked: [asked('__proto__', { number: 1 }), asked('constructor', { number: 2 }, 4)] };
    const record = sessionFollowUpOfRoom(followUp);
    expect(Object.keys(record.probes)).toEqual(['constructor']);
    expect(Object.getPrototypeOf(record.probes)).toBe(Object.prototype);
    expect(promptFollowUpSchema.parse(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });
});
