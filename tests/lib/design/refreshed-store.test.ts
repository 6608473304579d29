import { describe, expect, it } from 'vitest';
import { scheduleSeconds } from '@/lib/design/parse-sla';
import { servedCodes as codeFor } from './fixtures';

describe('a store refreshed on a schedule looser than its consumer needs cannot serve it', () => {
  it.each([
    ['ecommerce-data-platform', { consumer: 'Ops inventory', store: 'warehouse, refreshed daily' }, 'inventory-metrics'],
    ['healthcare-records', { consumer: 'Bed census', store: 'Postgres view rebuilt hourly' }, 'census-dashboard'],
    ['ride-hailing', { consumer: 'Surge pricing', store: 'multipliers table updated every morning' }, 'surge-multipliers'],
    ['card-payments', { consumer: 'Fraud score API', store: 'scores recomputed overnight' }, 'fraud-scores'],
  ])('%s: %j', (slug, row, id) => {
    expect(codeFor(slug, row, id)).toEqual(['design.output-store-unfit']);
  });

  it.each([
    ['ecommerce-data-platform', { consumer: 'Sales dashboards', store: 'warehouse, refreshed daily' }, 'bi-dashboards'],
    ['ecommerce-data-platform', { consumer: 'Ops inventory', store: 'Redis with a 24 h TTL' }, 'inventory-metrics'],
    ['iot-telemetry', { consumer: 'OEE dashboards', store: 'ClickHouse rollups refreshed hourly' }, 'oee-dashboards'],
  ])('%s: %j fits', (slug, row, id) => {
    expect(codeFor(slug, row, id)).toEqual(['design.output-named']);
  });

  it.each([
    ['refreshed daily', 86_400],
    ['nightly load', 86_400],
    ['hourly batch', 3600],
    ['Redis with a 24h TTL', undefined],
    ['live view', undefined],
    ['not refreshed nightly, streamed', undefined],
  ])('scheduleSeconds(%s)', (text, expected) => {
    expect(scheduleSeconds(text)).toBe(expected);
  });
});
