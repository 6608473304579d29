import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { readRepeatedSentence } from '../../../lib/text/repeated-sentences';
import { readText } from '../../../lib/text/read-text';

// Own wording for the round-20 kind "one right sentence pasted again and again earns its point in full" (another case
// and prompt than the round's answer); the interviewer's score for each was written before running the engine.
const grade = (answer: string) => {
  const prompt = loadCase('healthcare-records').rubric.steps['deep-dive'].prompts.find((item) => item.id === 'kafka-ordering-ack');
  if (!prompt) throw new Error('no kafka-ordering-ack prompt');
  const result = scoreDeepDivePrompt(prompt, answer);
  return { score: Math.round((100 * result.earned) / result.available), codes: result.findings.map((finding) => finding.code) };
};

const line = 'Key the topic by patient MRN so one patient\u2019s messages stay in order.';

describe('one sentence pasted again and again is padding', () => {
  it('the same right sentence five times keeps less than the sentence said once (interviewer: 8, once: 30)', () => {
    const padded = grade(Array.from({ length: 5 }, (_, index) => (index % 2 === 0 ? line : line.toUpperCase())).join(' '));
    const once = grade(line);
    expect(padded.codes).toContain('deep-dive.kafka-ordering-ack.repeated');
    expect(padded.score).toBeLessThan(once.score);
    // The engine keeps half of the one copy's share (17 here), above the interviewer's 8: docked, not yet enough.
    expect(padded.score).toBeLessThanOrEqual(Math.ceil(once.score / 2));
  });

  it('a point said twice for emphasis is no padding (interviewer: same as once)', () => {
    const twice = grade(`${line} The ACK goes back only after Kafka acknowledges the write. Again: ${line}`);
    expect(twice.codes).not.toContain('deep-dive.kafka-ordering-ack.repeated');
  });

  it('reads the most repeated sentence by its words, whatever its case and spacing', () => {
    expect(readRepeatedSentence(readText('Use acks=all here. use ACKS=all  here! Use acks = all here. Fine.'))).toEqual({ text: 'Use acks=all here.', count: 3 });
    expect(readRepeatedSentence(readText('Yes. Yes. Yes. Yes.'))).toBeUndefined();
  });
});
