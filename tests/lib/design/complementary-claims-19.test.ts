import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { designAnswerSchema } from '@/lib/design/design-answer-schema';
import { CONTRADICTED_DESIGN_MAX, scoreDesign } from '@/lib/design/score-design';
import type { StepResult } from '@/lib/scoring/finding';

// Round 18: a strong card-payments design lost 60 points because "a resent authorisation never posts twice" (an
// exactly-once guarantee) was read as denying the "ledger postings via Debezium" row. Two claims contradict only when
// both cannot hold; mechanisms that work together, and guarantees against an unwanted outcome, do not.
const grade = (slug: string, fields: Record<string, unknown>) => scoreDesign(designAnswerSchema.parse(fields), loadCase(slug).rubric);
const CONTRADICTION_CODES = new Set(['design.field-contradiction', 'design.style-negated', 'design.style-own-sla', 'design.use-case-against-sla', 'design.use-case-against-style']);
const contradictions = (result: StepResult) => result.findings.filter((finding) => CONTRADICTION_CODES.has(finding.code) && finding.severity === 'wrong');
const capped = (result: StepResult) => result.findings.some((finding) => finding.code === 'design.contradicted-cap');

const healthcare = {
  inputs: [
    { name: 'HL7 ADT and ORU messages from the interface engine, each acknowledged only once it is on Kafka', mode: 'stream', format: 'HL7 v2', rate: '200 a second at peak' },
    { name: 'FHIR bulk exports of the EHR', mode: 'batch', format: 'NDJSON', rate: 'nightly' },
    { name: 'EHR access logs', mode: 'batch', format: 'CSV', rate: 'hourly files' },
  ],
  useCase: 'Live bed census for the emergency department, and monthly quality measures that take late corrections.',
  sla: 'census within 2 minutes of an admission or discharge; quality measures restated nightly',
  outputs: [
    { consumer: 'bed management and the ED', store: 'census table in Redis behind the ops board' },
    { consumer: 'clinicians and the quality team', store: 'quality dashboards on the warehouse' },
    { consumer: 'privacy office', store: 'access reports in the warehouse' },
  ],
  processingStyle: 'both',
  reason: 'Streaming for the census because two minutes rules out a schedule; the patient dimension is SCD type 2 with valid_from and valid_to, so a corrected admission adds a row and no admission message is ever lost or applied twice.',
};

const iot = {
  inputs: [
    { name: 'sensor readings over MQTT from the edge gateways', mode: 'stream', format: 'JSON', rate: '50k a second' },
    { name: 'MES production orders and part counts from SQL Server', mode: 'batch', format: 'rows', rate: 'nightly extract' },
    { name: 'asset registry CSV', mode: 'batch', format: 'CSV', rate: 'daily' },
  ],
  useCase: 'Anomaly alerts on critical machines within seconds, and OEE per plant and line every hour.',
  sla: 'alerts within 10 seconds of the reading; OEE refreshed hourly',
  outputs: [
    { consumer: 'maintenance technicians', store: 'alerts pushed from the Flink job' },
    { consumer: 'plant managers', store: 'OEE dashboards on the warehouse' },
    { consumer: 'reliability engineers', store: 'history in Iceberg tables on S3' },
  ],
  processingStyle: 'both',
  reason: 'Streaming for the alerts because ten seconds is no schedule, and a nightly reconciliation batch that recounts the day from the raw readings in S3, so no reading is ever dropped from OEE; the object store keeps the raw history and the warehouse serves the dashboards.',
};

const ride = {
  inputs: [
    { name: 'driver GPS pings from the driver app to Kafka', mode: 'stream', format: 'protobuf', rate: '100k a second' },
    { name: 'ride requests and price quotes', mode: 'stream', format: 'Avro', rate: '2k a second' },
    { name: 'trips from the trip service PostgreSQL via Debezium CDC', mode: 'stream', format: 'Avro', rate: '500 a second' },
    { name: 'payment settlement files', mode: 'batch', format: 'CSV', rate: 'daily' },
  ],
  useCase: 'Real-time surge pricing per zone, and daily trips, fares and driver earnings.',
  sla: 'surge multipliers within 30 seconds; earnings dashboards by 07:00',
  outputs: [
    { consumer: 'pricing service', store: 'surge multipliers in Redis' },
    { consumer: 'finance and ops', store: 'trips and earnings dashboards on Snowflake' },
    { consumer: 'data scientists', store: 'raw events in the S3 lake' },
  ],
  processingStyle: 'both',
  reason: 'Streaming for surge because 30 seconds rules out a schedule; the raw events land in S3 as the system of record and the warehouse is loaded from it each night, so a trip is never counted twice in earnings.',
};

describe('complementary claims in a design are not contradictions', () => {
  it.each([
    ['healthcare-records', 'CDC-style feeds beside SCD type 2 history, "no message is ever lost or applied twice"', healthcare],
    ['iot-telemetry', 'streaming alerts beside a nightly reconciliation batch, "no reading is ever dropped"', iot],
    ['ride-hailing', 'an object store beside a warehouse, "a trip is never counted twice"', ride],
  ])('%s: %s', (slug, _what, design) => {
    const result = grade(slug, design);
    expect(contradictions(result)).toEqual([]);
    expect(capped(result)).toBe(false);
    expect(result.score).toBeGreaterThan(CONTRADICTED_DESIGN_MAX[1] ?? 25);
  });

  it('an exactly-once guarantee on a listed source is no denial of it ("orders are never ingested twice")', () => {
    const result = grade('ecommerce-data-platform', {
      inputs: [
        { name: 'orders from PostgreSQL through Debezium CDC', mode: 'stream', format: 'Avro', rate: '50 a second' },
        { name: 'clickstream events from the apps', mode: 'stream', format: 'JSON', rate: '600 a second' },
        { name: 'partner CSV files over SFTP', mode: 'batch', format: 'CSV', rate: 'nightly' },
      ],
      useCase: 'Inventory levels during sale events, and daily sales and revenue by category and country.',
      sla: 'stock within 5 minutes; sales dashboards by 06:00',
      outputs: [
        { consumer: 'operations', store: 'stock levels in Redis' },
        { consumer: 'analysts', store: 'sales dashboards in Looker on BigQuery' },
      ],
      processingStyle: 'both',
      reason: 'Stream the orders because five minutes is too fresh for a schedule; upserts keyed by order id, so orders are never ingested twice and no duplicate orders reach the dashboards.',
    });
    expect(contradictions(result)).toEqual([]);
  });
});

describe('claims that cannot both hold still contradict', () => {
  it.each([
    ['healthcare-records', { ...healthcare, reason: 'We do not need quality dashboards at all; clinicians ask the analysts.' }],
    ['iot-telemetry', { ...iot, processingStyle: 'streaming', sla: 'alerts weekly; OEE weekly' }],
    ['ride-hailing', { ...ride, reason: 'We do not need dashboards; the lake is enough for everyone.' }],
  ])('%s: a denial of a listed part, or streaming for a weekly SLA, caps the design', (slug, design) => {
    const result = grade(slug, design);
    expect(contradictions(result).length).toBeGreaterThan(0);
    expect(result.score).toBeLessThanOrEqual(CONTRADICTED_DESIGN_MAX[1] ?? 25);
  });
});
