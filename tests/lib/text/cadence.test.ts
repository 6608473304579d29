import { describe, expect, it } from 'vitest';
import { readCadence, readSchedule } from '@/lib/text/cadence';

describe('readCadence: how often a label says something runs', () => {
  it.each<[string, number]>([
    ['Spark job (nightly)', 86_400],
    ['Nightly HL7 file dump', 86_400],
    ['dbt hourly', 3600],
    ['Lambda every 15 min', 900],
    ['Spark batch every 30 s', 30],
    ['refresh every 5min', 300],
    ['Glue job, every 2 hours', 7200],
    ['5 min batches', 300],
    ['export once a day', 86_400],
    ['weekly rebuild', 604_800],
  ])('%s: a schedule of %i seconds', (label, seconds) => {
    expect(readCadence(label)).toMatchObject({ style: 'batch', seconds });
  });

  it.each(['Spark batch', 'cron export', 'DB dump', 'Scheduled load'])('%s: a schedule, interval not said', (label) => {
    const cadence = readCadence(label);
    expect(cadence?.style).toBe('batch');
    expect(cadence?.seconds).toBeUndefined();
  });

  it.each(['Spark Structured Streaming (micro-batch, 10 s trigger)', 'Dataflow streaming', 'real-time scoring', 'Flink (continuous)'])('%s: continuous', (label) => {
    expect(readCadence(label)?.style).toBe('stream');
  });

  it.each(['pings batched every 5 s', 'readings batched every 10 min'])('%s: a grouping with an interval is read by the interval', (label) => {
    expect(readCadence(label)?.seconds).toBeGreaterThan(0);
  });

  it.each(['Flink surge job', 'Redis (surge per cell)', 'Kafka', '', 'Snapshot of stock', 'pings (batched)', 'events in batches of 500', 'batched producer writes'])('%s: no cadence', (label) => {
    expect(readCadence(label)).toBeUndefined();
  });
});

describe('readSchedule: the schedule a label names, beside any stream claim', () => {
  it('a said schedule is read even when the label also claims real time', () => {
    expect(readSchedule('Daily Spark (real-time detector)')).toEqual({ style: 'batch', seconds: 86_400, said: 'daily' });
    expect(readSchedule('streaming, every 2 hours')).toMatchObject({ style: 'batch', seconds: 7200 });
    expect(readCadence('Daily Spark (real-time detector)')?.style).toBe('stream');
  });
  it.each(['Flink streaming', 'real-time engine', ''])('%s: no schedule', (label) => {
    expect(readSchedule(label)).toBeUndefined();
  });
});
