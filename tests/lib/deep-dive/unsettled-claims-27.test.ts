import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Own wordings for the round-23 kind "a claim denied in one paragraph and affirmed in the next, neither taken back"
// ("No TTL is needed ..." then "the key expires after 30 s"): an interviewer credits neither side. The interviewer's score
// for each was written before running the engine.
const grade = (slug: string, promptId: string, answer: string) => {
  const prompt = loadCase(slug).rubric.steps['deep-dive'].prompts.find((item) => item.id === promptId);
  if (!prompt) throw new Error(`no ${promptId} prompt`);
  const result = scoreDeepDivePrompt(prompt, answer);
  const status = (id: string) => result.points.find((point) => point.id === id)?.status;
  return { score: Math.round((100 * result.earned) / result.available), status, messages: result.findings.map((finding) => finding.message) };
};

describe('a point denied and affirmed in different sentences, neither taken back', () => {
  const late = 'Windows are one-minute tumbling windows on the sensor timestamp (event time), so a reading lands in the minute it was measured. ';

  it('"we don\'t need a watermark" then "the watermark of 70 minutes bounds the state" (interviewer: 35)', () => {
    const result = grade(
      'iot-telemetry',
      'late-readings',
      `${late}We don't need a watermark here: every reading updates its window whenever it comes.\nState: the watermark of 70 minutes bounds how long a window's state is kept, after which the minute is final.`,
    );
    expect(result.status('watermark')).toBe('negated');
    expect(result.messages.some((message) => message.includes('took neither back'))).toBe(true);
    expect(result.score).toBeLessThanOrEqual(45);
  });

  it('the watermark said once, with no denial, keeps its point (interviewer: 60)', () => {
    const result = grade('iot-telemetry', 'late-readings', `${late}State: the watermark of 70 minutes bounds how long a window's state is kept, after which the minute is final.`);
    expect(result.status('watermark')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(55);
  });

  it('"no message key is needed" then keying by MRN (interviewer: 40)', () => {
    const result = grade(
      'healthcare-records',
      'kafka-ordering-ack',
      'No message key is needed, the partitions are balanced round-robin.\nEach ADT message is keyed by patient MRN so one patient\'s admit, transfer and discharge land on the same partition in order.\nThe listener sends the HL7 ACK only after Kafka has acknowledged the write with acks=all.',
    );
    expect(result.status('key-by-patient')).toBe('negated');
    expect(result.score).toBeLessThanOrEqual(50);
  });

  it('a rejected option ("not by zone") or a condition ("if Kafka is down we send no ACK") is no denial of the point (interviewer: 85)', () => {
    const result = grade(
      'healthcare-records',
      'kafka-ordering-ack',
      'Key every ADT message by patient MRN, not by facility, so one patient\'s events stay in order on one partition.\nThe listener sends the HL7 ACK only after Kafka acknowledged the write (acks=all, min.insync.replicas=2); if Kafka is down we send no ACK and the engine resends.\nResends are deduplicated on MSH-10, the message control id.',
    );
    expect(result.status('key-by-patient')).toBe('stated');
    expect(result.status('ack-after-durable')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('a retraction still reads as one, not as a contradiction (interviewer: 60)', () => {
    const result = grade(
      'iot-telemetry',
      'late-readings',
      `${late}No watermark is needed. Actually, scratch that: a watermark of 70 minutes bounds the state, and the minute is final after it.`,
    );
    expect(result.status('watermark')).toBe('stated');
    expect(result.messages.some((message) => message.includes('took neither back'))).toBe(false);
  });
});
