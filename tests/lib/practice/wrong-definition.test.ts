import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { questionOf } from './fixtures';

type Scored = ReturnType<typeof scoreQuestion>;
const statusOf = (result: Scored, id: string) => result.points?.find((point) => point.id === id)?.status;
const findingOf = (result: Scored, code: string) => result.findings.find((finding) => finding.code === code);
const fired = (result: Scored) => result.findings.filter((finding) => finding.code === 'practice.misconception').flatMap((finding) => finding.refs ?? []);

// Each answer was written for this file and scored as an interviewer would before the engine ran (score in the title):
// a wrong definition of the concept asked about, followed by consequences that are right. The definition fails, the
// finding gives the right one, and the consequences keep their points.
describe('a watermark defined on the wrong clock, with right consequences', () => {
  it('"the processing time minus ten minutes" (interviewer: 45)', () => {
    const text = 'The watermark is the processing time minus ten minutes. Anything older than it may be dropped, and windows that end before it are finalised and their state removed.';
    const result = scoreQuestion(questionOf('watermark-meaning'), { text });
    expect(statusOf(result, 'max-minus-delay')).toBe('contradicted');
    expect(statusOf(result, 'late-dropped')).toBe('stated');
    expect(statusOf(result, 'state-cleanup')).toBe('stated');
    const finding = findingOf(result, 'practice.key-point-contradicted');
    expect(finding?.message).toContain('processing time');
    expect(finding?.message).toContain('latest event time seen minus 10 minutes');
    expect(findingOf(result, 'practice.wrong-meaning')?.message).toContain('wrong clock');
    expect(result.correct).toBe(false);
    expect(result.score).toBeGreaterThanOrEqual(35);
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('"the time the last event arrived minus 10 minutes": arrival is the processing clock (interviewer: 45)', () => {
    const text = 'Spark computes the watermark as the time the last event arrived minus 10 minutes. Rows behind it may be discarded, and old windows are finalised so their state can be cleaned up.';
    const result = scoreQuestion(questionOf('watermark-meaning'), { text });
    expect(statusOf(result, 'max-minus-delay')).toBe('contradicted');
    expect(statusOf(result, 'late-dropped')).toBe('stated');
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('the same answer on event time keeps every point (interviewer: 85)', () => {
    const text = 'The watermark is the newest event time seen minus 10 minutes. Anything older than it may be dropped, and windows that end before it are finalised and their state removed.';
    const result = scoreQuestion(questionOf('watermark-meaning'), { text });
    expect(statusOf(result, 'max-minus-delay')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('"rows behind it" is about the watermark, not how it is computed: it does not rescue a wrong clock (interviewer: 45)', () => {
    const text = 'Watermark = wall clock minus 10 minutes. Rows behind it are thrown away and windows behind it are closed, so their state is freed.';
    const result = scoreQuestion(questionOf('watermark-meaning'), { text });
    expect(statusOf(result, 'max-minus-delay')).toBe('contradicted');
    expect(result.score).toBeLessThanOrEqual(55);
  });
});

describe('other concepts defined wrongly, with right consequences', () => {
  it('idempotent as "runs only once" (interviewer: 45)', () => {
    const text = 'An idempotent task only runs once for its interval, so Airflow never reruns it. It replaces its day\'s partition with INSERT OVERWRITE and reads ds, not now().';
    const result = scoreQuestion(questionOf('idempotent-task'), { text });
    expect(fired(result)).toContain('runs-only-once');
    expect(statusOf(result, 'same-result')).toBe('contradicted');
    expect(statusOf(result, 'overwrite')).toBe('stated');
    expect(statusOf(result, 'interval-dates')).toBe('stated');
    expect(result.findings.find((finding) => finding.refs?.includes('runs-only-once'))?.message).toContain('running it twice for the same interval');
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('idempotent said right, with "running it once" in it, is not the runs-once mistake (interviewer: 85)', () => {
    const text = 'Running it twice for the same interval leaves the same result as running it once. It overwrites the day\'s partition instead of appending, and takes its dates from the data interval.';
    const result = scoreQuestion(questionOf('idempotent-task'), { text });
    expect(fired(result)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('acks=all as "waits until every consumer has read it" (interviewer: 45)', () => {
    const text = 'acks=all means the producer waits until all consumers have read the message. If the ISR shrinks to just the leader that is one copy, which is why min.insync.replicas=2 rejects writes when fewer than two replicas are in sync.';
    const result = scoreQuestion(questionOf('acks-explained'), { text });
    expect(fired(result)).toContain('acks-all-consumers');
    expect(statusOf(result, 'isr-ack')).toBe('contradicted');
    expect(statusOf(result, 'min-isr')).toBe('stated');
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('consumers named beside the right acks=all are not the consumer mistake (interviewer: 85)', () => {
    const text = 'With acks=all the leader waits until every in-sync replica has the record; consumers only read it after that. If the ISR shrinks to the leader alone, acks=all means one copy, so min.insync.replicas=2 refuses writes unless two replicas are in sync.';
    const result = scoreQuestion(questionOf('acks-explained'), { text });
    expect(fired(result)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('an offset commit that "deletes the messages" costs, and says what a commit records (interviewer: 70)', () => {
    const text = 'Committing an offset deletes the messages from the topic, so commit only after the batch is written to the database. That gives at-least-once: a crash replays the batch, so upsert by key. Turn off enable.auto.commit.';
    const result = scoreQuestion(questionOf('commit-after-processing'), { text });
    expect(fired(result)).toContain('commit-deletes');
    expect(result.findings.find((finding) => finding.refs?.includes('commit-deletes'))?.message).toContain('__consumer_offsets');
    expect(result.correct).toBe(false);
    expect(statusOf(result, 'after-processing')).toBe('stated');
  });

  it('a checkpoint defined as a copy of the output loses its point, not the others (interviewer: 50)', () => {
    const text = 'Kafka is replayable, so a failed batch can be read again. The checkpoint is a backup of the result rows in case the table gets lost. The sink has to be idempotent, like Delta, so a replayed batch lands once.';
    const result = scoreQuestion(questionOf('end-to-end-exactly-once'), { text });
    expect(statusOf(result, 'checkpoint')).toBe('contradicted');
    expect(statusOf(result, 'replayable-source')).toBe('stated');
    expect(statusOf(result, 'idempotent-sink')).toBe('stated');
    expect(result.score).toBeLessThanOrEqual(55);
  });
});
