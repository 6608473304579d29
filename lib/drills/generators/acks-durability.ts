import { defineGenerator } from '../define-generator';
import { plural } from '../format';
import { assertNever } from '../../util/assert-never';
import type { AnswerKey, Mistake } from '../types';

type Question = 'all-writes' | 'all-durable' | 'one-writes' | 'one-durable';

const integer = (value: number): AnswerKey => ({ kind: 'integer', value });

/** The documented behaviour each variant relies on. */
const SOURCES: Readonly<Record<'all' | '1', string>> = {
  all: 'Source: Apache Kafka documentation, producer config `acks` (acks=all: the leader waits for the full set of in-sync replicas, so the record is not lost while at least one in-sync replica remains alive) and topic config `min.insync.replicas` (with acks=all, fewer in-sync replicas than this makes writes fail with NotEnoughReplicas); `unclean.leader.election.enable=false` keeps out-of-sync replicas from becoming leader.',
  '1': 'Source: Apache Kafka documentation, producer config `acks` (acks=1: the leader writes the record to its local log and responds without waiting for followers, so a leader failure right after the acknowledgement loses it) and topic config `min.insync.replicas` (enforced only for acks=all producers).',
};

export const acksDurability = defineGenerator({
  id: 'acks-durability',
  topic: 'kafka',
  title: 'Broker failures a topic survives for a given acks setting',
  build(rng) {
    const replication = rng.pick([2, 3, 3, 3, 4, 5]);
    const minIsr = rng.int(1, replication);
    const question: Question = rng.pick(['all-writes', 'all-writes', 'all-durable', 'one-writes', 'one-durable'] as const);
    const acks = question === 'all-writes' || question === 'all-durable' ? 'all' : '1';
    const durable = question === 'all-durable' || question === 'one-durable';
    // The durability questions ask about any acknowledged write, so the premise lets the in-sync set shrink
    // to its minimum first; the write questions start from a full in-sync set (Kafka docs, acks and ISR).
    const premise = durable
      ? `Unclean leader election is disabled. A follower that falls behind for longer than \`replica.lag.time.max.ms\` leaves the in-sync replica set (ISR), and ${acks === 'all' ? `writes keep being acknowledged as long as the ISR has at least ${minIsr} members` : 'writes keep being acknowledged while the leader is up'}.`
      : 'Unclean leader election is disabled, and all replicas are in sync when the failures start.';
    const setup = `A topic has replication factor ${replication} and \`min.insync.replicas=${minIsr}\`. Producers write with \`acks=${acks}\`. ${premise}`;
    let ask: string;
    let answer: number;
    let why: string;
    const mistakes: Mistake[] = [];
    switch (question) {
      case 'all-writes':
        ask = 'How many brokers holding replicas of a partition can fail while producers can still write to it?';
        answer = replication - minIsr;
        why = `With acks=all the leader accepts a write only while the in-sync replica set has at least min.insync.replicas members; below that, producers get NotEnoughReplicas errors. ${replication} replicas - ${minIsr} required = ${plural(answer, 'failure')} tolerated.${minIsr === replication ? ' Setting min.insync.replicas equal to the replication factor means any single broker failure stops writes; RF 3 with min.insync.replicas 2 is the usual balance.' : ''}`;
        mistakes.push({ key: integer(replication - 1), hint: 'That would be true for acks=1; with acks=all, min.insync.replicas stops writes before the last replica is reached.' });
        mistakes.push({ key: integer(minIsr), hint: 'min.insync.replicas is how many replicas must stay in sync, not how many may fail.' });
        break;
      case 'all-durable':
        ask = 'No acknowledged write may ever be lost, whenever it was acknowledged. How many brokers holding replicas of a partition can fail at the same time with that guarantee still holding?';
        answer = minIsr - 1;
        why = `An acks=all write is acknowledged once every in-sync replica has it, and the in-sync set has at least ${minIsr} members, so each acknowledged record exists on at least ${minIsr} brokers. Losing ${plural(answer, 'broker')} still leaves one copy that can become leader.${minIsr === 1 ? ' With min.insync.replicas=1 the in-sync set may shrink to the leader alone, so acks=all then protects no better than acks=1.' : ''}`;
        mistakes.push({ key: integer(replication - 1), hint: `That holds only for writes acknowledged while all ${replication} replicas were in sync; a write acknowledged while the ISR was down to ${minIsr} exists on only ${minIsr} brokers.` });
        mistakes.push({ key: integer(replication - minIsr), hint: 'That is how many failures writes survive, not how many an already acknowledged record survives.' });
        break;
      case 'one-writes':
        ask = 'How many brokers holding replicas of a partition can fail while producers can still write to it?';
        answer = replication - 1;
        why = `min.insync.replicas is only enforced for acks=all. With acks=1 a write needs just a live leader, and any surviving in-sync replica can be elected leader, so writes continue until the last replica is gone: ${replication} - 1 = ${answer}.`;
        mistakes.push({ key: integer(replication - minIsr), hint: 'min.insync.replicas does not apply to acks=1 producers.' });
        break;
      case 'one-durable':
        ask = 'No acknowledged write may ever be lost, whenever it was acknowledged. How many brokers holding replicas of a partition can fail at the same time with that guarantee still holding?';
        answer = 0;
        why = 'With acks=1 the leader acknowledges as soon as it has written the record locally, before any follower copies it. If the leader fails right then, a follower without the record becomes leader and the acknowledged record is gone, so no failure is safe. Use acks=all with min.insync.replicas >= 2 for durability.';
        mistakes.push({ key: integer(minIsr - 1), hint: 'That would hold for acks=all; with acks=1 followers may not have the record yet when it is acknowledged.' });
        mistakes.push({ key: integer(replication - 1), hint: 'Replicas only protect records they have already copied; acks=1 does not wait for that.' });
        break;
      default:
        return assertNever(question, 'question');
    }
    return {
      prompt: [setup, '', ask, 'Answer with a number.'].join('\n'),
      solution: String(answer),
      explanation: `${why} Leader election among in-sync replicas is run by the KRaft controller quorum (Kafka 4.0 no longer uses ZooKeeper). ${SOURCES[acks]}`,
      key: integer(answer),
      mistakes,
    };
  },
});
