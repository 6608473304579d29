import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

// Expected readings written before the engine ran: an interviewer hears these as the learner's claims or not.
const status = (text: string, spec: ClaimSpec, given?: string) => readClaim(readText(text), spec, given === undefined ? {} : { given: readText(given) }).status;

describe('clause roles: an alternative shown to be wrong is not claimed', () => {
  const commitFirst: ClaimSpec = { keywords: ['commit first', 'committing first', 'commit before'], scope: 'clause' };
  const autoCommit: ClaimSpec = { keywords: ['auto commit', 'auto-commit'], scope: 'clause' };
  it.each([
    ['Committing first would be at-most-once, so we commit after the write.', commitFirst],
    ['Commit before the write would lose the batch on a crash.', commitFirst],
    ['Committing first is a mistake: a crash skips the batch.', commitFirst],
    ['If we had used auto commit, a crash would skip records.', autoCommit],
    ['If the consumer relied on auto-commit and crashed mid-batch, it would skip the rest of it.', autoCommit],
  ])('"%s" does not state the wrong idea', (text, spec) => {
    expect(status(text, spec)).toBe('missing');
  });

  it.each([
    ['If the consumer crashes after the write, it reads the batch again.', { keywords: ['read again', 'reads the batch again'] }],
    ['We would lose nothing because the write is idempotent.', { keywords: ['idempotent'] }],
    ["We'd commit after the write, so a crash replays the batch.", { keywords: ['after the write'] }],
    ['Commit first and a crash loses the batch, I would commit after the write.', { keywords: ['after the write'] }],
  ] as [string, ClaimSpec][])('"%s" is still the learner\'s claim', (text, spec) => {
    expect(status(text, spec)).toBe('stated');
  });

  it('the other side of "unlike" is not claimed', () => {
    expect(status('Unlike OLTP, OLAP stores data in columns.', { keywords: ['OLTP'] })).toBe('missing');
    expect(status('Unlike OLTP, OLAP stores data in columns.', { keywords: ['OLAP'], assert: [['columns']] })).toBe('stated');
  });
});

describe('clause roles: a warning told as a scenario describes what goes wrong, not the plan', () => {
  // Written before the engine ran: an interviewer hears each of these as the learner arguing AGAINST committing first.
  const commitFirst: ClaimSpec = { keywords: ['commit first', 'committed first', 'committing first', 'commit before', 'committed before'], scope: 'clause' };
  // The plan is read as a key point is (sentence scope).
  const commitAfter: ClaimSpec = { keywords: ['commit after', 'committing after', 'after the write'] };
  it.each([
    ["If you'd committed first and then died before the write, those rows are gone for good.", commitFirst],
    ['If we had committed before the insert and crashed, the whole batch is lost.', commitFirst],
    ['Had we committed first and crashed before the write, the batch is lost.', commitFirst],
    ['Suppose we commit first and then crash: the records are lost.', commitFirst],
    ['Imagine the consumer committed before the write and died; that batch is skipped for good.', commitFirst],
  ])('"%s" does not state the wrong idea', (text, spec) => {
    expect(status(text, spec)).toBe('missing');
  });

  it.each([
    // The plan after the warning is the learner's own.
    ['Had we committed first, the batch is lost on a crash, so we commit after the write.', commitAfter],
    // A supposed scenario whose outcome loses nothing is the learner's claim about their design.
    ['Imagine we commit after the write: a crash reads the batch again, nothing is lost.', commitAfter],
    ['Suppose the job crashes; we commit after the write, so it reads the batch again.', commitAfter],
    // "had" as a plain verb opens no condition.
    ['We had to commit after the write, so nothing was lost.', commitAfter],
  ] as [string, ClaimSpec][])('"%s" is still the learner\'s claim', (text, spec) => {
    expect(status(text, spec)).toBe('stated');
  });
});

describe('clause roles: what a claim is compared against is neither claimed nor denied', () => {
  // Written before the engine ran: the words after "than" / "compared with" / "versus" name the alternative set against
  // the claim; an interviewer hears no recommendation of it, and the claim before the comparison keeps its credit.
  const deleteRows: ClaimSpec = { keywords: ['delete', 'deleting', 'delete rows'], scope: 'clause' };
  const acksOne: ClaimSpec = { keywords: ['acks=1'], scope: 'clause' };
  const polling: ClaimSpec = { keywords: ['polling'], scope: 'clause' };
  it.each([
    ['We use drop_chunks to remove old data, which is much cheaper than DELETE.', deleteRows],
    ['Dropping whole partitions is far faster than deleting rows one by one.', deleteRows],
    ['acks=all is more durable than acks=1.', acksOne],
    ['CDC is better than polling for this.', polling],
    ['CDC is safer and cheaper compared with polling.', polling],
    ['We went with CDC, as opposed to polling the table.', polling],
    ['CDC versus polling: CDC sees every change.', polling],
    ['It is simpler than polling, and we keep the connector.', polling],
  ] as [string, ClaimSpec][])('"%s" does not state the alternative', (text, spec) => {
    expect(status(text, spec)).toBe('missing');
  });

  it.each([
    ['drop_chunks is cheaper than DELETE.', { keywords: ['drop_chunks'], assert: [['cheaper', 'cheap']] }],
    ['acks=all is more durable than acks=1.', { keywords: ['acks=all'], assert: [['durable']] }],
    // Quantities and bounds are not comparisons of merit: what follows "than" stays the learner's claim.
    ['We delete rows older than 30 days every night.', deleteRows],
    ['We delete rows that are older than the retention window.', deleteRows],
    ['Readings later than the watermark are dropped, then polling picks them up.', polling],
    ['Keep more partitions than polling consumers.', polling],
    // "compared with" as the learner's own check, not an aside.
    ['Each ping is compared with the planned route to detect polling gaps.', polling],
    ['We compare each ping with the result of polling.', polling],
    // The learner's own choice after the comparison is claimed again.
    ['Faster than batch, we use polling every second.', polling],
  ] as [string, ClaimSpec][])('"%s" is still the learner\'s claim', (text, spec) => {
    expect(status(text, spec)).toBe('stated');
  });

  it('"rather than X" still denies X', () => {
    expect(status('We use CDC rather than polling.', polling)).toBe('negated');
  });
});

describe('clause roles: a hedge late in a clause qualifies only what follows it', () => {
  const atLeastOnce: ClaimSpec = { keywords: ['at-least-once'] };
  it('"at-least-once: nothing lost, maybe repeated" states at-least-once', () => {
    expect(status('Committing after the write gives at-least-once: nothing lost, maybe repeated.', atLeastOnce)).toBe('stated');
  });
  it.each([
    'Maybe committing after the write gives at-least-once.',
    'I think it gives at-least-once: nothing lost, maybe repeated.',
    'It gives at-least-once, maybe.',
  ])('"%s" stays hedged', (text) => {
    expect(status(text, atLeastOnce)).toBe('hedged');
  });
});

describe('echo: a name copied from the question, dots and all, asserts nothing', () => {
  const question = 'Explain acks=all and why it needs min.insync.replicas to be durable.';
  it('restating "needs min.insync.replicas to be durable" does not name the setting', () => {
    expect(status('It needs min.insync.replicas to be durable.', { keywords: ['min.insync.replicas'], assert: [['refuse', 'refuses', 'rejects']] }, question)).toBe('missing');
  });
  it('the setting with the learner\'s own explanation is stated', () => {
    expect(status('min.insync.replicas=2 makes the leader refuse writes when fewer than two replicas are in sync.', { keywords: ['min.insync.replicas'], assert: [['refuse', 'refuses', 'rejects']] }, question)).toBe('stated');
  });
});
