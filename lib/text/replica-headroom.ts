import type { ReadText } from './read-text';
import { weighedAt } from './commitment';
import { readValues } from './values';

/** A topic whose min.insync.replicas leaves no replica to lose: the learner's clause and the two figures. */
export type NoReplicaHeadroom = { clause: string; replication: number; minInsync: number };

/**
 * A min.insync.replicas set as high as the replication factor ("replication factor 3 and min.insync.replicas=3"): with
 * acks=all the leader refuses every write (NotEnoughReplicas) as soon as one replica is out of sync, so a single broker
 * down or restarting stops the topic; the usual value is RF - 1 (RF 3, min ISR 2). Read from the values the learner
 * affirms as their own (not in a counterfactual, a withdrawn stretch or options weighed before a choice), settings only ("2 copies" is not a replication
 * factor): the highest replication factor against each
 * min.insync.replicas. Source: Apache Kafka documentation, "Topic Configs" (min.insync.replicas: "When a producer sets
 * acks to all, min.insync.replicas specifies the minimum number of replicas that must acknowledge a write ... If this
 * minimum cannot be met, then the producer will raise an exception (NotEnoughReplicas)"; "a typical scenario would be to
 * create a topic with a replication factor of 3, set min.insync.replicas to 2"). Undefined when no such pair is said.
 * Pure.
 */
export function readNoReplicaHeadroom(read: ReadText): NoReplicaHeadroom | undefined {
  const own = readValues(read).filter((value) => {
    if (value.polarity !== 'affirmed' || typeof value.value !== 'number') return false;
    const token = read.tokens.findIndex((item) => item.end > value.start);
    // A value weighed before a choice ("RF 2 or 3? I'd go with 3") is not claimed (commitment.ts).
    return token >= 0 && read.role[token] === 'claim' && (read.withdrawnBy[token] ?? -1) < 0 && !weighedAt(read, token);
  });
  const replication = Math.max(0, ...own.filter((value) => value.key === 'replication.factor' && value.kind === 'setting').map((value) => value.value as number));
  if (replication < 1) return undefined;
  const minInsync = own.find((value) => value.key === 'min.insync.replicas' && value.kind === 'setting' && (value.value as number) >= replication);
  if (!minInsync) return undefined;
  const token = read.tokens.findIndex((item) => item.end > minInsync.start);
  const clause = read.clauses[read.clauseOf[token] ?? -1]?.text ?? minInsync.text;
  return { clause, replication, minInsync: minInsync.value as number };
}
