import { describe, expect, it } from 'vitest';
import { UNREASONED_DESIGN_MAX } from '@/lib/design/unreasoned-design';
import { statesWhy } from '@/lib/text/stated-why';
import { gradeCase as grade } from './fixtures';

// What-not-why: designs that name the right parts but never say why (no SLA figure, a reason that only says which part
// runs how). Graded by hand before the engine ran: an interviewer signs them as mediocre (about 50); the same parts
// with a number or a reason tied to a requirement are the 70-85 designs.
const capOf = (result: ReturnType<typeof grade>) => result.findings.find((finding) => finding.code === 'design.unreasoned-cap');

const iotParts = {
  inputs: [
    { name: 'sensor readings over MQTT into Kafka', mode: 'stream', format: 'json', rate: '50k/s' },
    { name: 'MES production orders', mode: 'batch', format: 'rows', rate: 'hourly' },
    { name: 'asset registry', mode: 'batch', format: 'csv', rate: 'nightly' },
  ],
  useCase: 'Alerts on machines and OEE dashboards.',
  outputs: [
    { consumer: 'technicians', store: 'push alerts' },
    { consumer: 'plant managers', store: 'OEE dashboards on the warehouse' },
    { consumer: 'data science', store: 'Parquet history in the lake' },
  ],
  processingStyle: 'both',
};

const rideParts = {
  inputs: [
    { name: 'driver GPS pings', mode: 'stream', format: 'json', rate: '50k/s at peak' },
    { name: 'ride requests', mode: 'stream', format: 'json', rate: '10M/day' },
    { name: 'trips from the trip Postgres via CDC', mode: 'stream', format: 'avro', rate: '3M/day' },
    { name: 'payment settlement file', mode: 'batch', format: 'csv', rate: 'daily' },
  ],
  useCase: 'Surge pricing and a daily trips and earnings dashboard.',
  outputs: [
    { consumer: 'pricing service', store: 'Redis' },
    { consumer: 'finance', store: 'warehouse dashboards' },
  ],
  processingStyle: 'both',
};

describe('a design that names its parts but never says why is capped as mediocre', () => {
  it.each([
    ['"as fast as possible", a reason that says which part runs how', 'iot-telemetry', { ...iotParts, sla: 'As fast as possible.', reason: 'Stream the sensors; batch for MES and the asset registry.' }],
    ['"quick", no reason', 'ride-hailing', { ...rideParts, sla: 'Quick.', reason: '' }],
    ['"real-time", a reason that lists tools', 'ride-hailing', { ...rideParts, sla: 'real-time', reason: 'Kafka and Spark for the pings and requests, Airflow for the file.' }],
  ])('%s (%s)', (_, slug, fields) => {
    const result = grade(slug, fields);
    expect(result.score).toBeLessThanOrEqual(UNREASONED_DESIGN_MAX);
    const cap = capOf(result);
    expect(cap?.severity).toBe('wrong');
    expect(cap?.message).toContain(fields.reason === '' ? 'no reason' : fields.reason);
  });
});

describe('the same parts with a why are not capped', () => {
  it.each([
    ['a reason tied to a need', 'iot-telemetry', { ...iotParts, sla: 'As fast as possible.', reason: 'Alerts need seconds so the sensors stream; OEE is hourly, a batch job.' }],
    ['a reason naming the use case each style serves', 'ride-hailing', { ...rideParts, sla: 'Quick.', reason: 'Streaming for surge, batch for the earnings dashboard.' }],
    ['an SLA with a number', 'ride-hailing', { ...rideParts, sla: 'surge within 30 seconds, dashboard by 07:00', reason: 'Kafka and Spark for the pings, Airflow for the file.' }],
    ['a note arrow from need to choice', 'iot-telemetry', { ...iotParts, sla: 'real-time', reason: 'alerts in seconds -> stream; oee hourly -> batch' }],
  ])('%s', (_, slug, fields) => {
    const result = grade(slug, fields);
    expect(capOf(result)).toBeUndefined();
    expect(result.score).toBeGreaterThan(UNREASONED_DESIGN_MAX);
  });
});

describe('statesWhy', () => {
  it.each(['because the files land nightly', 'fraud needs seconds', 'stock in minutes -> stream', 'so ops can pull sold-out items', 'the report must match the file'])(
    '%j says why',
    (text) => expect(statesWhy(text)).toBe(true),
  );
  it.each(['Use batch for the database and streaming for the clicks.', 'Kafka, Spark, Airflow', '', 'we do not need real-time'])('%j says which, not why', (text) =>
    expect(statesWhy(text)).toBe(false),
  );
});
