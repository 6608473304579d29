import { defineGenerator } from '../define-generator';
import { countWord, plural } from '../format';
import type { AnswerKey } from '../types';

const integer = (value: number): AnswerKey => ({ kind: 'integer', value });

export const consumerIdle = defineGenerator({
  id: 'consumer-idle',
  topic: 'kafka',
  title: 'Idle consumers in a consumer group',
  build(rng) {
    const partitions = rng.pick([1, 2, 3, 4, 6, 8, 10, 12, 16, 24, 32]);
    // About half the drills have more consumers than partitions, the case that leaves some idle.
    const consumers = rng.chance(0.5) ? partitions + rng.int(1, 8) : rng.int(1, partitions);
    const otherGroup = rng.chance(0.5) ? rng.int(1, 12) : 0;
    const idle = Math.max(0, consumers - partitions);
    const busiest = Math.ceil(partitions / consumers);
    const prompt = [
      `The topic \`clickstream\` has ${plural(partitions, 'partition')}. The consumer group \`sessioniser\` runs ${plural(consumers, 'consumer')} (all subscribed to \`clickstream\`).`,
      otherGroup > 0 ? `A second group, \`fraud-check\`, also reads the topic with ${plural(otherGroup, 'consumer')}.` : '',
      '',
      `How many consumers in \`sessioniser\` sit idle, with no partition assigned?`,
    ]
      .filter((line, index) => line !== '' || index === 2)
      .join('\n');
    const explanation = [
      'Within one consumer group each partition is assigned to exactly one consumer, while one consumer may own several partitions.',
      idle > 0
        ? `With ${consumers} consumers and ${partitions} partitions, only ${partitions} consumers can get a partition and the other ${countWord(idle)} wait as hot standbys that take over after a rebalance.`
        : `With ${consumers} consumers and ${partitions} partitions every consumer gets at least one partition (the busiest gets ${busiest}), so none is idle.`,
      otherGroup > 0 ? 'The other group does not matter: every group gets all partitions for itself and its consumers are balanced separately.' : '',
      'The partition count caps a group\'s parallelism; to scale further, add partitions (which changes which partition a key maps to).',
      'Source: Apache Kafka documentation, Design "Consumer position" and the consumer API (each partition is consumed by exactly one consumer in a group; with more consumers than partitions the extra ones get none); this holds for the classic and the KIP-848 group protocols (`group.protocol`).',
    ]
      .filter((line) => line !== '')
      .join(' ');
    const mistakes = [
      { key: integer(Math.abs(partitions - consumers)), hint: idle === 0 ? 'Extra partitions do not idle anyone: consumers simply take several partitions each.' : 'Count consumers beyond the number of partitions.' },
      { key: integer(partitions % consumers), hint: 'Partitions are spread over all consumers; a remainder only means some consumers own one partition more than others.' },
      ...(otherGroup > 0 ? [{ key: integer(Math.max(0, consumers + otherGroup - partitions)), hint: 'Groups do not share partitions: each group reads the whole topic on its own.' }] : []),
    ];
    return {
      prompt,
      solution: idle === 0 ? '0 (none idle)' : `${idle} idle`,
      explanation,
      key: integer(idle),
      mistakes,
    };
  },
});
