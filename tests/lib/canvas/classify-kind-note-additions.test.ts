import { describe, expect, it } from 'vitest';
import { kindsFromLabel } from '@/lib/canvas/classify-kind';

const kinds = (label: string) => kindsFromLabel(label).kinds;

// A bracketed note usually describes its box ("BigQuery (raw + marts)" is a warehouse), so it adds only
// tool names. Two kinds of note say more: one that opens with "+", "with" or "plus" adds a part to the box,
// and one on an analytical store that names the dashboards it feeds says who reads the store.

describe('a note that adds a part to its box', () => {
  it('reads the part a "+" note adds, terms as well as product names', () => {
    expect(kinds('MSK (+ schema registry)')).toEqual(['kafka', 'schema_registry']);
    expect(kinds('Event Hubs (with Avro schema registry)')).toContain('schema_registry');
    expect(kinds('Orders MySQL (plus CDC)')).toEqual(['oltp_database', 'cdc']);
    expect(kinds('Pub/Sub topic [& dead letter topic]')).toContain('dead_letter_queue');
  });

  it('keeps a describing note to product names only', () => {
    expect(kinds('BigQuery (raw + marts)')).toEqual(['warehouse']);
    expect(kinds('Redshift (finance team)')).toEqual(['warehouse']);
    expect(kinds('Kafka (schema evolution is a later step)')).toEqual(['kafka']);
  });
});

describe('a note on a store that names the dashboards it feeds', () => {
  it('reads the store and its dashboards', () => {
    expect(kinds('Redshift (BI reports, 07:00)')).toEqual(['warehouse', 'bi_dashboard']);
    expect(kinds('Delta gold tables (for the ops dashboards)')).toContain('bi_dashboard');
  });

  it('adds no reader to a box that is not an analytical store', () => {
    expect(kinds('Redis (live map)')).toEqual(['cache']);
    expect(kinds('Orders Postgres (reporting)')).toEqual(['oltp_database']);
    expect(kinds('Spark job (daily report)')).not.toContain('bi_dashboard');
  });
});
