import { describe, expect, it } from 'vitest';
import { servedCodes as codeFor } from './fixtures';

describe('a consumer read from a store that cannot serve it earns nothing', () => {
  it.each([
    // Read per request within seconds, from a warehouse.
    ['card-payments', { consumer: 'Authorisation switch', store: 'Snowflake query per authorisation' }, 'fraud-scores'],
    ['ride-hailing', { consumer: 'Pricing service', store: 'BigQuery table' }, 'surge-multipliers'],
    ['iot-telemetry', { consumer: 'Technicians', store: 'Redshift alerts table' }, 'anomaly-alerts'],
    // A report over history, from a key-value store.
    ['ride-hailing', { consumer: 'Finance earnings', store: 'Redis' }, 'trip-analytics'],
    ['iot-telemetry', { consumer: 'Plant managers OEE', store: 'DynamoDB' }, 'oee-dashboards'],
    ['healthcare-records', { consumer: 'Quality team', store: 'Redis cache' }, 'quality-dashboards'],
    // Alerts that must be seconds old, from an archive.
    ['card-payments', { consumer: 'Fraud analysts', store: 'S3 Glacier archive' }, 'fraud-alerts'],
  ])('%s: %j', (slug, row, id) => {
    expect(codeFor(slug, row, id)).toEqual(['design.output-store-unfit']);
  });

  it.each([
    ['card-payments', { consumer: 'Authorisation switch', store: 'scoring service on Feast online store (Redis)' }, 'fraud-scores'],
    ['ecommerce-data-platform', { consumer: 'Ops stock view', store: 'BigQuery live stock table fed by Dataflow' }, 'inventory-metrics'],
    ['ride-hailing', { consumer: 'Finance', store: 'Snowflake marts with a Redis cache' }, 'trip-analytics'],
    ['iot-telemetry', { consumer: 'Plant managers', store: 'OEE marts in the warehouse' }, 'oee-dashboards'],
    ['card-payments', { consumer: 'Fraud analysts', store: 'alert queue fed by a Flink topic' }, 'fraud-alerts'],
  ])('%s: %j fits', (slug, row, id) => {
    expect(codeFor(slug, row, id)).toEqual(['design.output-named']);
  });
});
