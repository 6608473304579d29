/**
 * Names of storage meant for keeping data cheaply for a long time, read back in minutes to hours:
 * archive storage classes and tiers (Amazon S3 Glacier and its Deep Archive, Google Cloud Storage
 * Coldline and Archive, Azure Blob archive tier) and tape. Sources: the providers' storage-class
 * documentation. Such a store keeps history; it cannot serve a consumer who needs data minutes old.
 */
export const ARCHIVE_STORES: readonly string[] = [
  'archive',
  'archives',
  'archived',
  'glacier',
  'glacier deep archive',
  'deep archive',
  'coldline',
  'cold storage',
  'cold store',
  'cold tier',
  'archive tier',
  'archive storage',
  'tape',
  'tapes',
];

/**
 * Names of a message stream read as a log of raw events (a Kafka topic, a Kinesis stream, a Pub/Sub
 * topic, an Event Hub). Consumers of daily reports query modelled tables, not a topic: a topic keeps
 * events for days, in arrival order, without joins or history. Sources: the brokers' documentation.
 */
export const RAW_STREAM_STORES: readonly string[] = [
  'topic',
  'topics',
  'kafka topic',
  'raw topic',
  'kinesis stream',
  'kinesis data stream',
  'pub sub topic',
  'pubsub topic',
  'event hub',
  'event hubs',
];
