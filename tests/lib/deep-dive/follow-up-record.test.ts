import { describe, expect, it } from 'vitest';
import { answerFollowUp, revealFollowUp } from '../../../lib/deep-dive/follow-up-record';
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

describe('ids that name members of Object.prototype', () => {
  it('answers a key point called "constructor" or "valueOf" like any other', () => {
    for (const pointId of ['constructor', 'valueOf', 'toString', 'hasOwnProperty']) {
      const after = answerFollowUp({ probes: {} }, pointId, { number: 3 }, now);
      expect(Object.hasOwn(after.probes, pointId)).toBe(true);
      expect(promptFollowUpSchema.parse(JSON.parse(JSON.stringify(after)))).toEqual(after);
    }
  });
});

describe('an id that cannot key a stored record', () => {
  it('takes no answer for "__proto__" or an id past the bound, and leaves them out of the ids open at reveal', () => {
    const before = { probes: {} };
    expect(answerFollowUp(before, '__proto__', { number: 1 }, now)).toBe(before);
    expect(answerFollowUp(before, 'x'.repeat(81), { number: 1 }, now)).toBe(before);
    expect(revealFollowUp(before, ['__proto__', 'lag'], now).openAtReveal).toEqual(['lag']);
  });
});
