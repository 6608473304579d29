import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { fired, questionOf } from './fixtures';

// Own inputs for round-19 kinds (other wording than the golden answers); the interviewer's score for each was written
// before running the engine.
describe('confident wrong claims about where a watermark goes and what exactly-once reaches', () => {
  const watermark = questionOf('watermark-meaning');
  const exactlyOnce = questionOf('end-to-end-exactly-once');

  it('a watermark put on current_timestamp because ingestion time is reliable costs (interviewer: 35)', () => {
    const result = scoreQuestion(watermark, { text: 'The watermark says how late data may be; rows behind it are dropped and old window state is freed. Most teams set it on current_timestamp(), the ingestion time, because producers\' clocks drift.' });
    expect(fired(result)).toContain('watermark-on-arrival-column');
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('the event-time column named against the arrival time is right (interviewer: 85)', () => {
    const result = scoreQuestion(watermark, { text: 'It is the latest event time seen minus 10 minutes, set on the event-time column, not on current_timestamp(). Rows older than it may be dropped, and windows that end before it are finalised and their state removed.' });
    expect(fired(result)).not.toContain('watermark-on-arrival-column');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('"the checkpoint makes the webhook exactly-once" costs the sink point (interviewer: 40)', () => {
    const result = scoreQuestion(exactlyOnce, { text: 'Kafka as the replayable source and a checkpointLocation that records each batch\'s offsets. Then a webhook called from foreachBatch is exactly-once too, because Spark commits the batch only once.' });
    expect(fired(result)).toContain('external-api-exactly-once');
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('an API call made idempotent by the batch id is not the claim (interviewer: 85)', () => {
    const result = scoreQuestion(exactlyOnce, { text: 'A replayable source (Kafka), a checkpoint with the offsets of each batch, and an idempotent sink: the REST API call carries the batch id as an idempotency key, so a replayed batch changes nothing and the whole is exactly-once.' });
    expect(fired(result)).not.toContain('external-api-exactly-once');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });
});
