import { findPhrases } from './find-phrases';
import type { ReadText } from './read-text';

/** A message log a learner may build on. Kafka-compatible services (MSK, Confluent, Redpanda, Event Hubs' Kafka endpoint) count as Kafka. */
export type StreamTool = 'kafka' | 'kinesis' | 'pubsub' | 'pulsar';

/** How each tool is written, and its name in a finding. Sources: the vendors' product names. */
const TOOL_NAMES: readonly { id: StreamTool; name: string; phrases: readonly string[] }[] = [
  { id: 'kafka', name: 'Kafka', phrases: ['kafka', 'msk', 'amazon msk', 'confluent', 'confluent cloud', 'redpanda', 'event hubs', 'eventhubs', 'kafka streams'] },
  { id: 'kinesis', name: 'Kinesis', phrases: ['kinesis', 'kinesis data streams', 'kinesis stream', 'kinesis streams'] },
  { id: 'pubsub', name: 'Pub/Sub', phrases: ['pub/sub', 'pub sub', 'pubsub', 'google pub/sub', 'cloud pub/sub'] },
  { id: 'pulsar', name: 'Pulsar', phrases: ['pulsar', 'apache pulsar'] },
];

/**
 * Settings and client pieces that exist on some logs only, and the logs that have them. Data, not logic: add a
 * setting here. Sources: Apache Kafka documentation, "Producer Configs" (acks, enable.idempotence, transactional.id,
 * linger.ms, batch.size, max.in.flight.requests.per.connection), "Consumer Configs" (isolation.level, enable.auto.commit,
 * auto.offset.reset), "Topic Configs" (min.insync.replicas, unclean.leader.election.enable); Amazon Kinesis Data Streams
 * developer guide (the KPL and its RecordMaxBufferedTime and aggregation, the KCL, enhanced fan-out; writes are
 * replicated across three Availability Zones with no acks, replication or in-sync-replica setting, and there are no
 * idempotent producers or transactions); Apache Pulsar documentation (producer deduplication, ack and write quorums,
 * transactions); Google Cloud Pub/Sub documentation (ack deadlines, exactly-once delivery on a subscription, no
 * partitions or producer acks). Only names that are a tool's own are listed: "replication", "batching", "idempotent
 * writes" and "transactions" in a sink are everyone's.
 */
const TOOL_SETTINGS: readonly { phrases: readonly string[]; owners: readonly StreamTool[] }[] = [
  { phrases: ['acks=all', 'acks = all', 'acks=1', 'acks=0', 'acks=-1', 'acks all', 'acks setting', 'acks config'], owners: ['kafka'] },
  { phrases: ['enable.idempotence', 'enable idempotence', 'idempotent producer', 'idempotent producers', 'producer idempotence'], owners: ['kafka', 'pulsar'] },
  { phrases: ['transactional.id', 'transactional id', 'read_committed', 'isolation.level', 'read committed isolation'], owners: ['kafka', 'pulsar'] },
  { phrases: ['min.insync.replicas', 'min insync replicas', 'min isr', 'minimum in-sync replicas', 'in-sync replicas', 'unclean.leader.election', 'unclean leader election'], owners: ['kafka'] },
  { phrases: ['linger.ms', 'batch.size', 'max.in.flight.requests.per.connection', 'enable.auto.commit', 'auto.offset.reset'], owners: ['kafka'] },
  { phrases: ['kpl', 'kinesis producer library', 'recordmaxbufferedtime', 'kcl', 'kinesis client library', 'enhanced fan-out', 'enhanced fan out'], owners: ['kinesis'] },
  { phrases: ['ack deadline', 'ackdeadline', 'ack_deadline_seconds'], owners: ['pubsub'] },
];

/** A setting the learner gave the log they chose, when only another log has it ("acks=all" on a Kinesis stream). */
export type ForeignSetting = {
  /** The learner's words naming the setting, verbatim. */
  setting: string;
  /** The learner's clause, verbatim. */
  clause: string;
  /** Character offsets of the setting, end exclusive. */
  start: number;
  end: number;
  /** The log the learner chose, by name ("Kinesis"). */
  chosen: string;
  /** The logs that do have the setting, by name ("Kafka"). */
  owners: string;
};

// Words right before a tool's name that set it aside ("Kinesis instead of Kafka", "rather than Kafka", "unlike Kafka").
const SET_ASIDE: readonly (readonly string[])[] = [['instead', 'of'], ['rather', 'than'], ['unlike'], ['not'], ['than'], ['vs'], ['versus'], ['over'], ['replacing'], ['replace'], ['like'], ['from']];
// Words in a setting's clause that map one tool onto another instead of claiming the setting ("the shard plays the role of a partition", "KPL aggregation is the equivalent of linger.ms").
const MAPPING_WORDS: ReadonlySet<string> = new Set(['like', 'equivalent', 'equivalents', 'counterpart', 'analogue', 'analog', 'analogous', 'role', 'similar', 'corresponds', 'instead', 'rather', 'unlike', 'whereas', 'mirrors', 'maps', 'than']);

const TOOL_ENTRIES = TOOL_NAMES.map((tool) => ({ id: tool.id, phrases: tool.phrases }));
const SETTING_ENTRIES = TOOL_SETTINGS.map((setting, index) => ({ id: String(index), phrases: setting.phrases }));
const NAME_OF: Readonly<Record<StreamTool, string>> = Object.fromEntries(TOOL_NAMES.map((tool) => [tool.id, tool.name])) as Record<StreamTool, string>;

const chosenCache = new WeakMap<ReadText, readonly StreamTool[]>();

/**
 * The logs the learner builds on: each tool named in an affirmed claim ("We'd use Kinesis Data Streams"), not one set
 * aside ("instead of Kafka", "unlike Kafka"), negated ("not Kafka") or in a counterfactual. In the order first named;
 * empty when the text names none. Pure; read once per text.
 */
export function chosenStreamTools(read: ReadText): readonly StreamTool[] {
  const cached = chosenCache.get(read);
  if (cached) return cached;
  const chosen: StreamTool[] = [];
  for (const hit of findPhrases(read, TOOL_ENTRIES)) {
    if (hit.polarity !== 'affirmed' || hit.hypothetical || hit.retracted || setAside(read, hit.from)) continue;
    if (!chosen.includes(hit.id)) chosen.push(hit.id);
  }
  chosenCache.set(read, chosen);
  return chosen;
}

/** Tools mentioned anywhere, even set aside: a learner who compares ("unlike Kafka's acks=all") is not claiming the setting for their tool. */
function namedTools(read: ReadText, sentence: number): readonly StreamTool[] {
  return findPhrases(read, TOOL_ENTRIES).filter((hit) => hit.sentence === sentence).map((hit) => hit.id);
}

function setAside(read: ReadText, from: number): boolean {
  const before = (k: number) => read.tokens[from - k]?.norm ?? '';
  return SET_ASIDE.some((words) => words.every((word, i) => before(words.length - i) === word));
}

const foreignCache = new WeakMap<ReadText, readonly ForeignSetting[]>();

/**
 * The settings the learner claims for a log that does not have them: "Kinesis ... Producer with acks=all and
 * min.insync.replicas=2 on the stream", "Set acks=all and enable idempotence in the KPL" when Kinesis is the only log the
 * answer builds on. A setting counts when it is affirmed in a claim (not negated, hedged away, in a counterfactual or
 * taken back), the answer chose one or more logs (see `chosenStreamTools`) and none of them has it, and its sentence
 * names no log that has it nor maps one tool onto another ("the KPL's aggregation plays the role of linger.ms",
 * "shards are like partitions"). In text order; empty when the answer names no log or only its own settings. Pure; read
 * once per text.
 */
export function foreignSettings(read: ReadText): readonly ForeignSetting[] {
  const cached = foreignCache.get(read);
  if (cached) return cached;
  const chosen = chosenStreamTools(read);
  const found: ForeignSetting[] = [];
  if (chosen.length > 0) {
    for (const hit of findPhrases(read, SETTING_ENTRIES)) {
      if (hit.polarity !== 'affirmed' || hit.hypothetical || hit.retracted) continue;
      const owners = TOOL_SETTINGS[Number(hit.id)]?.owners ?? [];
      if (chosen.some((tool) => owners.includes(tool))) continue;
      if (namedTools(read, hit.sentence).some((tool) => owners.includes(tool))) continue;
      const clause = read.clauses[hit.clause];
      if (clause && read.tokens.slice(clause.from, clause.to).some((token) => MAPPING_WORDS.has(token.norm))) continue;
      found.push({ setting: hit.verbatim, clause: hit.clauseText, start: hit.start, end: hit.end, chosen: chosen.map((tool) => NAME_OF[tool]).join(' and '), owners: owners.map((tool) => NAME_OF[tool]).join(' and ') });
    }
  }
  foreignCache.set(read, found);
  return found;
}

/** The setting of `foreignSettings` that overlaps characters `[start, end)`, if any. Pure. */
export function foreignSettingAt(read: ReadText, start: number, end: number): ForeignSetting | undefined {
  if (start < 0) return undefined;
  return foreignSettings(read).find((setting) => setting.start < end && setting.end > start);
}
