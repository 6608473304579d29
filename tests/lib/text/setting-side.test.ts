import { describe, expect, it } from 'vitest';
import { findPhrases } from '../../../lib/text/find-phrases';
import { readText } from '../../../lib/text/read-text';
import { misplacedSetting } from '../../../lib/text/setting-side';

// Where the learner put the first occurrence of `setting` in `text`.
function sideOf(text: string, setting: string) {
  const read = readText(text);
  const hit = findPhrases(read, [{ id: 'setting', phrases: [setting] }])[0];
  if (!hit) throw new Error(`"${setting}" not found in "${text}"`);
  return misplacedSetting(read, hit.start, hit.end);
}

describe('misplacedSetting: the right setting on the wrong side of the pipeline', () => {
  it.each([
    ['Set acks=all on the consumer so nothing is lost.', 'acks=all', 'consumer'],
    ['The consumer group sets enable.idempotence=true to avoid duplicates.', 'enable.idempotence', 'consumer group'],
    ['enable.idempotence and acks=all on the consumer side.', 'acks=all', 'consumer'],
    ['On the consumers we set min.insync.replicas=2 and enable.idempotence=true.', 'enable.idempotence', 'consumers'],
    ['min.insync.replicas=2 on the producer, with acks=all.', 'min.insync.replicas', 'producer'],
    ['isolation.level=read_committed on the producer so it only sends committed data.', 'isolation.level', 'producer'],
    ['We keep the checkpoint in the producer so a restart resumes.', 'checkpoint', 'producer'],
    ['A 10 minute watermark on the sink drops late pings.', 'watermark', 'sink'],
    ['Put the watermark in the Kafka topic config.', 'watermark', 'topic config'],
    ["The consumer's acks=all setting makes reads durable.", 'acks=all', "consumer's"],
  ])('"%s": %s is put on the %s', (text, setting, said) => {
    expect(sideOf(text, setting)?.said).toBe(said);
  });

  it.each([
    ['Consumers use isolation.level=read_committed and the producer uses acks=all with enable.idempotence=true.', 'acks=all'],
    ['Consumers use isolation.level=read_committed and the producer uses acks=all with enable.idempotence=true.', 'isolation.level'],
    ['Set acks=all on the producer and read_committed on the consumers.', 'read_committed'],
    ['The Flink job keeps its checkpoint in S3 and the watermark on the event timestamp.', 'checkpoint'],
    ['Replication factor 3 on the topic with min.insync.replicas=2; producers use acks=all.', 'min.insync.replicas'],
    ['The two-phase commit sink commits on each checkpoint.', 'checkpoint'],
    ['Assign the watermark at the Kafka source from the event time.', 'watermark'],
  ])('"%s": %s is where it belongs, or nowhere named', (text, setting) => {
    expect(sideOf(text, setting)).toBeUndefined();
  });

  it('does not read an HL7 ACK sent by a consumer as the acks setting', () => {
    expect(sideOf('The consumer ACKs all messages to the hospital after the write.', 'acks all')).toBeUndefined();
  });

  it('says where the setting belongs', () => {
    expect(sideOf('We turn on enable.idempotence in the consumers.', 'enable.idempotence')).toMatchObject({ side: 'consumer', belongs: 'the producer' });
  });
});
