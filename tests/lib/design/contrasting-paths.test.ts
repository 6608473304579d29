import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { designAnswerSchema } from '@/lib/design/design-answer-schema';
import { scoreDesign } from '@/lib/design/score-design';

// Designs that choose both and say, per path, why the other mode does not fit it: a contrast between
// two consumers, which an interviewer reads as the reason for "both", never as a contradiction.
const contrasts: [string, string, unknown][] = [
  ["card-payments", "batch finance, stream fraud", {"inputs": [{"name": "Authorisations from the switch", "mode": "stream", "format": "Avro", "rate": "900/s peak"}, {"name": "Ledger via CDC", "mode": "stream", "format": "Avro", "rate": "300/s"}, {"name": "Visa and Mastercard clearing files", "mode": "batch", "format": "fixed width", "rate": "daily"}], "useCase": "Score fraud while the card is at the till; reconcile the ledger with the networks every morning.", "sla": "fraud score within 100 ms; reconciliation by 09:00", "outputs": [{"consumer": "Authorisation switch", "store": "scoring API on Redis"}, {"consumer": "Fraud analysts", "store": "alert queue"}, {"consumer": "Finance", "store": "reconciliation tables in the warehouse"}, {"consumer": "Auditors", "store": "audit trail in S3 with object lock"}, {"consumer": "Data scientists", "store": "training sets in the lake"}], "processingStyle": "both", "reason": "Batch for finance because the clearing files land once a day and cannot be streamed; streaming for fraud because a nightly job cannot score a swipe."}],
  ["healthcare-records", "census not nightly, quality after corrections", {"inputs": [{"name": "HL7 ADT and ORU from Mirth", "mode": "stream", "format": "HL7 v2", "rate": "90/s"}, {"name": "FHIR bulk export", "mode": "batch", "format": "NDJSON", "rate": "nightly"}, {"name": "Payer claims files", "mode": "batch", "format": "X12", "rate": "nightly"}, {"name": "EHR access logs", "mode": "batch", "format": "CSV", "rate": "hourly"}], "useCase": "A live bed census for bed managers and monthly quality measures that take late corrections.", "sla": "census within 2 minutes; quality measures daily", "outputs": [{"consumer": "Bed managers", "store": "census view in Postgres"}, {"consumer": "Quality team", "store": "quality dashboards on the warehouse"}, {"consumer": "Privacy office", "store": "access reports"}, {"consumer": "Researchers", "store": "de-identified extracts"}], "processingStyle": "both", "reason": "The census cannot wait for a nightly batch, so ADT comes off the stream; quality measures don't need streaming, they are recomputed in batch after corrections land."}],
  ["iot-telemetry", "alerts not batch, reports not stream", {"inputs": [{"name": "Sensor readings over MQTT from the gateways", "mode": "stream", "format": "JSON", "rate": "50k/s"}, {"name": "MES production orders", "mode": "batch", "format": "CSV", "rate": "hourly"}], "useCase": "Alert technicians when a machine vibrates out of range, and daily OEE reports for plant managers.", "sla": "alerts within 10 seconds; OEE report daily", "outputs": [{"consumer": "Technicians", "store": "alerts via pager"}, {"consumer": "Plant managers", "store": "OEE dashboards in the warehouse"}], "processingStyle": "both", "reason": "Alerts can't be batched or they arrive too late; the OEE report doesn't need streaming since it is read once a day."}],
  ["ride-hailing", "surge not hourly", {"inputs": [{"name": "Driver GPS pings", "mode": "stream", "format": "JSON", "rate": "100k/s"}, {"name": "Trips database via CDC", "mode": "stream", "format": "Avro", "rate": "1k/s"}], "useCase": "Surge prices per zone as demand moves, and daily driver earnings for finance.", "sla": "surge within 30 seconds; earnings daily", "outputs": [{"consumer": "Pricing service", "store": "surge multipliers in Redis"}, {"consumer": "Finance", "store": "earnings tables in the warehouse"}], "processingStyle": "both", "reason": "Surge can't be an hourly batch because demand moves in seconds; earnings are not streamed, they are computed nightly once trips are final."}],
];

const CONTRADICTION_CODES = ['design.style-negated', 'design.field-contradiction', 'design.contradicted-cap'];

describe('a reason contrasting two paths is not a contradiction', () => {
  it.each(contrasts)('%s: %s', (slug, _note, raw) => {
    const result = scoreDesign(designAnswerSchema.parse(raw), loadCase(slug).rubric);
    const codes = result.findings.filter((finding) => finding.severity === 'wrong').map((finding) => finding.code);
    for (const code of CONTRADICTION_CODES) expect(codes).not.toContain(code);
  });

  it.each([
    ['ecommerce-data-platform', 'We will not run any batch jobs at all.'],
    ['card-payments', 'No streaming is needed anywhere, everything can wait.'],
    ['iot-telemetry', "We don't need batch processing."],
  ])('%s: a denial about the whole design still contradicts "both": %s', (slug, reason) => {
    const [, , raw] = contrasts.find(([candidate]) => candidate === slug) ?? contrasts[0]!;
    const result = scoreDesign(designAnswerSchema.parse({ ...(raw as object), reason }), loadCase(slug).rubric);
    expect(result.findings.map((finding) => finding.code)).toContain('design.style-negated');
    expect(result.score).toBeLessThanOrEqual(25);
  });

  it.each([
    ['healthcare-records', 'batch', 'The census cannot wait for a nightly batch.'],
    ['ride-hailing', 'batch', "Surge can't be an hourly batch job."],
  ])('%s: the same per-path denial contradicts a single style that it denies (%s)', (slug, processingStyle, reason) => {
    const [, , raw] = contrasts.find(([candidate]) => candidate === slug) ?? contrasts[0]!;
    const result = scoreDesign(designAnswerSchema.parse({ ...(raw as object), processingStyle, reason }), loadCase(slug).rubric);
    expect(result.findings.map((finding) => finding.code)).toContain('design.style-negated');
  });
});
