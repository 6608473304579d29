import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { readOrder } from '../../../lib/text/sequence';

const ack = { first: ['write to kafka', 'writes to kafka', 'produces to kafka', 'kafka confirms', 'write is acknowledged', 'acks=all'], then: ['hl7 ack', 'send the ack', 'sends the ack'] };
const sink = { first: ['write the batch', 'writes the batch', 'write to the sink', 'writes to the sink'], then: ['commit the offsets', 'commits the offsets', 'commit offsets', 'commits offsets'] };
const checkpoint = { first: ['stop the job', 'stops the job'], then: ['delete the checkpoint', 'deletes the checkpoint'] };

describe('readOrder: the order a text states for two steps', () => {
  it.each([
    [ack, 'The listener sends the HL7 ACK as soon as a message arrives, then produces to Kafka with acks=all.'],
    [ack, 'We send the HL7 ACK. Then we write to Kafka.'],
    [ack, 'It writes to Kafka after it sends the HL7 ACK.'],
    [ack, 'The listener sends the HL7 ACK right away, and once that is done, it writes to Kafka.'],
    [sink, 'Each trigger commits the offsets first and then writes the batch to Delta.'],
    [sink, 'Before it writes the batch, the job commits offsets.'],
    [checkpoint, 'We delete the checkpoint and then stop the job.'],
  ])('%#: reversed: %s', (spec, text) => {
    expect(readOrder(readText(text), spec)?.order).toBe('reversed');
  });

  it.each([
    [ack, 'We send the HL7 ACK only after Kafka confirms the write with acks=all.'],
    [ack, 'The listener writes each message to Kafka with acks=all, and only when that send returns does it reply with the HL7 ACK.'],
    [ack, 'The listener writes to Kafka, and when the write is acknowledged it sends the HL7 ACK.'],
    [ack, 'The listener writes to Kafka with acks=all. Then it sends the HL7 ACK.'],
    [sink, 'The job writes the batch to the sink and only then commits the offsets.'],
    [sink, 'It commits offsets once it writes to the sink.'],
    [checkpoint, 'Stop the job, then delete the checkpoint.'],
  ])('%#: right: %s', (spec, text) => {
    expect(readOrder(readText(text), spec)?.order).toBe('right');
  });

  it.each([
    [ack, 'We never send the HL7 ACK before the write to Kafka.'],
    [ack, 'The listener writes to Kafka with acks=all and sends the HL7 ACK.'],
    [sink, 'Offsets and output are handled by Spark.'],
  ])('%#: no order stated: %s', (spec, text) => {
    expect(readOrder(readText(text), spec)).toBeUndefined();
  });

  it('quotes the learner\'s sentence, verbatim', () => {
    expect(readOrder(readText('Latency matters here. We send the HL7 ACK. Then we write to Kafka.'), ack)?.quote).toBe('We send the HL7 ACK. Then we write to Kafka.');
  });
});
