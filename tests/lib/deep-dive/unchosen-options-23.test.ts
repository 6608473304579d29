import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Own answers for the round-21 kind "options listed, none chosen" (keys, stores, layouts offered side by side with no
// choice); the interviewer's score for each was written before running the engine.
const grade = (slug: string, promptId: string, answer: string) => {
  const prompt = loadCase(slug).rubric.steps['deep-dive'].prompts.find((item) => item.id === promptId);
  if (!prompt) throw new Error(`no ${promptId} prompt`);
  const result = scoreDeepDivePrompt(prompt, answer);
  return { score: Math.round((100 * result.earned) / result.available), findings: result.findings };
};

describe('deep dive: every option listed, none chosen', () => {
  it('keys, ACK timing and dedupe each offered as a list earns little (interviewer: 10)', () => {
    const result = grade(
      'healthcare-records',
      'kafka-ordering-ack',
      'We could key by patient id, by MRN, by facility or by message type. The ACK could be sent on receipt or after the Kafka write. Duplicates could be handled by an idempotent producer, by a dedupe job or just ignored. All of these work; the team can decide.',
    );
    expect(result.score).toBeLessThanOrEqual(25);
    expect(result.findings.some((finding) => /did not choose/.test(finding.message))).toBe(true);
  });

  it('the same ground with each choice made and the others turned down keeps its points (interviewer: 85)', () => {
    const result = grade(
      'healthcare-records',
      'kafka-ordering-ack',
      "Key by the EMPI patient id, not by facility or message type, because one patient's ADT events must stay in order on one partition. The listener sends the HL7 ACK only after Kafka acknowledged the write with acks=all, replication factor 3 and min.insync.replicas=2, so Rhapsody never deletes a message we have not stored. Rhapsody retries anything unacknowledged, so the producer is idempotent and we deduplicate downstream on the MSH-10 control id.",
    );
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('two layouts set out with pros and cons and "both would work" is mediocre (interviewer: 45)', () => {
    const result = grade(
      'iot-telemetry',
      'time-series-layout',
      'Option A: TimescaleDB hypertables chunked by day with an index on (machine_id, time); expire with drop_chunks; rollups as continuous aggregates. + fast range scans, - a database to run.\nOption B: Parquet on S3 partitioned by day and sorted by sensor and time; expire by deleting old partitions; rollups as materialised tables. + cheap, - slower charts.\nBoth would work.',
    );
    expect(result.score).toBeGreaterThanOrEqual(20);
    expect(result.score).toBeLessThanOrEqual(60);
  });

  it('the same two layouts with the choice handed to a named condition earn most of it (interviewer: 65)', () => {
    const listed = grade(
      'iot-telemetry',
      'time-series-layout',
      'Option A: TimescaleDB hypertables chunked by day with an index on (machine_id, time); expire with drop_chunks; rollups as continuous aggregates. + fast range scans, - a database to run.\nOption B: Parquet on S3 partitioned by day and sorted by sensor and time; expire by deleting old partitions; rollups as materialised tables. + cheap, - slower charts.\nBoth would work.',
    );
    const conditional = grade(
      'iot-telemetry',
      'time-series-layout',
      'Option A: TimescaleDB hypertables chunked by day with an index on (machine_id, time); expire with drop_chunks; rollups as continuous aggregates. + fast range scans, - a database to run.\nOption B: Parquet on S3 partitioned by day and sorted by sensor and time; expire by deleting old partitions; rollups as materialised tables. + cheap, - slower charts.\nEither works; it depends on how many engineers chart raw readings at once and whether we already operate Postgres.',
    );
    expect(conditional.score).toBeGreaterThanOrEqual(50);
    expect(conditional.score).toBeGreaterThan(listed.score);
  });

  it('options weighed and then chosen, split by use, are full credit (interviewer: 85)', () => {
    const result = grade(
      'iot-telemetry',
      'time-series-layout',
      'Option A: TimescaleDB hypertables chunked by day with an index on (machine_id, time); expire with drop_chunks; rollups as continuous aggregates with compression after 7 days.\nOption B: Parquet on S3 partitioned by day and sorted by sensor and time.\nChoice: TimescaleDB for the 30 days of raw readings and the minute rollups, because an engineer charts one machine in milliseconds; Parquet for the hourly archive, since it is cheap.',
    );
    expect(result.score).toBeGreaterThanOrEqual(75);
  });
});
