import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { chosenStreamTools, foreignSettings } from '../../../lib/text/stream-tools';

const settings = (text: string) => foreignSettings(readText(text)).map((item) => item.setting);

describe('chosenStreamTools: the logs an answer builds on', () => {
  it.each([
    ['We put the readings on Pulsar, keyed by machine.', ['pulsar']],
    ['Kinesis rather than Kafka, since we are on AWS.', ['kinesis']],
    ['Unlike Kafka, Kinesis has no acks setting.', ['kinesis']],
    ['Confluent Cloud topics keyed by zone, mirrored into Kinesis for the AWS team.', ['kafka', 'kinesis']],
    ['We key by driver so a driver stays in order.', []],
  ])('"%s" -> %j', (text, tools) => {
    expect(chosenStreamTools(readText(text))).toEqual(tools);
  });
});

describe('foreignSettings: another log\'s setting claimed for the chosen one', () => {
  it.each([
    ['Events go to a Kinesis stream; the producer uses acks=all so nothing is lost.', ['acks=all']],
    ['On Pulsar we set min.insync.replicas=2 and the producer uses acks=all.', ['min.insync.replicas', 'acks=all']],
    ['Kinesis Data Streams, and consumers read with isolation.level=read_committed.', ['isolation.level', 'read_committed']],
    ['Kafka topic with 48 partitions; producers batch through the KPL with aggregation.', ['KPL']],
  ])('"%s" -> %j', (text, expected) => {
    expect(settings(text)).toEqual(expected);
  });

  it.each([
    // The chosen log has it.
    'Kafka with acks=all, min.insync.replicas=2 and an idempotent producer.',
    'MSK: producers use acks=all and enable.idempotence=true.',
    // An honest mapping or a contrast, not a claim.
    'Kinesis has no acks=all; writes are replicated across three AZs before PutRecord returns.',
    'On Kinesis the KPL aggregation plays the role of linger.ms.',
    "Unlike Kafka's acks=all, Kinesis replicates every write to three AZs before it answers.",
    // No log named: nothing to judge against.
    'Producers use acks=all and enable.idempotence so retries do not duplicate.',
    // Only a counterfactual.
    'If we were on Kafka we would set acks=all; on Kinesis the service replicates for us.',
  ])('"%s" -> none', (text) => {
    expect(settings(text)).toEqual([]);
  });
});
