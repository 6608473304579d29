/**
 * Generic data-engineering vocabulary shared by every text-matching engine. Each group maps many
 * spellings onto one canonical word, so a cue written one way matches a question written another
 * ("QPS" = "queries per second" = "throughput"). Canonical words go through the same stemmer as
 * everything else, so they only need to be consistent, not pretty.
 */

import { isStopword } from './stopwords';

/** Single words (after normalising, before stemming) replaced by a canonical word. */
export const WORD_SYNONYMS: Readonly<Record<string, string>> = {
  // Rates
  qps: 'throughput',
  rps: 'throughput',
  tps: 'throughput',
  eps: 'throughput',
  mps: 'throughput',
  // Data sizes
  kb: 'datasize',
  mb: 'datasize',
  gb: 'datasize',
  tb: 'datasize',
  pb: 'datasize',
  eb: 'datasize',
  kib: 'datasize',
  mib: 'datasize',
  gib: 'datasize',
  tib: 'datasize',
  pib: 'datasize',
  kilobyte: 'datasize',
  megabyte: 'datasize',
  gigabyte: 'datasize',
  terabyte: 'datasize',
  petabyte: 'datasize',
  exabyte: 'datasize',
  kilobytes: 'datasize',
  megabytes: 'datasize',
  gigabytes: 'datasize',
  terabytes: 'datasize',
  petabytes: 'datasize',
  exabytes: 'datasize',
  gigs: 'datasize',
  // Latency percentiles
  p50: 'percentile',
  p90: 'percentile',
  p95: 'percentile',
  p99: 'percentile',
  p999: 'percentile',
  percentiles: 'percentile',
  // Users
  dau: 'activeusers',
  mau: 'activeusers',
  wau: 'activeusers',
  // Service levels
  slo: 'sla',
  sli: 'sla',
  slos: 'sla',
  slis: 'sla',
  // Availability; "available" stays itself because "when is data available" is about freshness.
  availability: 'uptime',
  ha: 'uptime',
  unavailable: 'downtime',
  unavailability: 'downtime',
  // Note-taking cuts of the topic words ("avail target?", "retn on pings?", "thruput on a normal day?").
  avail: 'uptime',
  retn: 'retention',
  thruput: 'throughput',
  thruputs: 'throughput',
  // Time units
  ms: 'millisecond',
  msec: 'millisecond',
  millis: 'millisecond',
  sec: 'second',
  secs: 'second',
  mins: 'minute',
  hr: 'hour',
  hrs: 'hour',
  realtime: 'realtime',
  // Storage and systems
  db: 'database',
  dbs: 'database',
  rdbms: 'database',
  dwh: 'datawarehouse',
  edw: 'datawarehouse',
  warehouse: 'datawarehouse',
  warehouses: 'datawarehouse',
  warehousing: 'datawarehouse',
  datalake: 'datalake',
  k8s: 'kubernetes',
  onprem: 'onprem',
  ecommerce: 'ecommerce',
  elt: 'etl',
  // Porter stems "busy" and "business" alike ("busi"); busy times are peaks.
  busy: 'peak',
  busier: 'peak',
  busiest: 'peak',
  // Shorthand
  info: 'information',
  perf: 'performance',
  req: 'request',
  reqs: 'request',
  msg: 'message',
  msgs: 'message',
  pct: 'percent',
  k: 'thousand',
  ai: 'ml',
  erd: 'erd',
  kpis: 'kpi',
};

/** Multi-word phrases replaced by one canonical word (matched on stems, longest first). */
export const PHRASE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  throughput: [
    'queries per second',
    'requests per second',
    'events per second',
    'transactions per second',
    'messages per second',
    'writes per second',
    'reads per second',
    'records per second',
    'transactions per minute',
    'requests per minute',
    'events per minute',
  ],
  activeusers: ['daily active users', 'monthly active users', 'weekly active users', 'active users'],
  sla: ['service level agreement', 'service level objective', 'service level indicator', 'service level'],
  uptime: ['up time', 'highly available', 'high availability', 'available highly'],
  downtime: ['down time'],
  realtime: ['real time', 'real timely'],
  disasterrecovery: ['disaster recovery'],
  gdpr: ['general data protection regulation'],
  pii: ['personally identifiable information', 'personal identifiable information', 'personally identifying information'],
  pci: ['payment card industry', 'pci dss'],
  cdc: ['change data capture'],
  // A storage product's retention lock (S3 Object Lock, GCS Bucket Lock, Glacier Vault Lock) is one name: its "lock" is no row lock.
  objectlock: ['object lock', 'bucket lock', 'vault lock', 'retention lock', 'locked retention'],
  olap: ['online analytical processing'],
  oltp: ['online transaction processing', 'online transactional processing'],
  mvp: ['minimum viable product'],
  etl: ['extract transform load', 'extract load transform'],
  bi: ['business intelligence'],
  ml: ['machine learning', 'artificial intelligence', 'data science'],
  kpi: ['key performance indicator'],
  rto: ['recovery time objective'],
  rpo: ['recovery point objective'],
  ttl: ['time to live'],
  erd: ['entity relationship diagram', 'er diagram', 'entity relationship model'],
  onprem: ['on prem', 'on premise', 'on premises', 'on premize', 'on premizes'],
  ecommerce: ['e commerce'],
  dataset: ['data set'],
  datalake: ['data lake'],
  datawarehouse: ['data warehouse', 'data datawarehouse'],
  adhoc: ['ad hoc'],
  percentile: ['tail latency'],
  // Product names written in camelCase are split by the normaliser ("ZooKeeper" -> "zoo keeper"); join them again.
  zookeeper: ['zoo keeper'],
  // "NoSQL" splits into "no sql"; joined, its "no" is not a negation.
  nosql: ['no sql'],
  kraft: ['k raft', 'thousand raft'],
  bigquery: ['big query'],
  clickhouse: ['click house'],
  dynamodb: ['dynamo db', 'dynamo database'],
  mongodb: ['mongo db', 'mongo database'],
  postgresql: ['postgre sql', 'postgres sql'],
  mysql: ['my sql'],
  rabbitmq: ['rabbit mq'],
  pubsub: ['pub sub'],
  bigtable: ['big table'],
  duckdb: ['duck db', 'duck database'],
  timescaledb: ['timescale db', 'timescale database'],
  influxdb: ['influx db', 'influx database'],
};

/**
 * Porter stems that should be one word but are not ("priority" -> "prioriti", "prioritize" ->
 * "priorit"). Keys and values are stems.
 */
export const STEM_ALIASES: Readonly<Record<string, string>> = {
  prioriti: 'priorit',
  evolut: 'evolv',
  compliant: 'complianc',
  histor: 'histori',
  recoveri: 'recov',
  regulatori: 'regul',
  analysi: 'analyt',
  analyz: 'analyt',
  quickli: 'quick',
  daili: 'dai',
  hourli: 'hour',
  weekli: 'week',
  monthli: 'month',
  yearli: 'year',
  annual: 'year',
  annualli: 'year',
  growth: 'grow',
  grew: 'grow',
  retain: 'retent',
  scalabl: 'scale',
  scalabil: 'scale',
  seasonal: 'season',
  seasonalli: 'season',
  freshest: 'fresh',
  failur: 'fail',
  consumpt: 'consum',
};

/** A lower-case word's canonical form: its synonym, or its singular's ("TBs", "SLOs"; never a stop word's), else the word itself. */
export function canonicalWord(word: string): string {
  const direct = WORD_SYNONYMS[word];
  if (direct !== undefined) return direct;
  // A function word is never a plural: "has" is not "ha" (high availability), "was" not "wa".
  if (word.length > 2 && word.endsWith('s') && !isStopword(word)) {
    const singular = WORD_SYNONYMS[word.slice(0, -1)];
    if (singular !== undefined) return singular;
  }
  return word;
}
