import { describe, expect, it } from 'vitest';
import { kindsFromLabel } from '@/lib/canvas/classify-kind';

// Plain whiteboard words classify like product names, and a qualifier changes what a holding place is.
// Inputs written for this file (not taken from any golden scene); each expected reading decided before running.
const kinds = (label: string) => kindsFromLabel(label).kinds;

describe('plain descriptions of a kind read as that kind', () => {
  it.each([
    ['Change feed', 'cdc'],
    ['Row change capture', 'cdc'],
    ['Replication slot reader', 'cdc'],
    ['Collector endpoint', 'api_gateway'],
    ['Events ingestion endpoint', 'api_gateway'],
    ['Live fleet view', 'bi_dashboard'],
    ['Ops screen', 'bi_dashboard'],
    ['Ward occupancy view', 'bi_dashboard'],
  ])('%s -> %s', (label, kind) => {
    expect(kinds(label)[0]).toBe(kind);
  });
});

describe('a bracketed note names what a broad head word is', () => {
  it('a job whose note names a stream engine is that engine, not a batch job', () => {
    expect(kinds('Transform job (Flink)')).toEqual(['flink']);
  });
  it('an endpoint whose note says gateway is the entry gateway first', () => {
    expect(kinds('Upload endpoint (load balancer)')[0]).toBe('api_gateway');
  });
  it('a specific head keeps its own reading; the note adds only product names', () => {
    expect(kinds('Kafka (error topic)')).toEqual(['kafka']);
    expect(kinds('Warehouse (trips, fares)')).toEqual(['warehouse']);
  });
});

describe('a qualifier turns a topic, queue or bucket into a dead letter queue', () => {
  it.each(['Failed orders queue', 'Invalid readings topic', 'Malformed events bucket', 'Quarantine bucket', 'Retry topic', 'Bad records stream'])('%s', (label) => {
    expect(kinds(label)).toEqual(['dead_letter_queue']);
  });
  it('only the qualified part changes', () => {
    expect(kinds('Kafka + failed pings topic')).toEqual(['kafka', 'dead_letter_queue']);
  });
  it('unqualified places and things that are not holding places stay what they are', () => {
    expect(kinds('Orders topic')).toEqual(['kafka']);
    expect(kinds('Raw events bucket')).not.toContain('dead_letter_queue');
    expect(kinds('Error alerts')).toEqual(['monitoring']);
    expect(kinds('Payments queue')).toEqual(['kafka']);
  });
  it('a qualifier too far before the noun does not reach it', () => {
    expect(kinds('Failed logins per user session topic')).toEqual(['kafka']);
  });
});

describe('phrases that name no component keep their words from naming one', () => {
  it('a materialised view is no dashboard, and event time is no event stream', () => {
    expect(kinds('Materialized views')).toEqual([]);
    expect(kinds('Window job (Flink)\nevent time, 1 min')).toEqual(['flink']);
    expect(kinds('Event time windows')).toEqual([]);
  });
});
