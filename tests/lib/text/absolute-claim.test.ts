import { describe, expect, it } from 'vitest';
import type { ClaimSpec } from '../../../lib/text/claims';
import { claimStatus as status } from './fixtures';

// Wrong claims as a mentor writes them in content: the words, and how they are absolute.
const lateNeverDropped: ClaimSpec = {
  keywords: ['late data', 'late events', 'late event', 'late records', 'late rows'],
  assert: [['dropped', 'discarded', 'lost', 'ignored', 'thrown away']],
  absolute: 'never',
  scope: 'clause',
};
const keepsAllState: ClaimSpec = {
  keywords: ['state'],
  assert: [['keeps', 'keep', 'retains', 'retain', 'holds', 'stores']],
  absolute: 'always',
  scope: 'clause',
};
const acksOneAsDurable: ClaimSpec = {
  keywords: [],
  values: [{ key: 'acks', oneOf: [0, 1] }],
  assert: [['durable', 'safe', 'safety', 'durability']],
  absolute: 'always',
  scope: 'clause',
};

describe('a wrong claim said absolutely ("never", "ever", "no", "all", "forever", "just as")', () => {
  it.each([
    'It guarantees that no late data is ever dropped, however late it is.',
    'Late events are never dropped.',
    'With a watermark, late records are never discarded.',
    'No late event is lost.',
  ])('"never": a denial with an absolute makes the claim: "%s"', (text) => {
    expect(status(text, lateNeverDropped)).toBe('stated');
  });

  it.each([
    // Bounded: the right statement about the delay.
    'Late events within the 10 minutes are never dropped.',
    'Late data is never dropped as long as it is less than 10 minutes behind.',
    'Late data is never dropped unless it is older than the watermark.',
    // Plain or undone: not absolute.
    'Late data is dropped once it falls behind the watermark.',
    'Late data is not always dropped.',
    // Another subject's words.
    'No window is reopened; data behind the watermark may be dropped.',
  ])('"never": bounded, plain or undone statements do not: "%s"', (text) => {
    expect(status(text, lateNeverDropped)).toBe('missing');
  });

  it.each([
    'Spark keeps all state so results are always complete.',
    'The job retains state forever.',
    'It stores every window state in memory.',
  ])('"always": affirmed for everything, forever: "%s"', (text) => {
    expect(status(text, keepsAllState)).toBe('stated');
  });

  it.each([
    'Spark keeps state only for windows newer than the watermark.',
    'Without a watermark, Spark keeps all state forever.',
    'Spark keeps the state of open windows until the watermark passes them, then drops it.',
    'Spark does not keep all state.',
    'Windows older than the watermark are finalised and their state is removed.',
    // "forever" said of something else, and "keep X from" (prevent).
    'Their state is removed from the state store, which is what keeps memory bounded on a job that runs forever.',
    'It is also what keeps state from growing forever.',
    // A preventing verb: the learner says it does NOT happen.
    'Spark emits the window and throws away its state - that is what stops the state store growing forever.',
    'The watermark prevents state being kept forever.',
    'Dropping finished windows avoids holding every window in memory.',
  ])('"always": bounded, plain, denied or right statements do not: "%s"', (text) => {
    expect(status(text, keepsAllState)).toBe('missing');
  });

  it.each([
    'With min.insync.replicas=2 every write is on two replicas, so acks=1 is just as durable as acks=all but faster.',
    'acks=1 is equally safe here.',
  ])('"always" with a value: a setting credited with what only another gives: "%s"', (text) => {
    expect(status(text, acksOneAsDurable)).toBe('stated');
  });

  it.each([
    'acks=all with min.insync.replicas=2 is durable.',
    'acks=1 is faster but not as durable: only the leader has the record.',
    'acks=1 is durable only if the leader never fails.',
  ])('"always" with a value: right statements keep their credit: "%s"', (text) => {
    expect(status(text, acksOneAsDurable)).toBe('missing');
  });
});
