import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { getDesignIndex, rowId } from '@/lib/design/design-index';

// Sources and consumers of the shipped cases named in practitioners' own words and other vendors' products.
const probes: [string, 'inputs' | 'outputs', string, string][] = [
  ['ecommerce-data-platform', 'inputs', 'Shop MySQL binlog via Maxwell', 'oltp-database'],
  ['ecommerce-data-platform', 'inputs', 'Snowplow tracker events', 'clickstream'],
  ['ecommerce-data-platform', 'inputs', 'Partner drops in an S3 landing bucket', 'partner-files'],
  ['ecommerce-data-platform', 'outputs', 'Analysts in Snowflake', 'bi-dashboards'],
  ['ecommerce-data-platform', 'outputs', 'Finance in BigQuery via Looker Studio', 'bi-dashboards'],
  ['ride-hailing', 'inputs', 'Driver heartbeats', 'driver-locations'],
  ['ride-hailing', 'inputs', 'Trip service MySQL binlog', 'trip-database'],
  ['ride-hailing', 'outputs', 'City ops heat map', 'live-operations'],
  ['card-payments', 'outputs', 'Risk engine decision API', 'fraud-scores'],
  ['card-payments', 'outputs', 'Fraud ops case queue', 'fraud-alerts'],
  ['card-payments', 'outputs', 'Authorisation switch', 'fraud-scores'],
  ['card-payments', 'outputs', 'Fraud data scientists', 'ml-datasets'],
  ['healthcare-records', 'inputs', 'ADT feed from Mirth', 'hl7-feeds'],
  ['iot-telemetry', 'inputs', 'Machine master data', 'asset-registry'],
  ['iot-telemetry', 'outputs', 'Technicians on call', 'anomaly-alerts'],
  ['iot-telemetry', 'outputs', 'Reliability engineers querying trends', 'history-datasets'],
];

describe('the shipped cases recognise sources and consumers in other words', () => {
  it.each(probes)('%s %s: %s', (slug, kind, text, id) => {
    const index = getDesignIndex(loadCase(slug).rubric);
    expect(rowId(index[kind], text)).toBe(id);
  });
});
