import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDesign } from '../../../lib/design/score-design';
import { UNCOMMITTED_DESIGN_MAX } from '../../../lib/design/uncommitted-design';
import { answer } from './fixture-rubric';

// Own designs for the round-21 kind "a list of tools in every deciding field"; the interviewer's score for each was
// written before the engine ran.
const health = loadCase('healthcare-records').rubric;
const capOf = (result: ReturnType<typeof scoreDesign>) => result.findings.find((item) => item.code === 'design.uncommitted-cap');

describe('design: stores, SLA and reason each list options', () => {
  it('is capped however right the input names and the SLA are (interviewer: 15)', () => {
    const design = answer({
      inputs: [
        { name: 'HL7 v2 feeds from Rhapsody', mode: 'stream', format: 'HL7', rate: '8M messages a day' },
        { name: 'FHIR bulk export', mode: 'batch', format: 'NDJSON', rate: 'daily' },
        { name: 'EHR access logs', mode: 'batch', format: 'CSV', rate: 'hourly' },
      ],
      useCase: 'Bed census, quality measures, access audit and research extracts.',
      sla: 'census within 2 minutes; quality dashboards by 07:00',
      outputs: [
        { consumer: 'bed managers', store: 'Postgres, Cassandra or Redis' },
        { consumer: 'quality team', store: 'Snowflake, BigQuery or Databricks' },
        { consumer: 'privacy office', store: 'S3, GCS or Azure Blob' },
      ],
      processingStyle: 'both',
      reason: 'Kafka, Pulsar or Kinesis into Flink, Spark or Beam; any of these would do.',
    });
    const result = scoreDesign(design, health);
    expect(result.score).toBeLessThanOrEqual(UNCOMMITTED_DESIGN_MAX);
    expect(capOf(result)?.message).toContain('did not choose');
  });

  it('a chosen design with one store and its cloud twin in brackets is not capped (interviewer: 80)', () => {
    const design = answer({
      inputs: [
        { name: 'HL7 v2 feeds copied by Rhapsody over MLLP', mode: 'stream', format: 'HL7 v2', rate: '8M messages a day, 370/s peak' },
        { name: 'FHIR bulk export', mode: 'batch', format: 'NDJSON', rate: '18 GB a day' },
        { name: 'EHR access logs', mode: 'batch', format: 'CSV', rate: 'hourly, 20M a day' },
      ],
      useCase: 'Live bed census for bed managers; monthly quality measures; access audit for the privacy office; weekly de-identified research extracts.',
      sla: 'census within 2 minutes; quality dashboards by 07:00; audit kept 6 years',
      outputs: [
        { consumer: 'bed managers', store: 'census table in Postgres behind an API' },
        { consumer: 'quality team', store: 'Delta gold marts (or Iceberg) on S3' },
        { consumer: 'privacy office', store: 'audit tables on S3 with Object Lock' },
      ],
      processingStyle: 'both',
      reason: 'The listener ACKs only after Kafka acks=all; key by patient so ADT stays in order; Flink keeps the census in event time; Spark MERGEs corrections into Delta; raw HL7 kept 7 years.',
    });
    expect(capOf(scoreDesign(design, health))).toBeUndefined();
  });
});
