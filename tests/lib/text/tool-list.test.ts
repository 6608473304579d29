import { describe, expect, it } from 'vitest';
import { isToolList } from '@/lib/text/tool-list';

describe('isToolList', () => {
  it.each(['Kafka, Spark, Flink', 'Airflow, dbt', 'Kinesis, Lambda, DynamoDB', 'Glue + Redshift', 'S3 / Iceberg / Trino', 'lakehouse, warehouse, Redis, Delta', 'MQTT and OPC UA'])('%s lists only tools', (text) => {
    expect(isToolList(text)).toBe(true);
  });
  it.each(['Sensor readings over MQTT', 'Orders, Debezium', 'Kafka', 'Clickstream events into Kafka', 'BI, ML, ops, leadership', 'Iceberg history on S3', '', 'warehouse marts built nightly'])('%s is not a tool list', (text) => {
    expect(isToolList(text)).toBe(false);
  });
  it('never throws on a non-string', () => {
    expect(isToolList(42 as unknown as string)).toBe(false);
  });
});
