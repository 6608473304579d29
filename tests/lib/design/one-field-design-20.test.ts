import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { emptyDesignAnswer } from '../../../lib/design/design-answer-schema';
import type { DesignAnswer } from '../../../lib/design/design-answer-schema';
import { scoreDesign } from '../../../lib/design/score-design';
import { labelledSections, pointsElsewhere } from '../../../lib/text/labelled-sections';

const grade = (slug: string, answer: Partial<DesignAnswer>) => scoreDesign({ ...emptyDesignAnswer(), ...answer }, loadCase(slug).rubric);
const codes = (slug: string, answer: Partial<DesignAnswer>) => grade(slug, answer).findings.map((finding) => finding.code);

// Interviewer's scores, written before running the engine: a right design typed whole into one field under its own
// headings is read as a whole and docked a little for the layout (about 72-78); headings over nothing stay near 0.
const rideInUseCase: Partial<DesignAnswer> = {
  sla: 'n/a',
  reason: 'as above',
  useCase:
    'Sources: driver GPS pings over MQTT into Kafka keyed by driver id (50k/s at peak); ride requests and quotes as events into Kafka; trips table through Debezium CDC; the payment settlement CSV once a day. ' +
    'Goals and latency: surge multiplier per H3 cell every 30 seconds; live ops map within a minute; trips and earnings dashboard by 07:00 each morning. ' +
    'Consumers: pricing service reads Redis keyed by cell; city ops on the live map; finance and analysts on gold tables in the warehouse; data scientists from Iceberg on S3. ' +
    'Mode: both. Rationale: surge cannot wait for a batch, so Flink windows the pings in event time with a watermark of two minutes and checkpoints to S3; the dashboard is a nightly Spark job that overwrites its partition, so re-runs are idempotent.',
};

const hospitalInReason: Partial<DesignAnswer> = {
  useCase: 'see below',
  sla: 'see below',
  reason:
    'Inputs: HL7 ADT over MLLP streamed to Kafka, FHIR exports nightly, claims CSV nightly. ' +
    'SLAs: census within 2 minutes; quality by 07:00. ' +
    'Outputs: bed managers from a census table in Postgres; quality team on warehouse marts; researchers from a de-identified weekly extract. ' +
    'Why: the census streams because admissions move beds within minutes; quality and claims are daily Spark batch, corrections kept as history.',
};

describe('a whole design typed into one field', () => {
  it('is read from its sections and docked a little for the layout (ride-hailing in the use case, ~75)', () => {
    const result = grade('ride-hailing', rideInUseCase);
    expect(result.findings.map((finding) => finding.code)).toContain('design.one-field-design');
    expect(result.score).toBeGreaterThanOrEqual(60);
    expect(result.score).toBeLessThanOrEqual(85);
  });
  it('is read from its sections in another case and wording (healthcare in the reason, ~70)', () => {
    const result = grade('healthcare-records', hospitalInReason);
    expect(result.findings.map((finding) => finding.code)).toContain('design.one-field-design');
    expect(result.score).toBeGreaterThanOrEqual(60);
    expect(result.score).toBeLessThanOrEqual(85);
  });
  it('leaves headings over nothing near zero (~3)', () => {
    expect(grade('iot-telemetry', { useCase: 'Inputs: TBD. Use cases: TBD. Outputs: TBD. Why: TBD.', sla: 'see above', reason: 'see above' }).score).toBeLessThanOrEqual(25);
  });
  it('charges nothing when the fields hold their own parts', () => {
    expect(
      codes('ride-hailing', {
        inputs: [{ name: 'driver pings', mode: 'stream', format: 'Avro', rate: '50k/s' }],
        useCase: 'Inputs: the pings. Use cases: surge per cell. Outputs: pricing.',
        sla: 'surge within 30 s',
        outputs: [{ consumer: 'pricing service', store: 'Redis per cell' }],
        processingStyle: 'streaming',
        reason: 'surge cannot wait for a batch',
      }),
    ).not.toContain('design.one-field-design');
  });
});

describe('labelled sections and pointers (lib/text)', () => {
  const labels = { inputs: ['inputs', 'sources'], outputs: ['outputs', 'consumers'] } as const;
  it('cuts a text at headings that name a label, not at clock times or other colons', () => {
    const sections = labelledSections('Plan. Sources: CDC at 06:00, Kafka. Note: none. Consumers: finance', labels);
    expect(sections.map((section) => section.ids)).toEqual([[], ['inputs'], ['outputs']]);
    expect(sections[1]?.body).toBe('CDC at 06:00, Kafka. Note: none.');
  });
  it('reads "see above", "as above" and "n/a" as pointing elsewhere, and a real SLA as not', () => {
    expect(['see above', 'As above.', 'n/a', 'see the use case field', '-'].every(pointsElsewhere)).toBe(true);
    expect(pointsElsewhere('above 5 minutes is too late')).toBe(false);
  });
});
