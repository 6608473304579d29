import { findPhrases } from './find-phrases';
import type { ReadText } from './read-text';
import type { StreamTool } from './stream-tools';

/** A tool a question is about, whose own vocabulary an interviewer expects. */
export type AskedTool = 'kafka' | 'spark-streaming' | 'airflow';

/**
 * One term of another tool. `carries`: the concept exists in the asked tool under another name (a Kinesis shard is a
 * Kafka partition), so the substance maps across; when false the asked tool has no such thing (Spark has no savepoints),
 * and `instead` says what it does have. `stream`: the log the term belongs to, so the concept map can read its words
 * (lib/text/concept-map.ts `TOOL_CONCEPT_TERMS`). `names`: the term is the other tool's own name ("Luigi", "cron"), so a
 * clause it stands in is said about that tool.
 */
type ForeignTerm = { id: string; owner: string; phrases: readonly string[]; carries: boolean; instead?: string; stream?: StreamTool; names?: boolean };

/**
 * Per asked tool: the words that say a question is about it, and the terms of neighbouring tools learners answer with.
 * Sources: Flink docs (savepoints, checkpoint barriers, TwoPhaseCommitSinkFunction) against the Spark Structured
 * Streaming guide (checkpoint location with offset and commit logs, state store, idempotent sinks); the Kinesis Data
 * Streams developer guide (shards, shard iterators, sequence numbers, KCL lease table) against Kafka (partitions,
 * offsets, consumer groups); the Luigi docs (targets) and cron against Airflow (task instances per DAG run).
 */
const VOCABULARIES: Readonly<Record<AskedTool, { marks: readonly string[]; terms: readonly ForeignTerm[] }>> = {
  'spark-streaming': {
    marks: ['spark', 'structured streaming', 'micro-batch', 'foreachbatch', 'startingoffsets', 'checkpointlocation'],
    terms: [
      { id: 'savepoint', owner: 'Flink', phrases: ['savepoint', 'savepoints'], carries: false, instead: 'Spark has no savepoints: a restarted query resumes from the offset and commit logs in its checkpoint location.' },
      { id: 'barrier', owner: 'Flink', phrases: ['checkpoint barrier', 'checkpoint barriers'], carries: false, instead: 'Spark has no checkpoint barriers: it plans and commits one micro-batch at a time.' },
      { id: 'two-phase-commit', owner: 'Flink', phrases: ['two-phase-commit sink', 'two-phase commit sink', 'two phase commit sink', 'two-phase commit', 'two phase commit', '2pc', 'twophasecommitsinkfunction'], carries: false, instead: 'Spark has no two-phase-commit sink: exactly-once output comes from an idempotent or transactional sink keyed by the batch id (a Delta commit, a foreachBatch MERGE).' },
      { id: 'keyed-state', owner: 'Flink', phrases: ['keyed state'], carries: true },
      { id: 'task-manager', owner: 'Flink', phrases: ['taskmanager', 'jobmanager', 'task managers'], carries: true },
    ],
  },
  kafka: {
    marks: ['kafka', 'offset', 'offsets', 'enable.auto.commit', 'consumer group', 'acks', 'partition key', 'partitions'],
    terms: [
      { id: 'shard', owner: 'Kinesis', phrases: ['shard', 'shards'], carries: true, stream: 'kinesis' },
      { id: 'shard-iterator', owner: 'Kinesis', phrases: ['shard iterator', 'shard iterators'], carries: true, stream: 'kinesis' },
      { id: 'sequence-number', owner: 'Kinesis', phrases: ['sequence number', 'sequence numbers'], carries: true, stream: 'kinesis' },
      { id: 'kcl', owner: 'Kinesis', phrases: ['kcl', 'kinesis client library', 'lease table', 'lease holder'], carries: true, stream: 'kinesis' },
      { id: 'reshard', owner: 'Kinesis', phrases: ['reshard', 'resharding'], carries: true, stream: 'kinesis' },
    ],
  },
  airflow: {
    marks: ['airflow', 'dag', 'backfill', 'task instance'],
    terms: [
      { id: 'luigi', owner: 'Luigi', phrases: ['luigi'], carries: true, names: true },
      { id: 'luigi-target', owner: 'Luigi', phrases: ['output target', 'output targets'], carries: true },
      { id: 'cron', owner: 'cron', phrases: ['cron', 'crontab', 'cron job', 'cron jobs'], carries: true, names: true },
    ],
  },
};

// The phrase entries of each vocabulary, built once (the phrase matcher is cached per entry list).
const ENTRIES: Readonly<Record<AskedTool, readonly { id: string; phrases: readonly string[] }[]>> = {
  'spark-streaming': VOCABULARIES['spark-streaming'].terms.map((term) => ({ id: term.id, phrases: term.phrases })),
  kafka: VOCABULARIES.kafka.terms.map((term) => ({ id: term.id, phrases: term.phrases })),
  airflow: VOCABULARIES.airflow.terms.map((term) => ({ id: term.id, phrases: term.phrases })),
};

/** Fewest distinct foreign terms that make another tool the answer's vocabulary: one is a comparison in passing. */
export const MIN_FOREIGN_TERMS = 2;

/** A foreign term the answer uses: its id, the learner's words and clause (verbatim), and what the asked tool has instead. */
export type ForeignTermHit = { id: string; owner: string; quote: string; clause: string; carries: boolean; instead?: string; names?: boolean };

/** The answer's use of other tools' vocabulary for the asked tool. */
export type ForeignVocabulary = {
  asked: AskedTool;
  owners: string[];
  terms: ForeignTermHit[];
  streams: StreamTool[];
  /** Clauses (verbatim) that name another tool ("a cron job that re-runs would just append again"): said about that tool, not the asked one. */
  aboutOther: string[];
};

// Which tool a question is about when it names several: the processor or scheduler over the log it reads.
const PRECEDENCE: readonly AskedTool[] = ['spark-streaming', 'airflow', 'kafka'];

/** The tool a question is about, read from its own words (prompt and key points); undefined when none is named. */
export function askedTool(question: string): AskedTool | undefined {
  const lower = question.toLowerCase();
  const named = (Object.keys(VOCABULARIES) as AskedTool[]).filter((tool) => VOCABULARIES[tool].marks.some((mark) => new RegExp(`(^|[^a-z0-9_.])${mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9_])`).test(lower)));
  // A stream job's question names its source ("from Kafka through Spark") and a DAG's may name what it loads: the most
  // specific tool named is the one asked about.
  return PRECEDENCE.find((tool) => named.includes(tool));
}

/**
 * The tool a deep-dive prompt is about: its lesson topic when that is one of the tools here, unless its question leaves
 * the engine open ("Spark Structured Streaming or Flink"), where either vocabulary is the asked one. Pure.
 */
export function askedToolOf(topic: string, question: string): AskedTool | undefined {
  if (!(topic in VOCABULARIES)) return undefined;
  const asked = topic as AskedTool;
  if (asked === 'spark-streaming' && (/\bflink\b/i.test(question) || !/\bspark\b/i.test(question))) return undefined;
  return asked;
}

/**
 * Where an answer to a question about `asked` speaks another tool's vocabulary: at least MIN_FOREIGN_TERMS distinct
 * terms of that tool's neighbours, each affirmed at least once (not negated or taken back; "Spark has no savepoints" is
 * not using the term). Each term is reported once, first use, with whether its concept carries over to the asked tool.
 * Undefined when the answer keeps to the asked tool's words or only compares in passing. Pure.
 */
export function readForeignVocabulary(read: ReadText, asked: AskedTool | undefined): ForeignVocabulary | undefined {
  if (asked === undefined) return undefined;
  const terms = VOCABULARIES[asked].terms;
  const hits = findPhrases(read, ENTRIES[asked]);
  const used: ForeignTermHit[] = [];
  const aboutOther: string[] = [];
  for (const hit of hits) {
    if (hit.polarity !== 'affirmed' || hit.retracted || used.some((item) => item.id === hit.id)) continue;
    const term = terms.find((item) => item.id === hit.id) as ForeignTerm;
    used.push({ id: term.id, owner: term.owner, quote: hit.verbatim, clause: hit.clauseText, carries: term.carries, ...(term.instead !== undefined ? { instead: term.instead } : {}), ...(term.names ? { names: true } : {}) });
  }
  for (const hit of hits) {
    const term = terms.find((item) => item.id === hit.id) as ForeignTerm;
    if (term.names && hit.polarity === 'affirmed' && !aboutOther.includes(hit.clauseText)) aboutOther.push(hit.clauseText);
  }
  if (used.length < MIN_FOREIGN_TERMS) return undefined;
  const streams = [...new Set(terms.filter((term) => term.stream !== undefined && used.some((item) => item.id === term.id)).map((term) => term.stream as StreamTool))];
  return { asked, owners: [...new Set(used.map((item) => item.owner))], terms: used, streams, aboutOther };
}
