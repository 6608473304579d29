/**
 * The names of the products and managed services data platforms are built from: every product of the
 * component vocabulary (lib/canvas/vocabulary/kind-vocabulary.ts, checked by its test) and the managed
 * services of AWS, Google Cloud, Azure, Confluent, Databricks and Snowflake that have no component kind of
 * their own ("AWS Transfer Family", "Lakeflow", "Snowpark"). A vendor name says how a part is built, never
 * whose business it serves: "MSK", "MWAA" and "Datadog" are no other case's nouns. Everyday words that are
 * also product names ("Census", "Mode", "Sigma") are left out, so a business noun is never read as a
 * vendor. Data, not logic: add a name here, never a branch in code. Sources: each vendor's own product
 * catalogue (AWS, Google Cloud, Azure, Confluent, Databricks, Snowflake, Apache projects).
 */
export const VENDOR_NAMES: readonly string[] = [
  'ab initio', 'activemq', 'adf', 'adls', 'adls gen2', 'adx', 'adyen', 'aerospike', 'airbyte', 'airflow', 'aiven kafka',
  'akamai', 'aks', 'alb', 'alertmanager', 'algolia', 'alloydb', 'amazon cloudfront', 'amazon eventbridge',
  'amazon managed service for apache flink', 'amazon mq', 'amazon msk', 'amazon quicksight', 'amazon rds', 'amazon s3',
  'amazon timestream', 'amex', 'amplitude', 'amundsen', 'apache airflow', 'apache beam', 'apache doris', 'apache druid',
  'apache flink', 'apache hudi', 'apache iceberg', 'apache iotdb', 'apache kafka', 'apache nifi', 'apache pinot',
  'apache pulsar', 'apache ranger', 'apache rocketmq', 'apache spark', 'apache superset', 'api gateway', 'apicurio', 'apigee',
  'apigw', 'apim', 'appflow', 'argo workflows', 'asp net', 'athena', 'atlan', 'aurora', 'aurora postgresql', 'auto loader',
  'autoloader', 'autosys', 'aveva pi', 'aws appflow', 'aws dms', 'aws emr', 'aws glue', 'aws glue data catalog',
  'aws healthlake', 'aws iam', 'aws iot core', 'aws lambda', 'aws s3', 'azure ad', 'azure ai search', 'azure api for fhir',
  'azure blob', 'azure blob storage', 'azure cache for redis', 'azure cosmos db', 'azure data explorer', 'azure data factory',
  'azure data lake storage', 'azure databricks', 'azure event grid', 'azure event hubs', 'azure front door', 'azure function',
  'azure functions', 'azure health data services', 'azure iot hub', 'azure monitor', 'azure service bus', 'azure sql',
  'azure sql database', 'azure stream analytics', 'azure synapse', 'azure time series insights', 'beam', 'benthos', 'bigquery',
  'bigquery data transfer', 'bigquery subscription', 'bigtable', 'blob storage', 'bq', 'braintree', 'bytewax', 'caboodle',
  'cassandra', 'ceph', 'cerner', 'citus', 'clarity', 'clickhouse', 'clickhouse cloud', 'clickhouse keeper', 'cloud bigtable',
  'cloud cdn', 'cloud composer', 'cloud function', 'cloud functions', 'cloud healthcare api', 'cloud monitoring',
  'cloud run functions', 'cloud spanner', 'cloud sql', 'cloud storage', 'cloud storage subscription', 'cloudflare', 'cloudfront',
  'cloudwatch', 'cloverleaf', 'coalesce', 'cockroachdb', 'collibra', 'composer', 'confluent', 'confluent cloud',
  'confluent flink', 'confluent kafka', 'confluent schema registry', 'consul', 'control m', 'copy into', 'corepoint',
  'cosmos db', 'cosmosdb', 'couchbase', 'couchdb', 'dagster', 'data catalog', 'data factory', 'data firehose', 'data studio',
  'database migration service', 'databricks', 'databricks feature store', 'databricks job', 'databricks jobs', 'databricks sql',
  'databricks streaming', 'databricks structured streaming', 'databricks workflows', 'datadog', 'dataflow', 'dataform',
  'datahub', 'dataplex', 'dataproc', 'dataproc streaming', 'datastage', 'datastream', 'dbt', 'dbt cloud', 'dbt core', 'ddb',
  'debezium', 'delta', 'delta engine', 'delta lake', 'delta live tables', 'django', 'django rest framework', 'dlt pipeline',
  'dms', 'docker', 'documentdb', 'doris', 'dragonfly', 'dremio', 'drf', 'druid', 'dstream', 'duckdb', 'dynamo', 'dynamodb',
  'eclipse mosquitto', 'ecs', 'eks', 'elastic', 'elastic agent', 'elastic search', 'elasticache', 'elasticsearch', 'elb', 'elk',
  'elk stack', 'emqx', 'emr', 'emr serverless', 'emr streaming', 'ensemble', 'entra id', 'envoy', 'epic', 'epic clarity',
  'estuary', 'etcd', 'event grid', 'event hub', 'event hubs', 'event hubs capture', 'eventarc', 'eventbridge', 'eventhouse',
  'eventhub', 'eventhubs', 'eventhubs capture', 'eventstream', 'exasol', 'excel', 'express api', 'express app',
  'express backend', 'express js', 'express server', 'expressjs', 'fabric eventstream', 'fabric pipelines', 'fabric spark',
  'fabric spark streaming', 'fabric warehouse', 'facebook ads', 'fargate', 'fastapi', 'fastify', 'fastly', 'feast', 'fhir',
  'filebeat', 'firebolt', 'firehose', 'firestore', 'fis', 'fiserv', 'fivetran', 'fivetran hvr', 'flask', 'flink', 'fluent bit',
  'fluentd', 'front door', 'ftp', 'gcs', 'gcs subscription', 'gke', 'glacier', 'glue', 'glue catalog', 'glue data catalog',
  'glue etl', 'glue job', 'glue schema registry', 'glue streaming', 'glue streaming etl', 'goldengate', 'google ads',
  'google analytics', 'google cloud storage', 'google dataflow', 'google pub sub', 'grafana', 'grafana dashboards',
  'grafana loki', 'grafana mimir', 'graphql', 'great expectations', 'greengrass', 'greenplum', 'greptime', 'greptimedb', 'grpc',
  'hadoop', 'haproxy', 'hashicorp vault', 'hasura', 'hazelcast', 'hbase', 'hdfs', 'healthcare api', 'healthlake', 'healthshare',
  'helm', 'heron', 'hightouch', 'hive', 'hive job', 'hive metastore', 'hivemq', 'hopsworks', 'hubspot', 'hudi', 'hvr', 'iam',
  'iceberg', 'ignition scada', 'iguana', 'impala', 'imply', 'influx', 'influxdb', 'infor cloverleaf', 'informatica',
  'informatica powercenter', 'intersystems healthshare', 'intersystems iris', 'iot core', 'iot hub', 'iotdb', 'jetstream', 'k8s',
  'kafka', 'kafka connect', 'kafka connect s3 sink', 'kafka streams', 'karapace', 'kdb', 'kdf', 'kds', 'kepware', 'kestra',
  'key vault', 'keycloak', 'keyspaces', 'kibana', 'kinesis', 'kinesis data analytics', 'kinesis data firehose',
  'kinesis data streams', 'kinesis firehose', 'kms', 'kong', 'kql database', 'kraft', 'kraft controller', 'ksql', 'ksqldb',
  'kubernetes', 'kusto', 'lake formation', 'lambda', 'laravel', 'lightdash', 'logstash', 'loki', 'looker', 'looker studio',
  'luigi', 'm3db', 'mage', 'managed flink', 'mapreduce', 'mariadb', 'marqeta', 'mastercard', 'materialize', 'matillion',
  'maxwell', 'meilisearch', 'meltano', 'memcached', 'memorystore', 'mes', 'metabase', 'microsoft purview', 'milvus', 'mimir',
  'minio', 'mirth', 'mirth connect', 'mixpanel', 'mode analytics', 'mongo', 'mongodb', 'monte carlo', 'mosquitto', 'motherduck',
  'mq', 'mqtt', 'msk', 'msk connect', 'mssql', 'mwaa', 'mysql', 'mysqldump', 'nats', 'neo4j', 'nessie', 'nestjs', 'netezza',
  'netsuite', 'new relic', 'nextgen connect', 'nginx', 'nifi', 'nlb', 'node express', 'node js', 'nodejs', 'odi', 'okta',
  'onelake', 'oozie', 'opc ua', 'openmetadata', 'opensearch', 'openshift', 'opentelemetry', 'opentsdb', 'oracle',
  'oracle goldengate', 'osisoft pi', 'otel collector', 'pagerduty', 'paimon', 'pandas', 'paypal', 'pentaho', 'pg', 'pg cron',
  'pg dump', 'pg dumpall', 'pgvector', 'pi system', 'pinecone', 'pinot', 'planetscale', 'plc', 'polaris', 'polars', 'postgres',
  'postgresql', 'postgrest', 'power bi', 'powerbi', 'prefect', 'presto', 'prometheus', 'pub sub', 'pub sub lite', 'pubsub',
  'pulsar', 'pulsar connector', 'pulsar io', 'pulsar io sink', 'pulsar sink', 'purview', 'pyspark', 'pyspark streaming',
  'qdrant', 'qlik', 'qlik replicate', 'qlik sense', 'questdb', 'quicksight', 'quickwit', 'r2', 'rabbitmq', 'ranger', 'rds',
  'redash', 'redis', 'redpanda', 'redpanda connect', 'redshift', 'redshift serverless', 'rhapsody', 'risingwave', 'rmq',
  'rocketmq', 'rockset', 'ruby on rails', 'rudderstack', 's3', 's3 glacier', 's3 sink connector', 'sagemaker feature store',
  'salesforce', 'samza', 'sap', 'scada', 'scylla', 'scylladb', 'secrets manager', 'segment', 'sendgrid', 'sentry', 'service bus',
  'sftp', 'sharepoint', 'shopify', 'shopify backend', 'snowflake', 'snowpipe', 'snowpipe streaming', 'snowplow', 'sns', 'solace',
  'solace pubsub', 'solr', 'spanner', 'spark', 'spark real time', 'spark realtime', 'spark sql', 'spark streaming',
  'spark streaming job', 'spark streaming jobs', 'spark structured streaming', 'spark thrift', 'sparkplug', 'sparkplug b',
  'splunk', 'spring boot', 'spring boot api', 'sql agent', 'sql server', 'sql server agent', 'sql server integration services',
  'sqlite', 'sqlmesh', 'sqs', 'ssis', 'stackdriver', 'starburst', 'starrocks', 'startree', 'step functions', 'stitch',
  'storage transfer', 'stream analytics', 'streamlit', 'streamnative', 'streamnative cloud', 'streamsets', 'striim', 'strimzi',
  'stripe', 'structured streaming', 'supabase', 'superset', 'synapse', 'synapse analytics', 'synapse pipelines', 'synapse spark',
  'synapse spark streaming', 'tableau', 'talend', 'tdengine', 'tealium', 'tecton', 'teradata', 'thanos', 'thoughtspot', 'tidal',
  'tidb', 'timescale', 'timescaledb', 'timestream', 'tinybird', 'traefik', 'trino', 'tsys', 'twilio', 'typesense',
  'unity catalog', 'upstash kafka', 'valkey', 'vault', 'vector agent', 'vector aggregator', 'vector dev', 'vernemq',
  'vertex ai feature store', 'vertex ai search', 'vertica', 'victoria logs', 'victorialogs', 'victoriametrics', 'visa', 'vitess',
  'warpstream', 'wasabi', 'weaviate', 'workday', 'worldpay', 'yugabytedb', 'zendesk', 'zookeeper',
  'aws', 'gcp', 'azure', 'soda core', 'amazon memorydb', 'snowflake dynamic tables', 'lakeflow jobs',
  // AWS services by their full names (the component vocabulary's AWS Architecture Icons titles).
  'amazon ec2', 'amazon elastic compute cloud', 'amazon elastic container service', 'amazon elastic kubernetes service',
  'amazon elastic mapreduce', 'amazon relational database service', 'amazon s3 glacier', 'amazon simple notification service',
  'amazon simple queue service', 'amazon simple storage service', 'application load balancer', 'aws elastic beanstalk',
  'elastic beanstalk', 'elastic compute cloud', 'elastic container service', 'elastic kubernetes service', 'elastic load balancing',
  'elastic mapreduce', 'network load balancer', 'relational database service', 'simple notification service', 'simple queue service',
  'simple storage service',
  // Managed services of the clouds and data platforms with no component kind of their own (or a kind read elsewhere).
  'airbyte cloud', 'aiven', 'alloydb omni', 'amazon athena', 'amazon aurora', 'amazon dynamodb',
  'amazon emr', 'amazon kinesis', 'amazon managed grafana', 'amazon managed prometheus', 'amazon neptune', 'amazon redshift',
  'amazon sagemaker', 'amazon sns', 'amazon sqs', 'analytics hub', 'ansible', 'app insights', 'application insights', 'appsync',
  'argo cd', 'astronomer', 'aws appsync', 'aws backup', 'aws batch', 'aws datasync',
  'aws lake formation', 'aws step functions', 'aws transfer', 'aws transfer family', 'azure batch',
  'azure container apps', 'azure data lake', 'azure data share', 'azure database for mysql', 'azure database for postgresql',
  'azure digital twins', 'azure files', 'azure hdinsight', 'azure logic apps', 'azure machine learning', 'azure ml',
  'azure openai', 'azure policy', 'azure queue storage', 'azure sql managed instance', 'azure storage', 'azure table storage',
  'bi engine', 'biglake', 'bigquery bi engine', 'bigquery omni', 'cdk', 'cloud build', 'cloud composer 2',
  'cloud data fusion', 'cloud dlp', 'cloud endpoints', 'cloud kms', 'cloud load balancing', 'cloud logging', 'cloud pub sub',
  'cloud run', 'cloud scheduler', 'cloud storage transfer service', 'cloud tasks', 'cloud workflows', 'cloudformation',
  'cloudtrail', 'cluster linking', 'cockroach cloud', 'cognito', 'confluent control center', 'confluent platform',
  'confluent replicator', 'confluent tableflow', 'container apps', 'control center', 'dagster cloud', 'data activator',
  'data fusion', 'databrew', 'databricks asset bundles', 'databricks autoloader', 'databricks lakehouse',
  'databricks model serving', 'databricks notebooks', 'databricks serverless', 'databricks sql warehouse', 'dataflow prime',
  'dataproc serverless', 'datastream for bigquery', 'datasync', 'dax', 'dbt labs', 'delta live table', 'delta sharing',
  'digital twins', 'dlp', 'dynamic table', 'dynamic tables', 'dynamodb streams', 'ec2', 'elastic cloud',
  'elasticache serverless', 'emqx cloud', 'emr on eks', 'external tables', 'fabric lakehouse',
  'fabric real time intelligence', 'flyte', 'github actions', 'gke autopilot', 'glue crawler', 'glue crawlers',
  'glue databrew', 'google cloud', 'grafana cloud', 'hdinsight', 'hivemq cloud', 'honeycomb',
  'hybrid tables', 'iceberg tables', 'imply polaris', 'influxdb cloud', 'iot analytics', 'iot sitewise', 'jaeger', 'jenkins',
  'kafka rest proxy', 'kcl', 'kinesis client library', 'kinesis video streams', 'ksqldb cloud', 'kubeflow', 'lakeflow',
  'lakeflow connect', 'lakeflow declarative pipelines', 'lakehouse monitoring', 'log analytics', 'logic apps',
  'looker studio pro', 'macie', 'memorydb', 'microsoft fabric', 'microsoft sentinel', 'mirrormaker',
  'mirrormaker 2', 'mlflow', 'mm2', 'mongodb atlas', 'mosaic ai', 'msk serverless', 'neptune', 'onehouse',
  'openflow', 'opensearch serverless', 'opsgenie', 'prefect cloud', 'pulumi', 'queue storage',
  'quicksight q', 'real time intelligence', 'redpanda cloud', 'redshift spectrum', 'rest proxy', 'route 53',
  'sagemaker', 'schema registry', 'secret manager', 'sensitive data protection', 'ses', 'sigma computing',
  'sitewise', 'snowflake cortex', 'snowflake horizon', 'snowflake iceberg tables', 'snowflake marketplace', 'snowflake openflow',
  'snowflake streams', 'snowflake tasks', 'snowpark', 'snowsight', 'splunk observability', 'sql managed instance',
  'sql warehouse', 'starburst galaxy', 'startree cloud', 'storage transfer service', 'stream governance', 'stream lineage',
  'streamlit in snowflake', 'streams and tasks', 'tableflow', 'terraform', 'timescale cloud', 'transfer family',
  'unistore', 'upstash', 'vertex ai', 'victorops', 'zipkin',
  // Network appliances that send a log pipeline its events, and metrics-backend components (component vocabulary).
  'fortinet', 'fortigate', 'palo alto', 'palo alto networks', 'pan os', 'cisco asa', 'check point', 'pfsense', 'sonicwall',
  'thanos querier', 'thanos compactor', 'thanos sidecar', 'thanos receive', 'promtail',
];

/** The most words a vendor name has ("amazon managed service for apache flink"). */
export const VENDOR_NAME_MAX_WORDS = 6;

let keys: ReadonlySet<string> | undefined;
let prefixes: ReadonlySet<string> | undefined;

function vendorKeys(): ReadonlySet<string> {
  keys ??= new Set(VENDOR_NAMES.map((name) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).filter((key) => key !== ''));
  return keys;
}

/** Every key and each of its leading runs of words ("amazon", "amazon managed" of "amazon managed service ..."). */
function vendorPrefixes(): ReadonlySet<string> {
  if (prefixes) return prefixes;
  const runs = new Set<string>();
  for (const key of vendorKeys()) {
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) runs.add(key.slice(0, at));
    runs.add(key);
  }
  prefixes = runs;
  return runs;
}

/**
 * Which of `words` (the words of a text in order, as written) belong to a vendor name: at each word the
 * longest run of up to VENDOR_NAME_MAX_WORDS words that spells one of VENDOR_NAMES (case and punctuation
 * ignored: "Pub/Sub" is "pub sub") is taken, left to right. Returns one flag per word. Pure; never throws.
 */
export function vendorWordFlags(words: readonly string[]): boolean[] {
  const known = vendorKeys();
  const runs = vendorPrefixes();
  const lower = words.map((word) => word.toLowerCase());
  const flags = lower.map(() => false);
  for (let start = 0; start < lower.length; start += 1) {
    // The longest name from here: runs are grown a word at a time while some name still starts with them.
    let longest = 0;
    let key = '';
    for (let length = 1; length <= Math.min(VENDOR_NAME_MAX_WORDS, lower.length - start); length += 1) {
      key = length === 1 ? (lower[start] ?? '') : `${key} ${lower[start + length - 1] ?? ''}`;
      if (!runs.has(key)) break;
      if (known.has(key)) longest = length;
    }
    if (longest === 0) continue;
    for (let k = start; k < start + longest; k += 1) flags[k] = true;
    start += longest - 1;
  }
  return flags;
}

/** Whether a text, whole, is one vendor name ("Amazon MSK", "dbt Cloud"). Pure; never throws. */
export function isVendorName(text: string): boolean {
  if (typeof text !== 'string') return false;
  return vendorKeys().has(text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
}
