import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { promptOf } from './fixtures';

// Own answers (other cases, prompts and wording than golden round 24); the interviewer's score in each title was written
// before the engine ran. Kinds: keywords in a config block with no prose, keywords in code comments, a hedge before every
// mechanism, keywords shouted one per fragment; and the honest forms each must leave alone.
const grade = (slug: string, id: string, answer: string) => {
  const result = scoreDeepDivePrompt(promptOf(slug, id), answer);
  return Math.round((100 * result.earned) / result.available);
};

describe('a config block instead of an answer', () => {
  it('a fenced JSON block of partitioning settings explains nothing (interviewer: 8)', () => {
    const answer = '```json\n{\n  "topic": "telemetry",\n  "key": "machine_id",\n  "partitions": 64,\n  "linger.ms": 20,\n  "compression.type": "lz4"\n}\n```';
    expect(grade('iot-telemetry', 'kafka-telemetry-partitioning', answer)).toBeLessThanOrEqual(25);
  });

  it('unfenced YAML maps for the live geo state say no flow (interviewer: 6)', () => {
    const answer = 'redis: {key: h3_cell, value: driver_ids, ttl: 30s}\nflink: {key_by: driver_id, checkpoint: 10s}\nfallback: {pricing: last_multipliers}';
    expect(grade('ride-hailing', 'live-geo-state', answer)).toBeLessThanOrEqual(25);
  });

  it('a strong prose answer keeps its marks when it also shows its config (interviewer: 80)', () => {
    const prose = 'Every partition of the orders topic is replicated to three brokers, and with min.insync.replicas=2 and acks=all a write is acknowledged only once two replicas hold it, so an acknowledged order survives losing a broker. The producer sets enable.idempotence=true, so a retry after a lost acknowledgement does not write the order twice.';
    const withConfig = `${prose}\n\`\`\`properties\nacks=all\nenable.idempotence=true\nmin.insync.replicas=2\n\`\`\``;
    const plain = grade('ecommerce-data-platform', 'kafka-durability', prose);
    expect(grade('ecommerce-data-platform', 'kafka-durability', withConfig)).toBeGreaterThanOrEqual(plain);
    expect(plain).toBeGreaterThanOrEqual(60);
  });
});

describe('keywords in code comments', () => {
  it('a Python producer whose comments name the keywords and whose code sets none earns near nothing (interviewer: 8)', () => {
    const answer = "```python\n# key = patient_id so ADTs stay in order, acks=all, ack the MLLP sender after the write\n# max.in.flight.requests.per.connection=1, idempotent producer\nproducer = KafkaProducer(acks=1)\nproducer.send('adt', value=msg)  # in order\n```";
    expect(grade('healthcare-records', 'kafka-ordering-ack', answer)).toBeLessThanOrEqual(25);
  });

  it('a strong answer with a matching code snippet keeps its marks (interviewer: 80)', () => {
    const prose = 'Each ADT message is keyed by patient_id, so every event of one patient lands in one partition and is read in order. The producer uses acks=all with idempotence enabled, and the interface engine gets its MLLP ACK only after Kafka has acknowledged the write, so an acknowledged message is never lost.';
    const withCode = `${prose}\n\`\`\`java\nprops.put("acks", "all");\nprops.put("enable.idempotence", "true");\nproducer.send(new ProducerRecord<>("adt", patientId, msg)).get(); // then ACK\n\`\`\``;
    const plain = grade('healthcare-records', 'kafka-ordering-ack', prose);
    expect(grade('healthcare-records', 'kafka-ordering-ack', withCode)).toBeGreaterThanOrEqual(plain);
  });
});

describe('a hedge before every mechanism', () => {
  it('late readings handled by "maybe" and "possibly" only earn near nothing (interviewer: 12)', () => {
    const answer = 'Maybe event time. Possibly a watermark of ten minutes. Maybe allowed lateness for the windows. Perhaps a side output for very late readings. Maybe RocksDB for the state.';
    expect(grade('iot-telemetry', 'late-readings', answer)).toBeLessThanOrEqual(25);
  });

  it('options for the ledger with "perhaps" on each choose nothing (interviewer: 12)', () => {
    const answer = 'Perhaps Postgres. Maybe serializable isolation. Possibly a unique constraint on the network reference. Maybe double entry, perhaps one transaction per posting.';
    expect(grade('card-payments', 'acid-ledger', answer)).toBeLessThanOrEqual(25);
  });

  it('one "maybe" in a strong answer costs it nothing much (interviewer: 80)', () => {
    const answer = 'On restart the query resumes from its checkpoint, where the offsets and state are stored in S3; startingOffsets only applies to a brand-new query. Kafka keeps seven days of data, so the offsets it resumes from are still there to replay. The Delta sink writes each batch idempotently by batch id, so a replayed batch does not duplicate orders. Maybe we also alert on consumer lag.';
    expect(grade('ecommerce-data-platform', 'streaming-restart', answer)).toBeGreaterThanOrEqual(65);
  });
});

describe('keywords shouted one per fragment', () => {
  it('ALL CAPS fragments with one relating word each are a list (interviewer: 6)', () => {
    const answer = 'KEY BY MACHINE_ID!!! ORDER PER MACHINE!!! 64 PARTITIONS!!! LZ4!!! LINGER!!! BATCHING!!! NO HOT KEYS!!!';
    expect(grade('iot-telemetry', 'kafka-telemetry-partitioning', answer)).toBeLessThanOrEqual(25);
  });

  it('the same fragments in lower case earn no more than in capitals (interviewer: 6)', () => {
    const answer = 'KEY BY MACHINE_ID!!! ORDER PER MACHINE!!! 64 PARTITIONS!!! LZ4!!! LINGER!!! BATCHING!!! NO HOT KEYS!!!';
    expect(grade('iot-telemetry', 'kafka-telemetry-partitioning', answer.toLowerCase())).toBeLessThanOrEqual(25);
  });

  it('a terse outline whose lines say why keeps its marks (interviewer: 85)', () => {
    const answer = 'Key by driver_id: one driver\'s pings stay in order on one partition.\nNot by zone: a busy downtown cell would be one hot partition, and drivers cross zones mid-trip.\n64 partitions for 50k pings/s, with headroom to scale consumers out.\nlinger.ms=20 and lz4, so small pings are batched instead of one request each.';
    expect(grade('ride-hailing', 'location-topic-partitioning', answer)).toBeGreaterThanOrEqual(70);
  });
});
