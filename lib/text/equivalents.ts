/**
 * Names practitioners use for the same data-engineering thing, grouped under one canonical term.
 * A rubric that lists any member of a group (as a label or synonym) also matches the rest, so a
 * mentor writes "cdc" once and "PG WAL via logical replication" or "Debezium" is still recognised.
 * Sources: the products' own documentation (Debezium, AWS DMS, Google Datastream, Segment,
 * Snowplow) and the usual wording of data-engineering interview guides.
 */
export const EQUIVALENTS: Readonly<Record<string, readonly string[]>> = {
  cdc: [
    'cdc',
    'change data capture',
    'change events',
    'change stream',
    'change streams',
    'change feed',
    'logical replication',
    'logical decoding',
    'replication slot',
    'wal',
    'write ahead log',
    'pg wal',
    'binlog',
    'binlogs',
    'binary log',
    'oplog',
    'redo log',
    'debezium',
    'datastream',
    'dms',
    'aws dms',
    'goldengate',
    'maxwell',
    'fivetran',
    'airbyte cdc',
  ],
  postgres: ['postgres', 'postgresql', 'pg', 'aurora postgres', 'cloud sql', 'rds postgres'],
  clickstream: [
    'clickstream',
    'click stream',
    'clicks',
    'beacons',
    'web beacons',
    'app beacons',
    'tracking events',
    'tracking pixel',
    'analytics events',
    'behavioural events',
    'behavioral events',
    'segment',
    'snowplow',
    'rudderstack',
    'google analytics',
    'ga4',
    'amplitude',
    'mixpanel',
  ],
  sftp: ['sftp', 'ftp', 'ftps', 'file drop', 'file transfer', 'landing bucket'],
  dashboard: ['dashboard', 'dashboards', 'bi', 'looker', 'tableau', 'power bi', 'superset', 'metabase', 'quicksight', 'looker studio', 'redash'],
  'feature store': ['feature store', 'feast', 'tecton', 'vertex feature store', 'sagemaker feature store'],
  alerts: ['alerts', 'alerting', 'pagerduty', 'opsgenie', 'pager', 'push notification'],
  mqtt: ['mqtt', 'mqtt broker', 'iot core', 'iot hub', 'greengrass'],
};

/**
 * Words that say how data moves, matched in prose to read which mode a learner claims for a source
 * or a design ("clickstream is streamed through Kafka", "we will not stream"). Not names: never
 * added to a rubric item's synonyms.
 */
export const MODE_WORDS: Readonly<Record<'stream' | 'batch', readonly string[]>> = {
  stream: [
    'stream',
    'streams',
    'streaming',
    'streamed',
    'real time',
    'realtime',
    'kafka',
    'kinesis',
    'pub sub',
    'pubsub',
    'event hubs',
    'pulsar',
    'continuously',
    'as it happens',
  ],
  batch: ['batch', 'batches', 'batched', 'nightly', 'nightly dump', 'daily dump', 'snapshot', 'snapshots', 'once a day', 'daily export', 'cron'],
};
