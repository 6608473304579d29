import { describe, expect, it } from 'vitest';
import { readGuarantees } from '@/lib/text/asserted-guarantee';
import { readWindowEmissions } from '@/lib/text/window-emission';
import { namesServingPlace } from '@/lib/text/serving-place';
import { codesOf, findingOf, gradeCase } from './fixtures';

// Kinds (designs and wording of their own, not golden round 22; the interviewer's score is in each title, written
// before the engine ran): a delivery guarantee named without a mechanism; the output the most urgent use case exists
// for served to nobody; the right window with a number that cannot meet the deadline; an SLA credited to an output
// its sentence does not name; a managed cloud store read as a store.

describe('a delivery guarantee without a mechanism', () => {
  it('reads the guarantee and the mechanisms, and not a guarantee ruled out', () => {
    expect(readGuarantees('Spark writes each batch effectively-once, so no duplicates reach the ledger').assertions).toHaveLength(2);
    expect(readGuarantees('at-least-once delivery, not exactly-once').assertions).toEqual([]);
    expect(readGuarantees('Exactly once via an upsert on the order id and Flink checkpoints').mechanisms.length).toBeGreaterThan(0);
  });

  const healthInputs = [
    { name: 'HL7 ADT feed from the interface engine', mode: 'stream', format: 'HL7 v2', rate: '6M messages/day' },
    { name: 'FHIR bulk export', mode: 'batch', format: 'NDJSON', rate: 'nightly' },
    { name: 'claims files', mode: 'batch', format: 'CSV', rate: 'nightly' },
    { name: 'EHR access logs', mode: 'batch', format: 'CSV', rate: 'hourly' },
  ];
  const healthOutputs = [
    { consumer: 'bed managers', store: 'census table in Postgres' },
    { consumer: 'quality team', store: 'warehouse marts' },
    { consumer: 'privacy office', store: 'audit tables in the lake' },
    { consumer: 'researchers', store: 'de-identified extracts' },
  ];

  it('a census promised "no duplicates, never lost" at every hop with nothing that makes it so is half a design (interviewer: 45)', () => {
    const result = gradeCase('healthcare-records', {
      inputs: healthInputs,
      useCase: 'Bed census with no duplicates and no message ever lost; quality measures; access audit; research extracts.',
      sla: 'census within 2 minutes; quality by 07:00 daily',
      outputs: healthOutputs,
      processingStyle: 'both',
      reason: 'Every hop is effectively-once: the feed is never lost, the census has no duplicates, and the marts are exactly once too, so counts are always right.',
    });
    expect(codesOf(result)).toContain('design.guarantee-unbacked-cap');
    expect(result.score).toBeLessThanOrEqual(50);
  });

  it('the same design saying how (unique message control id, upsert, checkpoints) is not charged for it (interviewer: 80)', () => {
    const result = gradeCase('healthcare-records', {
      inputs: healthInputs,
      useCase: 'Bed census; quality measures; access audit; research extracts.',
      sla: 'census within 2 minutes; quality by 07:00 daily',
      outputs: healthOutputs,
      processingStyle: 'both',
      reason: 'Effectively-once census: Flink checkpoints its state and upserts each patient row keyed on the message control id, so a replayed ADT message changes nothing. Nightly dbt marts by 07:00.',
    });
    expect(codesOf(result)).not.toContain('design.guarantee-unbacked-cap');
    expect(codesOf(result)).not.toContain('design.guarantee-unbacked');
  });
});

describe('the right window with the wrong number', () => {
  it('reads when a window emits: at its end when tumbling, at its slide when sliding', () => {
    expect(readWindowEmissions('Spark aggregates occupancy in tumbling windows of 15 minutes.').map((w) => w.seconds)).toEqual([900]);
    expect(readWindowEmissions('10-minute windows sliding every 20 s per ward.').map((w) => w.seconds)).toEqual([20]);
    expect(readWindowEmissions('session windows per user')).toEqual([]);
  });

  const rideInputs = [
    { name: 'driver location pings', mode: 'stream', format: 'JSON', rate: '40k/s at peak' },
    { name: 'ride requests', mode: 'stream', format: 'JSON', rate: '8M/day' },
    { name: 'trips via CDC from MySQL', mode: 'stream', format: 'Avro', rate: '2M/day' },
    { name: 'settlement files', mode: 'batch', format: 'CSV', rate: 'daily' },
  ];
  const rideOutputs = [
    { consumer: 'pricing service', store: 'Redis multiplier per cell' },
    { consumer: 'city ops', store: 'live map API' },
    { consumer: 'finance', store: 'warehouse marts' },
    { consumer: 'data science', store: 'lake tables' },
  ];
  it('surge priced from 10-minute tumbling windows for a 30-second need is capped (interviewer: 55)', () => {
    const result = gradeCase('ride-hailing', {
      inputs: rideInputs,
      useCase: 'Surge multiplier per zone; live ops map; daily earnings.',
      sla: 'surge within 30 s; map 1 min; earnings by 07:00',
      outputs: rideOutputs,
      processingStyle: 'both',
      reason: 'Flink counts open requests and free drivers per zone in 10-minute tumbling windows and writes the surge multiplier to Redis. Nightly Spark for earnings.',
    });
    expect(findingOf(result, 'design.window-misses-need')?.message).toContain('10-minute tumbling windows');
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('the same window sliding every 15 s meets it (interviewer: 82)', () => {
    const result = gradeCase('ride-hailing', {
      inputs: rideInputs,
      useCase: 'Surge multiplier per zone; live ops map; daily earnings.',
      sla: 'surge within 30 s; map 1 min; earnings by 07:00',
      outputs: rideOutputs,
      processingStyle: 'both',
      reason: 'Flink counts open requests and free drivers per zone in 10-minute windows sliding every 15 s and writes the surge multiplier to Redis. Nightly Spark for earnings.',
    });
    expect(codesOf(result)).not.toContain('design.window-misses-need');
  });
});

describe('outputs that leave out the one the case exists for', () => {
  it('alerts computed but served to nobody cap the design (interviewer: 55)', () => {
    const result = gradeCase('iot-telemetry', {
      inputs: [
        { name: 'machine telemetry over MQTT into Kafka', mode: 'stream', format: 'JSON', rate: '40k/s' },
        { name: 'MES orders', mode: 'batch', format: 'SQL', rate: 'hourly' },
        { name: 'asset registry', mode: 'batch', format: 'CSV', rate: 'daily' },
      ],
      useCase: 'Anomaly detection on critical machines within 10 s; machine history for engineers; OEE per line.',
      sla: 'anomalies detected within 10 s; OEE hourly',
      outputs: [
        { consumer: 'engineers', store: 'TimescaleDB minute rollups' },
        { consumer: 'plant managers', store: 'OEE marts in the warehouse' },
      ],
      processingStyle: 'both',
      reason: 'Flink keyed by machine scores every reading against its limits and writes anomalies to a Kafka topic; rollups into TimescaleDB; hourly Spark for OEE.',
    });
    expect(findingOf(result, 'design.priority-output-unserved')?.message).toContain('Anomaly alerts to technicians');
    expect(result.score).toBeLessThanOrEqual(55);
  });
});

describe('an SLA credited to the output it names', () => {
  it('a latency for data science features is not the inventory SLA (interviewer: 40)', () => {
    const result = gradeCase('ecommerce-data-platform', {
      inputs: [
        { name: 'orders DB via Debezium', mode: 'stream', format: 'Avro', rate: '70k orders/day' },
        { name: 'clickstream', mode: 'stream', format: 'JSON', rate: '50M/day' },
        { name: 'partner files', mode: 'batch', format: 'CSV', rate: 'nightly' },
      ],
      useCase: 'Stock levels while a sale runs; daily revenue dashboard.',
      sla: 'data science feature lookups under 20 ms',
      outputs: [
        { consumer: 'ops', store: 'stock table in Redis' },
        { consumer: 'analysts', store: 'warehouse marts' },
      ],
      processingStyle: 'both',
      reason: 'Kafka and Spark streaming for stock into Redis; nightly dbt for revenue.',
    });
    expect(codesOf(result)).toContain('design.sla-for-other-output');
    expect(codesOf(result)).not.toContain('design.sla-met');
  });
});

describe('managed cloud stores', () => {
  it('reads product names as stores across clouds', () => {
    for (const name of ['Kusto cluster', 'Cosmos DB container', 'Memorystore', 'AlloyDB', 'Amazon Keyspaces']) expect(namesServingPlace(name)).toBe(true);
    expect(namesServingPlace('engineers')).toBe(false);
  });
});
