import { describe, expect, it } from 'vitest';
import { clientMessageSchema } from '../../../lib/rooms/room-messages';

describe('ratings:set on the wire', () => {
  it('takes ratings in the rating schema', () => {
    const parsed = clientMessageSchema.safeParse({ type: 'ratings:set', clientMsgId: 'm1', ratings: { steps: { clarify: 3 }, decision: 'hire', level: 'senior' } });
    expect(parsed.success).toBe(true);
  });

  it.each([
    ['a level outside 1-4', { steps: { clarify: 5 } }],
    ['an unknown step', { steps: { whiteboard: 2 } }],
    ['an unknown field', { clarify: 3 }],
    ['a decision that is not hire or no-hire', { decision: 'maybe' }],
    ['comments past their cap', { comments: 'x'.repeat(4_001) }],
  ])('refuses %s', (_kind, ratings) => {
    expect(clientMessageSchema.safeParse({ type: 'ratings:set', clientMsgId: 'm1', ratings }).success).toBe(false);
  });
});
