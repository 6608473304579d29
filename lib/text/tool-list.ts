import { phraseKey } from './analyse';
import { COMPONENT_NAMES } from './components';
import { SERVING_MEDIA } from './serving-media';

/**
 * Names of tools, formats and wire protocols a data design is built with, besides the stores,
 * brokers and engines of COMPONENT_NAMES: table formats, ingestion tools, managed pipelines and the
 * protocols sources speak. None of them says what data is read or who reads it. Sources: the
 * projects' own names.
 */
export const TOOL_NAMES: readonly string[] = [
  'iceberg', 'apache iceberg', 'delta', 'delta lake', 'hudi', 'parquet', 'avro', 'orc',
  'debezium', 'kafka connect', 'nifi', 'fivetran', 'airbyte', 'data factory', 'adf', 'glue', 'emr', 'dataflow', 'beam', 'apache beam',
  'lambda', 'kubernetes', 'k8s', 'docker', 'terraform', 'mqtt', 'opc ua', 'amqp', 'http', 'https', 'grpc', 'jdbc', 'odbc', 'sftp', 'ftp', 'mllp',
  'spark streaming', 'structured streaming', 'kafka streams', 'ksqldb', 'pulsar', 'nats', 'storm', 'samza', 'dagster', 'prefect', 'luigi', 'oozie',
];

let keys: Set<string> | undefined;

function toolKeys(): Set<string> {
  keys ??= new Set([...COMPONENT_NAMES, ...TOOL_NAMES, ...SERVING_MEDIA].map(phraseKey).filter((key) => key !== ''));
  return keys;
}

/** Marks and words that separate the items of a list: "Kafka, Spark + Flink", "S3 / Iceberg and Trino". */
const ITEM_BREAK = /\s*(?:,|;|\/|\+|&|\||\band\b)\s*/i;

/**
 * Whether a text is only a list of tool names, at least two of them and nothing else ("Kafka, MQTT,
 * OPC UA, Flink", "lakehouse, warehouse, Redis, Delta"): it names how something is built, not what data
 * it carries or who reads it. A row that names its data next to a tool ("Sensor readings over MQTT",
 * "Orders, Debezium") is not one. Pure; never throws; a non-string is not a list.
 */
export function isToolList(text: string): boolean {
  if (typeof text !== 'string') return false;
  const items = text.split(ITEM_BREAK).map((item) => item.trim()).filter((item) => item !== '');
  return items.length >= 2 && items.every((item) => toolKeys().has(phraseKey(item)));
}

/**
 * Stores that hold a system's own records, so that naming one names where data lives ("Postgres" is
 * the shop's database, a source); every other name of COMPONENT_NAMES and TOOL_NAMES moves, formats,
 * processes or serves data without saying which. Sources: the products' own descriptions.
 */
export const SOURCE_STORES: readonly string[] = [
  'postgres', 'postgresql', 'mysql', 'oracle', 'sql server', 'aurora', 'rds', 'oltp database', 'mongodb', 'dynamodb', 'cassandra',
];

let loneKeys: Set<string> | undefined;

/**
 * Whether a text is a single tool name and nothing else ("Debezium", "Kafka Connect", "MQTT",
 * "Kinesis"): like a list of tools, it names how data moves, not which data. A store that holds a
 * system's own records ("Postgres", SOURCE_STORES) and a serving medium ("dashboard") are not lone
 * tools. Pure; never throws; a non-string is not one.
 */
export function isLoneTool(text: string): boolean {
  if (typeof text !== 'string') return false;
  if (!loneKeys) {
    const sources = new Set(SOURCE_STORES.map(phraseKey));
    loneKeys = new Set([...COMPONENT_NAMES, ...TOOL_NAMES].map(phraseKey).filter((key) => key !== '' && !sources.has(key)));
  }
  return loneKeys.has(phraseKey(text.trim()));
}
