import { describe, expect, it } from 'vitest';
import { classifyKind, kindFromLabel, tokenize } from '@/lib/canvas/classify-kind';
import { KIND_SYNONYMS } from '@/lib/canvas/kind-synonyms';
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
    for (const entry of KIND_SYNONYMS) expect(COMPONENT_KINDS).toContain(entry.kind);
  });

  it('accepts a custom table', () => {
    expect(kindFromLabel('Bigtable', [{ kind: 'nosql_database', phrases: ['bigtable'] }])).toBe('nosql_database');
    expect(kindFromLabel('Kafka', [{ kind: 'cache', phrases: ['redis'] }])).toBe('unknown');
  });
});

describe('classifyKind', () => {
  it('prefers a valid customData.kind over the label', () => {
    expect(classifyKind('Kafka', [{ kind: 'warehouse' }])).toBe('warehouse');
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
    expect(kindFromLabel('Plant historian')).toBe('nosql_database');
    expect(kindFromLabel('OPC UA server')).toBe('iot_devices');
    expect(kindFromLabel('AWS EMR')).toBe('spark_batch');
  });
});
