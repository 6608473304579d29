import { describe, expect, it } from 'vitest';
import { classifyComponent, classifyKind, kindFromLabel, kindsFromLabel, tokenize } from '@/lib/canvas/classify-kind';
import { KIND_VOCABULARY } from '@/lib/canvas/vocabulary/kind-vocabulary';
import { COMPONENT_KINDS } from '@/lib/diagram/component-kinds';

describe('kindFromLabel', () => {
  it.each([
    ['MSK', 'kafka'],
    ['Confluent Cloud', 'kafka'],
    ['event bus', 'kafka'],
    ['Kafka', 'kafka'],
    ['Redpanda', 'kafka'],
    ['Delta Lake', 'table_format'],
    ['Iceberg tables', 'table_format'],
    ['Hudi', 'table_format'],
    ['Lakehouse', 'table_format'],
    ['Postgres', 'oltp_database'],
    ['PostgreSQL', 'oltp_database'],
    ['MySQL', 'oltp_database'],
    ['RDS', 'oltp_database'],
    ['Aurora', 'oltp_database'],
    ['S3', 'object_store'],
    ['GCS bucket', 'object_store'],
    ['ADLS Gen2', 'object_store'],
    ['MinIO', 'object_store'],
    ['data lake', 'object_store'],
    ['Debezium', 'cdc'],
    ['CDC connector', 'cdc'],
    ['Spark Structured Streaming', 'spark_streaming'],
    ['Spark', 'spark_batch'],
    ['PySpark job', 'spark_batch'],
    ['EMR', 'spark_batch'],
    ['Databricks job', 'spark_batch'],
    ['Snowflake', 'warehouse'],
    ['BigQuery', 'warehouse'],
    ['Redshift', 'warehouse'],
    ['Redis', 'cache'],
    ['Elasticsearch', 'search_index'],
    ['OpenSearch', 'search_index'],
    ['Grafana', 'monitoring'],
    ['Prometheus', 'monitoring'],
    ['Datadog', 'monitoring'],
    ['DLQ', 'dead_letter_queue'],
    ['dead letter topic', 'dead_letter_queue'],
    ['Airflow', 'airflow'],
    ['Dagster', 'airflow'],
    ['Prefect', 'airflow'],
    ['Tableau', 'bi_dashboard'],
    ['Looker', 'bi_dashboard'],
    ['Superset', 'bi_dashboard'],
    ['Power BI', 'bi_dashboard'],
    ['Sales dashboards', 'bi_dashboard'],
    ['bronze', 'bronze_layer'],
    ['raw layer', 'bronze_layer'],
    ['Silver tables', 'silver_layer'],
    ['Gold', 'gold_layer'],
    ['Flink', 'flink'],
    ['dbt', 'dbt'],
    ['MongoDB', 'nosql_database'],
    ['Feast feature store', 'feature_store'],
    ['EKS', 'kubernetes'],
    ['Schema Registry', 'schema_registry'],
    ['API Gateway', 'api_gateway'],
    ['IoT devices', 'iot_devices'],
    ['clickstream', 'clickstream'],
  ] as const)('%s -> %s', (label, kind) => {
    expect(kindFromLabel(label)).toBe(kind);
  });

  it('reads component shorthand written on whiteboards: "Dbz" is Debezium (CDC), "SSS" Spark Structured Streaming, "DLQ" a dead letter queue, "3 brk" brokers', () => {
    expect(kindsFromLabel('Dbz').kinds).toContain('cdc');
    expect(kindsFromLabel('SSS').kinds).toContain('spark_streaming');
    expect(kindsFromLabel('DLQ').kinds).toContain('dead_letter_queue');
    expect(kindsFromLabel('K (3 brk)').kinds).toEqual(['kafka']);
    // "SSS" after "Spark" stays one Spark Structured Streaming job, not two.
    expect(kindsFromLabel('Spark SSS').kinds).toEqual(['spark_streaming']);
  });

  it('prefers the more specific phrase', () => {
    expect(kindFromLabel('Spark Streaming job')).toBe('spark_streaming');
    expect(kindFromLabel('Kafka DLQ')).toBe('dead_letter_queue');
    expect(kindFromLabel('Confluent Schema Registry')).toBe('schema_registry');
    expect(kindFromLabel('Cassandra DB')).toBe('nosql_database');
    expect(kindFromLabel('Orders database')).toBe('oltp_database');
  });

  it('ignores case, punctuation and plural s', () => {
    expect(kindFromLabel('  KAFKA-topics!! ')).toBe('kafka');
    expect(kindFromLabel('Postgres\n(primary)')).toBe('oltp_database');
    expect(tokenize('Power-BI / Looker')).toEqual(['power', 'bi', 'looker']);
  });

  it('matches whole words only', () => {
    expect(kindFromLabel('Sparkle')).toBe('unknown');
    expect(kindFromLabel('Redistribution')).toBe('unknown');
  });

  it("returns 'unknown' for labels it cannot place, including empty ones", () => {
    expect(kindFromLabel('')).toBe('unknown');
    expect(kindFromLabel('Widget 42')).toBe('unknown');
  });

  it('only maps to real component kinds', () => {
    for (const entry of KIND_VOCABULARY) expect(COMPONENT_KINDS).toContain(entry.kind);
  });

  it('accepts a custom table', () => {
    expect(kindFromLabel('Bigtable', [{ kind: 'nosql_database', products: ['bigtable'] }])).toBe('nosql_database');
    expect(kindFromLabel('Kafka', [{ kind: 'cache', products: ['redis'] }])).toBe('unknown');
  });
});

describe('classifyKind', () => {
  it('uses a palette customData.kind when the label is empty or still names the item', () => {
    expect(classifyKind('', [{ kind: 'warehouse' }])).toBe('warehouse');
    expect(classifyKind('Warehouse v2', [{ kind: 'warehouse' }])).toBe('warehouse');
    expect(classifyKind('Shop DB', [{ kind: 'oltp_database' }])).toBe('oltp_database');
  });

  it('lets the label win over a palette kind when it names something else, and says which palette kind it overrode', () => {
    expect(classifyComponent('Kafka', [{ kind: 'warehouse' }])).toEqual({ kinds: ['kafka'], source: 'label', paletteKind: 'warehouse' });
    expect(classifyComponent('Druid', [{ kind: 'bi_dashboard' }])).toEqual({ kinds: ['realtime_olap'], source: 'label', paletteKind: 'bi_dashboard' });
  });

  it('does not let a relabelled palette box keep a kind its label does not name', () => {
    for (const label of ['Operator clipboard', 'Monthly email', 'Inbox', 'Someone reads the clipboard']) {
      expect(classifyComponent(label, [{ kind: 'bi_dashboard' }]), label).toEqual({ kinds: ['unknown'], source: 'label', paletteKind: 'bi_dashboard' });
    }
  });

  it("takes the learner's own answer to \"What is this?\" over the label", () => {
    expect(classifyComponent('Operator clipboard', [{ kind: 'bi_dashboard', kindSource: 'learner' }])).toEqual({ kinds: ['bi_dashboard'], source: 'learner' });
    expect(classifyComponent('Kafka', [{ kind: 'warehouse', kindSource: 'learner' }])).toEqual({ kinds: ['warehouse'], source: 'learner' });
  });

  it('ignores an invalid customData.kind and falls back to the label', () => {
    expect(classifyKind('Kafka', [{ kind: 'message-bus' }, null, { other: 1 }])).toBe('kafka');
    expect(classifyKind('', [{ kind: 42 }])).toBe('unknown');
  });
});

describe('domain words from the healthcare and industrial cases', () => {
  it('reads hospital and plant systems as the right kinds', () => {
    expect(kindFromLabel('Epic EHR')).toBe('app_service');
    expect(kindFromLabel('Rhapsody interface engine')).toBe('api_gateway');
    expect(kindFromLabel('FHIR API')).toBe('third_party_api');
    expect(kindFromLabel('Plant historian')).toBe('timeseries_database');
    expect(kindFromLabel('OPC UA server')).toBe('iot_devices');
    expect(kindFromLabel('AWS EMR')).toBe('spark_batch');
  });
});

describe('labels are read by what they name', () => {
  it.each([
    ['Streaming job (stock deltas)', ['stream_processor']],
    ['Deltas streaming job', ['stream_processor']],
    ['SQL models', ['dbt']],
    ['dbt models (marts)', ['dbt']],
    ['TimescaleDB (raw telemetry)', ['timeseries_database']],
    ['InfluxDB (raw readings', ['timeseries_database']],
    ['BigQuery (raw + marts)', ['warehouse']],
    ['Snowflake (bronze/silver)', ['warehouse']],
    ['Live inventory (Redis)', ['cache']],
    ['Raw zone (S3)', ['bronze_layer', 'object_store']],
    ['Kafka DLQ', ['dead_letter_queue', 'kafka']],
  ] as const)('%s', (label, kinds) => {
    expect(kindsFromLabel(label).kinds).toEqual(kinds);
  });

  it.each([
    ['Kafka + Debezium', ['kafka', 'cdc']],
    ['Postgres / S3', ['oltp_database', 'object_store']],
    ['Debezium & MSK', ['cdc', 'kafka']],
    ['Flink and Pinot', ['flink', 'realtime_olap']],
    ['Spark, dbt', ['spark_batch', 'dbt']],
  ] as const)('a label naming two tools has both kinds: %s', (label, kinds) => {
    expect(kindsFromLabel(label).kinds).toEqual(kinds);
  });

  it('keeps one kind for a product whose name holds a separator', () => {
    expect(kindsFromLabel('Google Pub/Sub').kinds).toEqual(['kafka']);
  });
});

describe('vendors are equal', () => {
  it.each([
    ['Azure Stream Analytics', 'stream_processor'],
    ['Stream Analytics job', 'stream_processor'],
    ['Kafka Streams app', 'stream_processor'],
    ['Dataflow', 'stream_processor'],
    ['Datastream', 'cdc'],
    ['AWS DMS', 'cdc'],
    ['Azure Data Factory', 'airflow'],
    ['ADF', 'airflow'],
    ['Composer', 'airflow'],
    ['Kinesis Data Firehose', 'ingestion_service'],
    ['Firehose', 'ingestion_service'],
    ['Snowpipe', 'ingestion_service'],
    ['Apache NiFi', 'ingestion_service'],
    ['Logstash', 'ingestion_service'],
    ['Kafka Connect S3 Sink', 'ingestion_service'],
    ['EventBridge', 'event_router'],
    ['Event Grid', 'event_router'],
    ['AWS Lambda', 'serverless_function'],
    ['Azure Functions', 'serverless_function'],
    ['ClickHouse Keeper', 'coordination'],
    ['ZooKeeper', 'coordination'],
    ['AWS Glue Data Catalog', 'data_catalog'],
    ['Unity Catalog', 'data_catalog'],
    ['IAM', 'access_control'],
    ['Bucket policy', 'access_control'],
    ['Druid', 'realtime_olap'],
    ['Apache Pinot', 'realtime_olap'],
    ['ClickHouse', 'realtime_olap'],
    ['TimescaleDB', 'timeseries_database'],
    ['Amazon Timestream', 'timeseries_database'],
    ['PG', 'oltp_database'],
    ['MQ', 'kafka'],
    ['BQ', 'warehouse'],
    ['Azure Event Hubs', 'kafka'],
    ['Google Pub/Sub', 'kafka'],
    ['Azure Databricks', 'spark_batch'],
    ['Dataproc', 'spark_batch'],
    ['Synapse', 'warehouse'],
    ['ADLS Gen2', 'object_store'],
    ['Cloud SQL', 'oltp_database'],
    ['Cosmos DB', 'nosql_database'],
  ] as const)('%s -> %s', (label, kind) => {
    expect(kindFromLabel(label)).toBe(kind);
  });

  it('reads Azure Data Factory as an orchestrator and an ingestion service', () => {
    expect(kindsFromLabel('Azure Data Factory').kinds).toEqual(['airflow', 'ingestion_service']);
  });
});

describe('log and metrics stores people draw', () => {
  it.each([
    ['GreptimeDB', 'timeseries_database'],
    ['Greptime (metrics)', 'timeseries_database'],
    ['Victoria Logs', 'search_index'],
    ['VictoriaLogs cluster', 'search_index'],
  ])('reads "%s" as %s', (label, kind) => {
    expect(kindFromLabel(label)).toBe(kind);
  });

  it('reads Kibana as both the monitoring UI and a dashboard, like Grafana', () => {
    expect(kindsFromLabel('Kibana').kinds).toEqual(['monitoring', 'bi_dashboard']);
    expect(kindsFromLabel('Grafana').kinds).toEqual(kindsFromLabel('Kibana').kinds);
  });

  it('tells a product name from a word: "MSK" is a product, "topic" is not', () => {
    expect(kindsFromLabel('Amazon MSK cluster').product).toBe(true);
    expect(kindsFromLabel('user events topic').product).toBe(false);
  });
});
