import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import type { DesignAnswer } from '@/lib/design/design-answer-schema';
import { scoreDesign } from '@/lib/design/score-design';
import { parseAnswer as answer } from './fixtures';

// Designs whose use case promises a freshness the other fields cannot deliver. Interviewer's grade written first:
// the fields cannot all be true, so the design fails (10-25) with a finding naming the fields that disagree.
const codes = (slug: string, design: DesignAnswer) => scoreDesign(design, loadCase(slug).rubric).findings.map((finding) => finding.code);

const rideBatch = answer({
  inputs: [
    { name: 'Driver GPS pings', mode: 'batch', format: 'JSON', rate: 'hourly dump' },
    { name: 'Ride requests', mode: 'batch', format: 'JSON', rate: 'hourly dump' },
    { name: 'Trips database snapshot', mode: 'batch', format: 'SQL', rate: 'nightly' },
    { name: 'Payment settlement files', mode: 'batch', format: 'CSV', rate: 'daily' },
  ],
  useCase: 'Surge multipliers per zone refreshed every 30 seconds, and daily driver earnings.',
  sla: 'Everything ready by 07:00 the next day.',
  outputs: [
    { consumer: 'Pricing service', store: 'surge table in the warehouse' },
    { consumer: 'Finance', store: 'earnings dashboards' },
  ],
  processingStyle: 'batch',
  reason: 'A nightly Spark job is simpler than running streams.',
});

const iotHourly = answer({
  inputs: [
    { name: 'Sensor readings from the gateways', mode: 'stream', format: 'JSON', rate: '50,000/s' },
    { name: 'MES part counts', mode: 'batch', format: 'SQL extract', rate: 'every 15 minutes' },
    { name: 'Asset registry', mode: 'batch', format: 'CSV', rate: 'nightly' },
  ],
  useCase: 'Alert technicians within 10 seconds of an anomaly on a critical machine; OEE per line.',
  sla: 'Hourly refresh.',
  outputs: [
    { consumer: 'Technicians', store: 'alerts' },
    { consumer: 'Plant managers', store: 'OEE dashboards' },
  ],
  processingStyle: 'both',
  reason: 'Readings stream for the alerts; MES counts are batch for OEE.',
});

const cardAgreeing = answer({
  inputs: [
    { name: 'Authorisation events from the switch', mode: 'stream', format: 'Avro', rate: '870/s' },
    { name: 'Ledger via CDC', mode: 'stream', format: 'Avro', rate: '2,000/s' },
    { name: 'Clearing files', mode: 'batch', format: 'fixed width', rate: 'daily' },
  ],
  useCase: 'Score every authorisation within 100 ms; reconcile the ledger with the networks daily.',
  sla: 'Fraud features at most 5 seconds behind; reconciliation by 09:00.',
  outputs: [
    { consumer: 'Switch', store: 'feature store behind the scoring API' },
    { consumer: 'Finance', store: 'warehouse reconciliation reports' },
  ],
  processingStyle: 'both',
  reason: 'Fraud needs seconds so it streams; reconciliation waits for the daily clearing files.',
});

describe('a use case the other fields cannot deliver', () => {
  it('ride hailing: 30-second surge with batch inputs, a batch style and a next-morning SLA fails (interviewer 10)', () => {
    const result = scoreDesign(rideBatch, loadCase('ride-hailing').rubric);
    expect(result.score).toBeLessThanOrEqual(15);
    const found = result.findings.map((finding) => finding.code);
    expect(found).toContain('design.use-case-against-style');
    expect(found).toContain('design.use-case-against-sla');
    const message = result.findings.find((finding) => finding.code === 'design.use-case-against-style')?.message ?? '';
    expect(message).toMatch(/every 30 seconds/);
    expect(message).toMatch(/batch/);
  });

  it('IoT: alerts within 10 seconds against an hourly SLA is a contradiction between the two fields (interviewer 20)', () => {
    const result = scoreDesign(iotHourly, loadCase('iot-telemetry').rubric);
    expect(result.score).toBeLessThanOrEqual(25);
    const message = result.findings.find((finding) => finding.code === 'design.use-case-against-sla')?.message ?? '';
    expect(message).toMatch(/10 seconds/);
    expect(message).toMatch(/Hourly/i);
  });

  it('card payments: a 100 ms score with features seconds behind is one promise, not two (no contradiction)', () => {
    const found = codes('card-payments', cardAgreeing);
    expect(found).not.toContain('design.use-case-against-sla');
    expect(found).not.toContain('design.use-case-against-style');
    expect(found).not.toContain('design.contradicted-cap');
  });

  it('a use case asking for seconds is no contradiction of a streaming style, nor of an SLA that keeps it', () => {
    const found = codes('iot-telemetry', { ...iotHourly, sla: 'Alerts within 10 seconds; OEE hourly.' });
    expect(found).not.toContain('design.use-case-against-sla');
    expect(found).not.toContain('design.contradicted-cap');
  });
});
