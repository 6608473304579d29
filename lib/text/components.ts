import { analyse, contentStems } from './analyse';
import type { AttachedSubject } from './claim-subject';
import { findPhrases } from './find-phrases';
import type { ReadText } from './read-text';

/**
 * Names of the stores, brokers and engines a data design is built from (the products and the generic
 * kinds: "warehouse", "data lake", "key-value store"). A claim's words in a clause that names one of
 * these are about it. Sources: the products' own names.
 */
export const COMPONENT_NAMES: readonly string[] = [
  'snowflake', 'bigquery', 'redshift', 'synapse', 'databricks', 'warehouse', 'data warehouse', 'datawarehouse', 'lakehouse',
  'lake', 'data lake', 's3', 'gcs', 'adls', 'blob storage', 'hdfs', 'glacier', 'object storage', 'bucket',
  'postgres', 'postgresql', 'mysql', 'oracle', 'sql server', 'aurora', 'rds', 'oltp database', 'mongodb',
  'redis', 'memcached', 'dynamodb', 'cassandra', 'scylladb', 'aerospike', 'keydb', 'valkey', 'bigtable', 'hbase', 'key value store', 'key-value store', 'in-memory store',
  'elasticsearch', 'opensearch', 'clickhouse', 'druid', 'pinot', 'timescaledb', 'influxdb', 'timestream',
  'kafka', 'kinesis', 'pubsub', 'pub/sub', 'event hubs', 'rabbitmq', 'sqs',
  'spark', 'flink', 'airflow', 'dagster', 'dbt', 'hive', 'trino', 'presto', 'athena',
];

const ENTRIES = [{ id: 'component' as const, phrases: COMPONENT_NAMES }];
const componentStems: readonly string[][] = COMPONENT_NAMES.map((name) => contentStems(analyse(name)));

/** Whether any of these subject phrases (as stems) is itself a component name ("redis", "key-value store"). */
export function namesComponent(subjects: readonly (readonly string[])[]): boolean {
  return subjects.some((stems) => componentStems.some((component) => component.length === stems.length && component.every((stem, k) => stems[k] === stem)));
}

// Whether the sentence's content stems hold one of the phrases in order.
function sentenceHolds(read: ReadText, sentence: number, phrases: readonly (readonly string[])[]): boolean {
  const span = read.sentences[sentence];
  if (!span) return false;
  const stems = read.tokens.slice(span.from, span.to).filter((token) => token.kind === 'word' && !token.stop).map((token) => token.stem);
  return phrases.some((phrase) => phrase.length > 0 && stems.some((_, i) => phrase.every((stem, k) => stems[i + k] === stem)));
}

/**
 * The component a claim's words (tokens `[from, to)`) are said of when the sentence names components
 * but never the claim's own subject (`about`, as stems): one named in the words' clause, else the
 * nearest one before them in the sentence ("We keep positions in Snowflake, partitioned by H3 cell,
 * with a TTL": the H3 key and the TTL are Snowflake's). Undefined when the sentence names the subject
 * or no component. Pure; never throws.
 */
export function componentNear(read: ReadText, from: number, to: number, about: readonly (readonly string[])[]): AttachedSubject | undefined {
  const clause = read.clauses[read.clauseOf[from] ?? -1];
  if (!clause || sentenceHolds(read, clause.sentence, about)) return undefined;
  const named = findPhrases(read, ENTRIES).filter((hit) => hit.sentence === clause.sentence && (hit.to <= from || hit.from >= to));
  const inClause = named.filter((hit) => hit.clause === clause.index);
  const before = named.filter((hit) => hit.to <= from);
  const pick = inClause.length > 0 ? inClause.reduce((a, b) => (Math.abs(b.from - from) < Math.abs(a.from - from) ? b : a)) : before[before.length - 1];
  if (!pick) return undefined;
  const stems = read.tokens.slice(pick.from, pick.to).filter((token) => token.kind === 'word' && !token.stop).map((token) => token.stem);
  return { text: pick.verbatim, from: pick.from, to: pick.to, stems, via: 'modifier' };
}
