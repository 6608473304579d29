import { defineGenerator } from '../define-generator';
import { formatBytes, formatCount, plural } from '../format';
import type { AnswerKey } from '../types';

const TOLERANCE = 0.03;
const size = (bytes: number): AnswerKey => ({ kind: 'quantity', dimension: 'data_size', value: bytes, tolerance: TOLERANCE });

const MESSAGE_SIZES = [
  { bytes: 200, label: '200 bytes' },
  { bytes: 500, label: '500 bytes' },
  { bytes: 1000, label: '1 KB' },
  { bytes: 2000, label: '2 KB' },
  { bytes: 5000, label: '5 KB' },
] as const;

export const retentionStorage = defineGenerator({
  id: 'retention-storage',
  topic: 'kafka',
  title: 'Disk needed for a topic\'s retention',
  build(rng) {
    const rate = rng.pick([1000, 2000, 5000, 10_000, 20_000, 50_000]);
    const message = rng.pick(MESSAGE_SIZES);
    const inHours = rng.chance(0.3);
    const retentionHours = inHours ? rng.pick([24, 48, 72]) : rng.pick([1, 3, 7, 14]) * 24;
    const replication = rng.pick([2, 3, 3]);
    const seconds = retentionHours * 3600;
    const once = rate * message.bytes * seconds;
    const total = once * replication;
    const retention = inHours ? `\`retention.ms\` of ${retentionHours} hours` : `retention of ${plural(retentionHours / 24, 'day')}`;
    const prompt = [
      `Producers write ${formatCount(rate)} messages per second to a topic, averaging ${message.label} per message after compression. The topic has replication factor ${replication} and a ${retention}.`,
      '',
      'How much disk does the topic need across the cluster once retention is full (ignore indexes and headroom)? Answer with a unit, for example `1.2 TB`.',
    ].join('\n');
    const explanation = [
      `Per second the topic takes ${formatCount(rate)} x ${message.label} = ${formatBytes(rate * message.bytes)}/s.`,
      `Retention keeps ${formatCount(retentionHours)} h x 3,600 s = ${formatCount(seconds)} s of it: ${formatBytes(once)} for one copy.`,
      `Every partition is stored on ${replication} brokers, so the cluster holds ${replication} x ${formatBytes(once)} = ${formatBytes(total)}.`,
      'Size disks with headroom on top (segments are deleted a whole segment at a time, and a broker loss moves load onto the others), and keep bytes (B) and bits (b) apart: a factor of 8.',
      'Source: Apache Kafka documentation, topic configs `retention.ms` (how long the log is kept before old segments are deleted, with `cleanup.policy=delete`) and `segment.bytes`, and the replication design (each of the `replication.factor` replicas keeps a full copy of the partition\'s log).',
    ].join(' ');
    return {
      prompt,
      solution: formatBytes(total),
      explanation,
      key: size(total),
      mistakes: [
        { key: size(once), hint: `That is one copy; with replication factor ${replication} every byte is stored ${replication} times.` },
        { key: size(total * 8), hint: 'That is the figure in bits labelled as bytes: divide by 8.' },
        { key: size(total / 8), hint: 'That is off by a factor of 8, the bits/bytes confusion.' },
        { key: size(total / 24), hint: 'That covers one hour per day of retention: multiply by 24 hours.' },
        { key: size(total / 3600), hint: 'That counts retention in hours but the rate is per second: multiply by 3,600.' },
      ],
    };
  },
});
