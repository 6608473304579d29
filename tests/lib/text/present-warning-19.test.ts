import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

// Inputs written for these tests, each with what an interviewer reads in it decided before the reader ran: "if we do X, Y
// is lost" explains what goes wrong with X; it does not recommend X. The condition is not the learner's plan, the
// consequence stays their claim (lib/text/clause-roles.ts).

const roleOf = (text: string, words: string) => {
  const read = readText(text);
  const at = text.indexOf(words);
  const token = read.tokens.findIndex((item) => item.start >= at);
  return read.role[token];
};

describe('a present condition whose consequence is a loss', () => {
  it.each([
    ['If the job acks the device before the write, it is at-most-once and a crash loses the reading.', 'acks the device before the write'],
    ['If you expire snapshots first, the time travel window is gone.', 'expire snapshots first'],
    ['If the consumer commit before save, we lose the rows when it crash.', 'commit before save'],
  ])('"%s" does not claim "%s"', (text, condition) => {
    expect(roleOf(text, condition)).toBe('counterfactual');
  });

  it('keeps the consequence as the learner\'s claim ("..., it is at-most-once")', () => {
    const text = 'If the sink commits the offsets before the upsert, it is at-most-once.';
    expect(roleOf(text, 'at-most-once')).toBe('claim');
    const read = readText(text);
    expect(readClaim(read, { keywords: ['commits the offsets before'], scope: 'clause' }).status).toBe('missing');
  });

  it.each([
    // A condition with a consequence that loses nothing is the learner's own walk-through.
    ['If a broker crashes, the follower takes over and nothing is lost.', 'a broker crashes'],
    ['If we write first and then commit, we get at-least-once.', 'write first and then commit'],
  ])('"%s" still claims "%s"', (text, condition) => {
    expect(roleOf(text, condition)).toBe('claim');
  });
});
