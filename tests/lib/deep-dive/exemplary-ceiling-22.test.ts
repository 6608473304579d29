import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { DEPTH_POINTS } from '../../../lib/scoring/depth';

// Own wordings for the kind "an exemplary answer scores 100 where interviewers sign 82-95" (round 20: strong answers
// with every point, why, a failure and a comparison at 100, hand 84-85); another case and prompt. The interviewer's
// scores were written before running the engine: exemplary 90, the same points said briefly 86.
const prompt = loadCase('healthcare-records').rubric.steps['deep-dive'].prompts.find((item) => item.id === 'kafka-ordering-ack');
if (!prompt) throw new Error('no kafka-ordering-ack prompt');
const score = (text: string) => {
  const result = scoreDeepDivePrompt(prompt, text);
  return { score: Math.round((100 * result.earned) / result.available), depth: result.findings.find((finding) => finding.code === 'deep-dive.kafka-ordering-ack.depth') };
};

const exemplary =
  "Key the HL7 topic by the enterprise patient id, so one patient's messages go to one partition and stay in order; otherwise an A03 discharge could be applied before the A02 transfer. " +
  'The listener sends the HL7 ACK only after Kafka acknowledged the write with acks=all on a topic with replication factor 3 and min.insync.replicas=2, because if we ACKed first and the broker crashed, the engine would never resend and the message would be lost. ' +
  'The interface engine retries anything not ACKed, so the producer is idempotent and the consumers deduplicate on MSH-10, the message control id. ' +
  'Rather than one partition for all messages, which would keep a global order but cap throughput, per-patient keys keep order where it matters.';

describe('an exemplary answer keeps the last points back', () => {
  it('every point with why, a failure and an alternative scores in the interviewers\' 90s, not 100 (interviewer: 90)', () => {
    const result = score(exemplary);
    expect(result.score).toBeLessThan(100);
    expect(result.score).toBeGreaterThanOrEqual(100 - DEPTH_POINTS);
    expect(result.depth?.message).toMatch(/^Explained with why, a failure and an alternative/);
  });

  it('stays above the same points said without depth (interviewer: 86)', () => {
    const plain = score(prompt.keyPoints.map((point) => point.text).join('\n'));
    expect(score(exemplary).score).toBeGreaterThan(plain.score);
  });
});
