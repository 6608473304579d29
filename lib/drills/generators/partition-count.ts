import { defineGenerator } from '../define-generator';
import type { AnswerKey } from '../types';

const integer = (value: number): AnswerKey => ({ kind: 'integer', value });

export const partitionCount = defineGenerator({
  id: 'partition-count',
  topic: 'kafka',
  title: 'Partitions needed for a target throughput',
  build(rng) {
    const target = rng.pick([40, 60, 90, 100, 150, 240, 300, 450, 500, 800]);
    const producer = rng.pick([10, 20, 25, 40, 50]);
    const consumer = rng.pick([5, 8, 10, 15, 20, 30]);
    const forProducers = Math.ceil(target / producer);
    const forConsumers = Math.ceil(target / consumer);
    const answer = Math.max(forProducers, forConsumers);
    const prompt = [
      `A topic must carry ${target} MB/s at peak. Benchmarks show one partition takes at most ${producer} MB/s of producer writes, and one consumer (one partition each) processes ${consumer} MB/s.`,
      '',
      'What is the smallest number of partitions that lets both producers and the consumer group keep up? Answer with a number.',
    ].join('\n');
    const explanation = [
      `Producers need ceil(${target} / ${producer}) = ${forProducers} partitions and the consumer group needs ceil(${target} / ${consumer}) = ${forConsumers}, because a group cannot run more busy consumers than there are partitions.`,
      `The topic needs the larger of the two: ${answer}. Round up, never down: a fraction of a partition does not exist and rounding down falls short at peak.`,
      'In practice add headroom for growth, since adding partitions later moves keys to different partitions and breaks per-key ordering across the change; too many partitions cost memory, file handles and longer recovery.',
      'Source: Confluent blog "How to choose the number of topics/partitions in a Kafka cluster?" (Jun Rao): partitions >= max(t/p, t/c) for target throughput t, per-partition producer throughput p and consumer throughput c; Apache Kafka docs: a group runs at most one consumer per partition.',
    ].join(' ');
    return {
      prompt,
      solution: String(answer),
      explanation,
      key: integer(answer),
      mistakes: [
        { key: integer(Math.min(forProducers, forConsumers)), hint: 'That satisfies only one side; the slower side (usually consumers) decides.' },
        { key: integer(Math.floor(target / Math.min(producer, consumer))), hint: 'Round up: a partial partition still needs a whole one.' },
        { key: integer(forProducers + forConsumers), hint: 'Producers and consumers use the same partitions, so take the larger need, not the sum.' },
      ],
    };
  },
});
