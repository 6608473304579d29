import { describe, expect, it } from 'vitest';
import { answerFollowUp } from '../../../lib/deep-dive/follow-up-record';
import { promptFollowUpSchema } from '../../../lib/deep-dive/follow-up-schema';

const now = new Date('2026-03-01T10:00:00.000Z');

describe('recording an answer to a follow-up', () => {
  it('stores a number answer of -0 as 0, so the record reads back the same after JSON (export, backup, room)', () => {
    const after = answerFollowUp({ probes: {} }, 'checkpoint', { number: -0 }, now);
    const stored = after.probes.checkpoint?.answer;
    expect(stored).toEqual({ number: 0 });
    expect(Object.is((stored as { number: number }).number, -0)).toBe(false);
    expect(promptFollowUpSchema.parse(JSON.parse(JSON.stringify(after)))).toEqual(after);
  });

  it('keeps other numbers as given and refuses one that is not finite', () => {
    expect(answerFollowUp({ probes: {} }, 'lag', { number: -2.5 }, now).probes.lag?.answer).toEqual({ number: -2.5 });
    const before = { probes: {} };
    expect(answerFollowUp(before, 'lag', { number: Number.NaN }, now)).toBe(before);
  });
});
