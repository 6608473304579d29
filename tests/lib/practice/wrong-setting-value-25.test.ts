import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { fired, questionOf } from './fixtures';

// Scores are an interviewer's, written before the engine ran: one wrong line in a right settings list
// (unclean.leader.election.enable=true, which drops acknowledged records) costs the point it undoes (kind: a wrong value
// inside a right mechanism; the wrong setting is data in the lesson's misconceptions, read by lib/text/values.ts).
describe('practice: a wrong setting value in a right list', () => {
  const acks = questionOf('acks-explained');

  it('unclean leader election switched on beside acks=all and min ISR 2 (interviewer: 55)', () => {
    const result = scoreQuestion(acks, { text: 'acks=all: the leader replies only when every in-sync replica has the write. The ISR may shrink to the leader, so min.insync.replicas=2 makes the broker refuse writes below two in sync.\nunclean.leader.election.enable=true so a partition always has a leader.' });
    expect(fired(result)).toContain('unclean-election-on');
    expect(result.score).toBeLessThanOrEqual(70);
  });

  it('the same list with unclean election off keeps its credit (interviewer: 88)', () => {
    const result = scoreQuestion(acks, { text: 'acks=all: the leader replies only when every in-sync replica has the write. The ISR may shrink to the leader, so min.insync.replicas=2 makes the broker refuse writes below two in sync.\nunclean.leader.election.enable=false so an out-of-sync replica never becomes leader.' });
    expect(fired(result)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(75);
  });
});
