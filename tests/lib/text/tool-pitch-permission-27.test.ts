import { describe, expect, it } from 'vitest';
import { readToolPitch } from '../../../lib/text/tool-pitch';

// Leave to use a product, or the interviewer's preference between products, asks no requirement (round 27).
describe('asking leave to use a product is a design pitch', () => {
  const pitches: [string, string[]][] = [
    ['May we use Snowflake for the warehouse?', ['snowflake']],
    ['Could I go with Airflow for the scheduling?', ['airflow']],
    ['Are we allowed to use DynamoDB for the online features?', ['dynamodb']],
    ['Is BigQuery acceptable, or do you want Redshift?', ['bigquery', 'redshift']],
    ['Do you prefer Cassandra or DynamoDB for the pings?', ['cassandra', 'dynamodb']],
    ['Should it be Pulsar or Kafka?', ['pulsar', 'kafka']],
    ['Flink or Spark for the surge job?', ['flink', 'spark']],
  ];
  it.each(pitches)('%s', (line, products) => {
    expect(readToolPitch(line)).toEqual(expect.arrayContaining(products));
  });

  const asks: string[] = [
    'Is the ledger in Oracle or Postgres?',
    'Do you already run Kafka somewhere we could use?',
    'Can we use Snowflake, and how many analysts will query it?',
    'Is a one-hour delay into Redshift fine for the finance team?',
    'When the Debezium feed lags, can the ops dashboard show stale stock?',
    'Does HL7 arrive over MLLP or as files?',
  ];
  it.each(asks)('a requirement asked around a product is not a pitch: %s', (line) => {
    expect(readToolPitch(line)).toBeNull();
  });
});
