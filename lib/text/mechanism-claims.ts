import { readClaim } from './claims';
import type { ClaimSpec } from './claims';
import { normaliseText } from './normalise';
import type { ReadText } from './read-text';
import { readNoReplicaHeadroom } from './replica-headroom';
import { readArrivalWatermark } from './arrival-watermark';
import { readAcceptedLoss } from './accepted-loss';
import { readDeniedReplay } from './denied-replay';

/**
 * Confident wrong statements about HOW a mechanism works, shared by every case: a learner who names the right tool and
 * then says what it does wrongly ("the restarted job resumes from whatever startingOffsets says", "the idempotent
 * producer also drops Visa's resends") has not earned the point that mechanism carries, whatever the case's own rubric
 * lists. Two kinds:
 * - `wrong`: the claim misstates a mechanism a key point is about. The points it `misstates` (a key point whose own
 *   keywords include one of these phrases) are lost, and the claim costs like a wrong claim of the rubric.
 * - `outdated`: true of an older release, no longer so ("a ZooKeeper ensemble tracks the in-sync replicas"). An
 *   interviewer notes it and the answer stays off full marks, but the point it sits in stands.
 * Each is read in one clause (scope `clause`), affirmed; a negated or bounded clause ("idempotence does not cover the
 * network's resends") does not make it.
 *
 * Sources: Spark Structured Streaming + Kafka integration guide (startingOffsets "only applies when a new query is
 * started, and resuming will always pick up from where the query left off"); Kafka producer configs and KIP-98
 * (idempotence de-duplicates the producer's own retries by producer id and sequence number, within a session; a
 * message sent again by an upstream system is a new record); KIP-500 and the Kafka 4.0 release notes (KRaft: the
 * controller quorum, not ZooKeeper, keeps the metadata, ISR changes and leader elections; ZooKeeper mode removed in
 * 4.0); Kleppmann, Designing Data-Intensive Applications ch. 5 and 7 (last write wins discards concurrent writes;
 * eventual consistency gives no isolation for a read-check-write such as a balance check).
 */
export type MechanismClaim = ClaimSpec & {
  id: string;
  kind: 'wrong' | 'outdated';
  /** Key point keywords (lower case) naming the mechanism the claim misstates: those points are lost (kind `wrong`). */
  misstates: readonly string[];
  /**
   * Words that, in the claim's clause, make it the right statement or a bounded one ("picks up from the checkpoint,
   * startingOffsets is ignored", "idempotence only covers our own retries"): the clause does not make the claim.
   */
  unless: readonly string[];
  /** Lower-case stems of `keywords`: a text with none of them is not read for the claim (speed only). */
  gate: readonly string[];
  /** Why it is wrong or outdated, one or two sentences shown with the learner's words. */
  why: string;
  /** A wrong detail of the right mechanism (a limit set wrong): it costs the points it misstates and nothing more. */
  detail?: boolean;
  /** Read from the learner's settings instead of their words: a min.insync.replicas as high as the replication factor (replica-headroom.ts). */
  relation?: 'no-replica-headroom' | 'watermark-on-arrival' | 'accepted-loss' | 'denied-replay';
  /**
   * Wrong only where the prompt asks for the mechanism it `misstates` and the answer does not give it: letting late
   * readings go is wrong where a point recomputes them, and an answer that recomputes them may let the stream drop them.
   */
  onlyWhereMissing?: boolean;
};

const RESTART = ['says', 'whatever', 'follows', 'decides', 'restart', 'restarts', 'restarted', 'after a crash', 'on restart', 'starts again', 'start again', 'resumes', 'resume', 'picks up', 'comes back'];

export const MECHANISM_CLAIMS: readonly MechanismClaim[] = [
  {
    id: 'starting-offsets-on-restart',
    gate: ['startingoffset', 'starting offset', 'starting-offset'],
    kind: 'wrong',
    keywords: ['startingOffsets', 'starting offsets'],
    assert: [RESTART],
    scope: 'clause',
    misstates: ['checkpoint', 'checkpointed offsets', 'checkpoint location', 'offset log'],
    unless: ['checkpoint', 'checkpointed', 'only', 'first time', 'ignored', 'ignores', 'new query', 'no part', 'not'],
    why: 'startingOffsets is read only by a query that starts with no checkpoint; a restarted query resumes from the offsets in its checkpoint, whatever startingOffsets says.',
  },
  {
    id: 'idempotence-covers-upstream-resends',
    gate: ['idempoten'],
    kind: 'wrong',
    keywords: ['idempotent producer', 'producer idempotence', 'idempotence', 'enable.idempotence'],
    assert: [
      ['covers', 'also covers', 'removes', 'also removes', 'handles', 'drops', 'catches', 'takes care of', 'removed', 'handled', 'dropped', 'dedupes', 'deduplicates'],
      ['visa', 'mastercard', 'card network', 'card networks', 'network resends', 'networks resends', 'upstream', 'source system'],
    ],
    scope: 'clause',
    misstates: ['dedupe', 'deduplicate', 'deduplication', 'network reference', 'unique reference', 'idempotency key'],
    unless: ['only', 'not', 'own retries', 'new message', 'brand new', 'stop at', 'stops at'],
    why: "Producer idempotence drops only the producer's own retried batches (same producer id and sequence number); an authorisation the network sends again is a new message to Kafka, so it must be deduplicated on the network's reference.",
  },
  {
    id: 'last-write-wins-idempotent',
    gate: ['last write', 'last-write', 'overwrites the first', 'apply it again'],
    kind: 'wrong',
    keywords: ['last write wins', 'last-write-wins', 'overwrites the first', 'apply it again', 'just apply it again'],
    assert: [['idempotent', 'idempotency', 'retry', 'retries', 'retried', 'resend', 'resends', 'duplicate', 'duplicates']],
    scope: 'clause',
    misstates: ['idempotency key', 'unique constraint', 'network reference', 'unique reference', 'dedupe', 'deduplicate'],
    unless: ['not', 'never', 'unique constraint', 'idempotency key'],
    why: 'Applying a retried posting again is not idempotent: a second decrement takes the money twice, and last write wins silently discards one of two concurrent writes. A unique key on the request makes the retry a no-op.',
  },
  {
    id: 'eventual-consistency-for-balances',
    gate: ['eventual'],
    kind: 'wrong',
    keywords: ['eventually consistent', 'eventual consistency'],
    assert: [['balance', 'balances', 'ledger', 'same moment', 'same time', 'concurrent', 'two purchases', 'settles', 'double spend']],
    scope: 'clause',
    misstates: ['acid', 'transaction', 'serializable', 'for update', 'row lock', 'isolation'],
    unless: ['not', 'never', 'unlike', 'instead of', 'rather than', 'only for', 'read replica', 'read replicas'],
    why: 'Eventual consistency gives no isolation to a read-check-write: two purchases can both read the old balance and both be approved. A balance check needs one ACID transaction with a row lock or serializable isolation.',
  },
  {
    id: 'min-insync-equals-replication',
    gate: ['insync', 'isr', 'in-sync', 'in sync'],
    kind: 'wrong',
    keywords: ['min.insync.replicas', 'min isr'],
    scope: 'clause',
    relation: 'no-replica-headroom',
    detail: true,
    misstates: ['min.insync.replicas', 'min isr', 'minimum in-sync replicas', 'min insync replicas'],
    unless: [],
    why: 'With min.insync.replicas equal to the replication factor, acks=all writes fail (NotEnoughReplicas) as soon as one replica is out of sync, so one broker down or restarting stops the topic. Set it one below the replication factor (RF 3, min.insync.replicas 2): one broker can fail and every acknowledged write is still on two.',
  },
  {
    id: 'watermark-on-arrival-time',
    gate: ['current_timestamp', 'now('],
    kind: 'wrong',
    keywords: ['current_timestamp', 'now()'],
    scope: 'clause',
    relation: 'watermark-on-arrival',
    detail: true,
    misstates: ['event time', 'event-time', 'event timestamp', 'watermark', 'withwatermark'],
    unless: [],
    why: 'A watermark on a column filled with current_timestamp() is on arrival time: every row is "on time", a late row is counted in the window it arrived in, not the one it happened in, and the delay only holds state. Put the watermark and the windows on the event-time column from the message.',
  },
  {
    id: 'exactly-once-external-api',
    gate: ['api', 'webhook', 'endpoint'],
    kind: 'wrong',
    keywords: ['rest api', 'http api', 'external api', 'partner api', 'web api', 'webhook', 'http endpoint', 'api call', 'api calls'],
    assert: [['exactly once', 'exactly-once', 'sent once', 'called once', 'only once', 'never sent twice', 'not be sent twice']],
    scope: 'clause',
    misstates: ['idempotent sink', 'transactional sink', 'idempotent', 'idempotency key', 'merge', 'upsert'],
    unless: ['idempotency key', 'idempotency', 'idempotent', 'not', 'never', 'at-least-once', 'at least once', 'outbox', 'dedupe', 'deduplicate', 'cannot', 'no longer'],
    why: "A replayed micro-batch or restored checkpoint calls the API again: the checkpoint makes the job's own offsets and state exactly-once, not the side effects of foreachBatch or a sink function. Exactly-once to an external API needs an idempotency key the API honours, or an outbox written in the same transaction and sent at least once.",
  },
  {
    id: 'late-data-loss-accepted',
    gate: ['drop', 'lost', 'lose', 'losing', 'discard', 'ignor', 'miss', 'skip'],
    kind: 'wrong',
    keywords: [],
    scope: 'clause',
    relation: 'accepted-loss',
    onlyWhereMissing: true,
    misstates: ['recompute', 'recomputes', 'backfill', 'reprocess', 'rebuild', 'batch recompute', 'side output', 'dead letter'],
    unless: [],
    why: 'Data dropped by the stream is lost for good unless something brings it back: after a reconnect or an outage it is not "a few" readings but everything older than the watermark. Keep the raw data and recompute the affected windows (or route late data to a side output), so the results the business reads have no silent gaps.',
  },
  {
    id: 'topic-wide-order',
    gate: ['order'],
    kind: 'wrong',
    keywords: ['order', 'ordering', 'ordered'],
    assert: [['whole topic', 'entire topic', 'across the topic', 'across the whole topic', 'across topics', 'across partitions', 'across all partitions', 'across every partition', 'topic-wide', 'topic wide', 'globally', 'global', 'total order', 'partition count does not matter', 'partition count doesn\'t matter', 'number of partitions does not matter', 'regardless of partition', 'regardless of the partition', 'whatever the partition', 'any partition']],
    scope: 'clause',
    misstates: ['partition key', 'message key', 'key by patient', 'key by machine', 'key by sensor', 'key by driver', 'keyed by patient', 'keyed by machine', 'keyed by sensor', 'keyed by driver', 'same partition', 'one partition'],
    unless: ['only within', 'within a partition', 'within each partition', 'within one partition', 'per partition', 'per-partition', 'not', 'no', 'never', 'only per', 'unlike', 'instead of', 'need', 'needs', 'needed', 'require', 'requires', 'required', 'want', 'wants', 'would', 'single partition', 'one partition', 'only with', 'only if'],
    why: 'Kafka keeps order only within a partition, never across a topic; one entity\'s events stay in order only if they share a key and so a partition, and adding partitions later remaps keys, so events of one key can be read out of order at the switch-over.',
  },
  {
    id: 'at-least-once-without-repeats',
    gate: ['least once', 'least-once'],
    kind: 'wrong',
    keywords: [],
    scope: 'clause',
    relation: 'denied-replay',
    detail: true,
    misstates: ['at least once', 'at-least-once'],
    unless: [],
    why: 'At-least-once means a batch done but not yet committed when the consumer crashes is read and done again after the restart: repeats are what it allows. Only an idempotent write (an upsert or merge by key, or the offsets stored in the same transaction) makes the repeat harmless.',
  },
  {
    id: 'zookeeper-tracks-isr',
    gate: ['zookeeper', 'zoo keeper'],
    kind: 'outdated',
    keywords: ['zookeeper', 'zookeeper ensemble'],
    assert: [['in sync', 'in-sync', 'isr', 'elects', 'elect', 'leader', 'leaders', 'controller', 'keeps track', 'tracks', 'metadata']],
    scope: 'clause',
    misstates: [],
    unless: ['kraft', 'older', 'old', 'legacy', 'used to', 'before', 'pre', 'no longer', 'replaced', 'not'],
    why: 'Current Kafka runs in KRaft mode: a quorum of controllers keeps the metadata, the in-sync replica sets and leader elections; ZooKeeper mode was deprecated in 3.5 and removed in 4.0.',
  },
];

/** A mechanism claim the text affirms, with the clause that affirms it. */
export type MechanismClaimHit = { claim: MechanismClaim; clause: string };

/**
 * The mechanism claims `read` affirms (stated or hedged, in one clause), in `MECHANISM_CLAIMS` order, each once.
 * Pure; `read` is read once by the caller (readText caches).
 */
export function readMechanismClaims(read: ReadText): MechanismClaimHit[] {
  const hits: MechanismClaimHit[] = [];
  // Reading a claim costs about half a millisecond; most answers name none of these mechanisms, so a claim is read only
  // when its keyword stem is in the text (the stems are what `keywords` share, before lib/text's spelling tolerance).
  const lower = read.text.toLowerCase();
  for (const claim of MECHANISM_CLAIMS) {
    if (!claim.gate.some((stem) => lower.includes(stem))) continue;
    if (claim.relation === 'watermark-on-arrival') {
      const found = readArrivalWatermark(read);
      if (found) hits.push({ claim, clause: found.clause });
      continue;
    }
    if (claim.relation === 'accepted-loss') {
      const found = readAcceptedLoss(read);
      if (found) hits.push({ claim, clause: found.clause });
      continue;
    }
    if (claim.relation === 'denied-replay') {
      const found = readDeniedReplay(read);
      if (found) hits.push({ claim, clause: found.clause });
      continue;
    }
    if (claim.relation === 'no-replica-headroom') {
      const found = readNoReplicaHeadroom(read);
      if (found) hits.push({ claim, clause: found.clause });
      continue;
    }
    const reading = readClaim(read, claim);
    if (reading.status !== 'stated' && reading.status !== 'hedged') continue;
    const clause = reading.clause ?? reading.quote ?? '';
    if (!saysOtherwise(clause, claim.unless)) hits.push({ claim, clause });
  }
  return hits;
}

/** Whether `clause` holds one of `unless` as whole words (after lib/text normalising). */
function saysOtherwise(clause: string, unless: readonly string[]): boolean {
  const words = ` ${normaliseText(clause)} `;
  return unless.some((phrase) => words.includes(` ${normaliseText(phrase)} `));
}

/** The ids of `points` whose own keywords name a mechanism `claim` misstates (none for an outdated claim). Pure. */
export function misstatedPoints(claim: MechanismClaim, points: readonly { id: string; keywords: readonly string[] }[]): string[] {
  if (claim.kind !== 'wrong') return [];
  const named = new Set(claim.misstates.map((phrase) => phrase.toLowerCase()));
  return points.filter((point) => point.keywords.some((keyword) => named.has(keyword.toLowerCase()))).map((point) => point.id);
}
