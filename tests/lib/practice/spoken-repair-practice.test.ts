import { describe, expect, it } from 'vitest';
import { loadAllLessons } from '../../../lib/practice/load-lessons';
import type { ShortQuestion } from '../../../lib/practice/question-schema';
import { scoreQuestion } from '../../../lib/practice/score-question';

// Inputs written for these tests, each with the score an interviewer gives it decided before the engine ran: a spoken
// repair replaces what it repairs, and the reason a rejected option fails is reasoning (lib/text/retraction.ts,
// rejected-option.ts); a retraction to the wrong answer keeps the wrong answer.
const question = loadAllLessons()
  .flatMap((lesson) => lesson.questions)
  .find((item): item is ShortQuestion => item.id === 'acks-explained' && item.type === 'short') as ShortQuestion;
const wrongIds = (text: string) => scoreQuestion(question, { text }).findings.filter((finding) => finding.severity === 'wrong').map((finding) => finding.message);

describe('practice: a spoken self-correction keeps the corrected answer', () => {
  it('scores a repaired acks answer with its reason at least 80 (interviewer: about 85)', () => {
    const text =
      'With acks=1, sorry, I mean acks=all, the leader acknowledges only after every in-sync replica has the record; with acks=1 a leader that dies before the followers copy the record loses it. But the in-sync set can shrink to the leader alone when followers fall behind, so acks=all alone is not enough. min.insync.replicas=2 makes the broker refuse the write when fewer than two replicas are in sync, so an acknowledged write is always on two brokers.';
    const result = scoreQuestion(question, { text });
    expect(result.score).toBeGreaterThanOrEqual(80);
    expect(wrongIds(text).some((message) => /acks=1/i.test(message))).toBe(false);
  });

  it('a retraction to "acks=1 is just as durable" stays low (interviewer: about 15)', () => {
    const result = scoreQuestion(question, { text: 'acks=all waits for the in-sync replicas. Actually no, scratch that, acks=1 is just as durable because the followers copy it anyway.' });
    expect(result.score).toBeLessThanOrEqual(40);
  });
});
