import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { emptyDesignAnswer } from '../../../lib/design/design-answer-schema';
import type { DesignAnswer } from '../../../lib/design/design-answer-schema';
import { IDENTIFIERS_IN_PATHS_DESIGN_MAX, identifierInPath } from '../../../lib/design/identifiers-in-paths';
import { scoreDesign } from '../../../lib/design/score-design';
import { readKeyPlacements } from '../../../lib/text/key-placement';

const grade = (slug: string, answer: Partial<DesignAnswer>) => scoreDesign({ ...emptyDesignAnswer(), ...answer }, loadCase(slug).rubric);
// Whether the design places an identifier, whatever its score (a cap adds its finding only to a design scoring above it).
const flagged = (slug: string, answer: Partial<DesignAnswer>) => identifierInPath({ ...emptyDesignAnswer(), ...answer }, loadCase(slug).rubric) !== undefined;

// Interviewer's reading, written before running: an otherwise sound design that puts a person's direct identifier in
// lake paths, object keys or topic names is stopped on (about 50); a pseudonymous or date path, a Kafka message key, or
// a placement the learner rules out is no fault.
const hospital: Partial<DesignAnswer> = {
  inputs: [
    { name: 'HL7 v2 ADT via the MLLP listener into Kafka', mode: 'stream', format: 'HL7 v2', rate: '8M messages/day' },
    { name: 'FHIR bulk exports', mode: 'batch', format: 'NDJSON', rate: 'nightly' },
    { name: 'payer claims over SFTP', mode: 'batch', format: 'CSV', rate: 'nightly' },
    { name: 'EHR access logs', mode: 'batch', format: 'log files', rate: 'hourly' },
  ],
  useCase: 'Live bed census from ADT events; quality measures from labs and encounters; who looked at which patient for the privacy office.',
  sla: 'census within 2 minutes; quality marts by 07:00; research extract weekly',
  outputs: [
    { consumer: 'bed managers', store: 'census table in Postgres' },
    { consumer: 'quality team', store: 'warehouse marts' },
    { consumer: 'researchers', store: 'de-identified weekly extract' },
    { consumer: 'privacy office', store: 'immutable audit tables' },
  ],
  processingStyle: 'both',
  reason: 'The census streams because beds move within minutes; quality is a nightly Spark batch. The listener ACKs only after the Kafka write. Corrections are appended as new versions; raw kept 7 years.',
};

describe('a direct identifier in paths, keys or topic names', () => {
  it('caps an otherwise sound hospital design that writes raw HL7 under the patient\'s record number (~50)', () => {
    const result = grade('healthcare-records', { ...hospital, reason: `${hospital.reason} Raw messages land in s3://phi-raw/adt/mrn=<mrn>/day=<yyyy-mm-dd>/ so a chart can be pulled by path.` });
    expect(result.findings.map((finding) => finding.code)).toContain('design.identifier-in-path');
    expect(result.score).toBeLessThanOrEqual(IDENTIFIERS_IN_PATHS_DESIGN_MAX);
  });
  it('flags a shop lake laid out per e-mail address and topics named after operators\' badges', () => {
    expect(flagged('ecommerce-data-platform', { reason: 'Clickstream in the lake is organised by customer email, so support finds a shopper\'s sessions quickly.' })).toBe(true);
    expect(flagged('iot-telemetry', { reason: 'One topic per operator badge id so each shift\'s events are easy to replay.' })).toBe(true);
  });
  it('leaves the same hospital design alone with date paths, hashed ids or a Kafka key', () => {
    expect(grade('healthcare-records', hospital).findings.map((finding) => finding.code)).not.toContain('design.identifier-in-path');
    expect(flagged('healthcare-records', { reason: 'Raw lands in s3://raw/adt/ingest_date=2026-12-01/ and is partitioned by hashed patient id for research.' })).toBe(false);
    expect(flagged('healthcare-records', { reason: 'Kafka partitioned by MRN so one patient\'s messages stay in order.' })).toBe(false);
    expect(flagged('card-payments', { reason: 'Never partition by card number; the lake is partitioned by date and the Kafka key is the card token.' })).toBe(false);
  });
});

describe('reading placements (lib/text)', () => {
  it('reads URIs, path segments and "partitioned by" prose as placed words', () => {
    expect(readKeyPlacements('Store as gs://bucket/users/email=a@b.c/part.parquet').map((found) => found.placed)[0]).toContain('email');
    expect(readKeyPlacements('The table is bucketed by phone number so lookups are fast.').map((found) => found.placed)).toEqual(['phone number']);
  });
  it('leaves out message-stream keys and protected values', () => {
    expect(readKeyPlacements('Kafka partitioned by rider id keeps order per rider.')).toEqual([]);
    expect(readKeyPlacements('Folders per pseudonymised customer key.')).toEqual([]);
  });
});
