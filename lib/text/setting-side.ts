import { findPhrases } from './find-phrases';
import type { ReadText } from './read-text';

/** The side of a streaming pipeline a setting is configured on. */
export type PipelineSide = 'producer' | 'consumer' | 'topic' | 'sink';

/** A setting the learner put on a side it does not belong to ("enable.idempotence on the consumer group"). */
export type MisplacedSetting = {
  /** The learner's words naming the setting, verbatim. */
  setting: string;
  /** The learner's words naming the side it was put on ("consumer group"). */
  said: string;
  side: PipelineSide;
  /** Where the setting does belong, in words ("the producer"). */
  belongs: string;
};

/**
 * Settings and mechanisms that belong to one side of a Kafka / stream-processing pipeline, and the sides that are wrong
 * for them. Sources: Apache Kafka documentation, "Producer Configs" (acks, enable.idempotence, transactional.id,
 * linger.ms, batch.size, max.in.flight.requests.per.connection), "Consumer Configs" (isolation.level, enable.auto.commit,
 * auto.offset.reset, max.poll.records), "Topic Configs" / "Broker Configs" (min.insync.replicas, replication factor,
 * retention.ms, cleanup.policy, unclean.leader.election.enable); Spark Structured Streaming and Flink documentation
 * (a checkpoint and a watermark belong to the streaming job, startingOffsets to its Kafka source). Only the sides that are
 * clearly wrong are listed: a Kafka sink is a producer, a Flink Kafka source may assign watermarks, a sink takes part in
 * checkpoints.
 */
const SETTINGS: readonly { id: string; phrases: readonly string[]; belongs: string; wrong: readonly PipelineSide[] }[] = [
  { id: 'producer', phrases: ['enable.idempotence', 'acks=all', 'acks=1', 'acks setting', 'acks config', 'transactional.id', 'transactional id', 'linger.ms', 'batch.size', 'max.in.flight.requests.per.connection', 'max in flight'], belongs: 'the producer', wrong: ['consumer', 'topic'] },
  { id: 'consumer', phrases: ['isolation.level', 'isolation level', 'read_committed', 'enable.auto.commit', 'auto commit', 'auto-commit', 'auto.offset.reset', 'max.poll.records'], belongs: 'the consumer', wrong: ['producer', 'topic'] },
  { id: 'topic', phrases: ['min.insync.replicas', 'min insync replicas', 'min isr', 'minimum in-sync replicas', 'replication factor', 'retention.ms', 'cleanup.policy', 'unclean.leader.election', 'unclean leader election'], belongs: 'the topic (or broker)', wrong: ['producer', 'consumer'] },
  { id: 'checkpoint', phrases: ['checkpoint', 'checkpoints', 'checkpointing', 'checkpointLocation', 'checkpoint location'], belongs: 'the streaming job', wrong: ['producer', 'topic'] },
  { id: 'watermark', phrases: ['watermark', 'watermarks', 'withWatermark'], belongs: 'the streaming job', wrong: ['producer', 'sink', 'topic'] },
  { id: 'starting-offsets', phrases: ['startingOffsets', 'starting offsets'], belongs: 'the streaming job\'s Kafka source', wrong: ['producer', 'sink', 'topic'] },
];

const SIDE_NAMES: readonly { id: PipelineSide; phrases: readonly string[] }[] = [
  { id: 'producer', phrases: ['producer', 'producers', 'producer client', 'producer config', 'producer configs'] },
  { id: 'consumer', phrases: ['consumer', 'consumers', 'consumer group', 'consumer groups', 'consumer config', 'consumer configs'] },
  { id: 'topic', phrases: ['topic', 'topics', 'broker', 'brokers', 'topic config', 'broker config'] },
  { id: 'sink', phrases: ['sink', 'sinks', 'sink table', 'output sink'] },
];

// A preposition that puts the setting on what follows ("acks=all on the consumer group").
const ON: ReadonlySet<string> = new Set(['on', 'in', 'for', 'at', 'inside', 'within', 'into', 'to']);
// Words a setting and its preposition may have between them: its value, linking verbs, a coordinated setting.
const VALUE_WORDS: ReadonlySet<string> = new Set(['true', 'false', 'all', 'on', 'off', 'yes', 'no', 'enabled', 'disabled', 'set', 'is', 'are', 'and', 'also', 'turned', 'switched', 'configured', 'applied', 'only', 'both']);
// Words between a side named before the setting and the setting ("the consumer sets acks=all", "consumer's acks").
const OWNER_WORDS: ReadonlySet<string> = new Set(['set', 'sets', 'setting', 'use', 'uses', 'using', 'enable', 'enables', 'enabling', 'turn', 'turns', 'on', 'has', 'have', 'with', 'gets', 'get', 'configure', 'configures', 'side', 's', 'its', 'their', 'the', 'a', 'an', 'config', 'configuration', 'settings', 'we', 'will', 'should', 'must', 'keeps', 'keep', 'runs', 'run', 'does', 'do', 'takes', 'take', 'adds', 'add']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'each', 'every', 'our', 'its', 'their', 'this', 'that', 'all']);
const SKIP_MARKS: ReadonlySet<string> = new Set(['=', '_', '-', '.', "'", '’', ':']);
/** How far from the setting a side is read, in tokens. */
const REACH = 8;

const SETTING_ENTRIES = SETTINGS.map((setting) => ({ id: setting.id, phrases: setting.phrases }));
const SIDE_ENTRIES = SIDE_NAMES.map((side) => ({ id: side.id, phrases: side.phrases }));

/**
 * The side the learner put the setting or mechanism named at character offsets `[start, end)` on, when that side is
 * wrong for it: "enable.idempotence=true and acks=all on the consumer group", "the consumer sets acks=all",
 * "checkpoint in the producer", "a watermark on the sink", "min.insync.replicas on the producer". Read in the setting's
 * clause: a preposition after it (past its value, linking words and a coordinated setting: "acks=all and idempotence
 * on the consumer"), else a side named just before it with only owner words between ("the consumer's acks", "consumer
 * side acks", "the producer uses a checkpoint"), else a side the sentence opens with ("On the consumer side, we set
 * enable.idempotence=true and acks=all"). Undefined when the words name no known setting, no side, or a side the
 * setting may be on. Pure; never throws.
 */
export function misplacedSetting(read: ReadText, start: number, end: number): MisplacedSetting | undefined {
  const setting = findPhrases(read, SETTING_ENTRIES).find((hit) => hit.start < end && hit.end > start && writtenAsSetting(hit.verbatim));
  if (!setting) return undefined;
  const spec = SETTINGS.find((item) => item.id === setting.id);
  if (!spec) return undefined;
  const clause = read.clauses[setting.clause];
  if (!clause) return undefined;
  const inSentence = findPhrases(read, SIDE_ENTRIES).filter((hit) => hit.sentence === setting.sentence);
  const sides = inSentence.filter((hit) => hit.clause === setting.clause);
  const placed = sideAfter(read, setting.to, clause.to, sides) ?? sideBefore(read, setting.from, clause.from, sides) ?? sideFronted(read, setting.sentence, inSentence);
  if (!placed || !spec.wrong.includes(placed.id)) return undefined;
  return { setting: setting.verbatim, said: placed.verbatim, side: placed.id, belongs: spec.belongs };
}

// "acks=all" is the producer setting; "the consumer ACKs all messages" is the message sent back to a client (HL7, MQTT).
function writtenAsSetting(verbatim: string): boolean {
  const lower = verbatim.toLowerCase();
  return !lower.startsWith('ack') || /[=:\d]|setting|config/u.test(lower);
}

type SideHit = { id: PipelineSide; from: number; to: number; verbatim: string };

// "acks=all on the consumer group": past the value and linking words, a preposition, determiners, up to two modifiers, a side.
function sideAfter(read: ReadText, from: number, end: number, sides: readonly SideHit[]): SideHit | undefined {
  for (let i = from; i < end && i < from + REACH; i += 1) {
    const token = read.tokens[i];
    if (!token) return undefined;
    if (token.kind === 'mark') {
      if (SKIP_MARKS.has(token.norm)) continue;
      return undefined;
    }
    if (ON.has(token.norm)) {
      let k = i + 1;
      while (k < end && DETERMINERS.has(read.tokens[k]?.norm ?? '')) k += 1;
      return sides.find((side) => side.from >= k && side.from <= k + 2);
    }
    if (!(VALUE_WORDS.has(token.norm) || /^-?\d/.test(token.norm) || isSettingWord(token.norm))) return undefined;
  }
  return undefined;
}

// "the consumer sets acks=all", "the consumer's acks": a side right before the setting, with only owner words between.
function sideBefore(read: ReadText, from: number, start: number, sides: readonly SideHit[]): SideHit | undefined {
  const before = sides.filter((side) => side.to <= from && side.from >= start);
  const nearest = before[before.length - 1];
  if (!nearest || from - nearest.to > 4) return undefined;
  for (let i = nearest.to; i < from; i += 1) {
    const token = read.tokens[i];
    if (!token) return undefined;
    if (token.kind === 'mark' ? !SKIP_MARKS.has(token.norm) : !OWNER_WORDS.has(token.norm)) return undefined;
  }
  return nearest;
}

// "On the consumer side, we set ...": a sentence that opens with a preposition and a side puts its settings there.
function sideFronted(read: ReadText, sentence: number, sides: readonly SideHit[]): SideHit | undefined {
  const span = read.sentences[sentence];
  if (!span || !ON.has(read.tokens[span.from]?.norm ?? '')) return undefined;
  let k = span.from + 1;
  while (k < span.to && DETERMINERS.has(read.tokens[k]?.norm ?? '')) k += 1;
  return sides.find((side) => side.from >= k && side.from <= k + 1);
}

// The words of a setting's name, so "acks=all and enable.idempotence on the consumer" reads past the second one.
const SETTING_WORDS: ReadonlySet<string> = new Set(SETTINGS.flatMap((setting) => setting.phrases.flatMap((phrase) => phrase.toLowerCase().split(/[^a-z0-9]+/u))).filter((word) => word.length > 0));
function isSettingWord(norm: string): boolean {
  return SETTING_WORDS.has(norm);
}
