import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { designAnswerSchema } from '@/lib/design/design-answer-schema';
import { NEED_DISMISSED_DESIGN_MAX, scoreDesign } from '@/lib/design/score-design';
import { UNADDRESSED_DESIGN_MAX } from '@/lib/design/unaddressed-design';
import type { StepResult } from '@/lib/scoring/finding';

const grade = (slug: string, fields: Record<string, unknown>) => scoreDesign(designAnswerSchema.parse(fields), loadCase(slug).rubric);
const has = (result: StepResult, code: string) => result.findings.some((finding) => finding.code === code);

const nightlyRide = {
  inputs: [
    { name: 'nightly dump of the trip database', mode: 'batch', format: 'SQL', rate: 'daily' },
    { name: 'settlement files', mode: 'batch', format: 'CSV', rate: 'daily' },
  ],
  useCase: 'Surge pricing per zone and daily driver earnings.',
  sla: 'everything by 07:00 the next day',
  outputs: [
    { consumer: 'pricing service', store: 'surge table refreshed each morning' },
    { consumer: 'finance', store: 'earnings dashboards' },
  ],
  processingStyle: 'batch',
  reason: 'One nightly Spark job computes surge and earnings from the dump because it is cheap.',
};

describe('a need mocked in sarcasm is a need argued away', () => {
  it.each([
    ['the use case', { useCase: 'Surge pricing per zone, obviously. Sure, riders will totally wait until tomorrow for surge to be real time.' }],
    ['the reason', { reason: 'Sure, a nightly job will totally keep surge within 30 seconds. One Spark job computes surge and earnings from the dump.' }],
    ['a marker-only sentence', { reason: 'Surge does not need to be real time, riders can wait. What could possibly go wrong?' }],
  ])('in %s: the far-missed design is capped as one that dismisses the need', (_where, patch) => {
    const result = grade('ride-hailing', { ...nightlyRide, ...patch });
    expect(has(result, 'design.need-dismissed-cap')).toBe(true);
    expect(result.score).toBeLessThanOrEqual(NEED_DISMISSED_DESIGN_MAX);
  });

  it('the same far miss said plainly is graded as a far miss, not a dismissed need', () => {
    const result = grade('ride-hailing', nightlyRide);
    expect(has(result, 'design.need-dismissed-cap')).toBe(false);
    expect(result.score).toBeGreaterThan(NEED_DISMISSED_DESIGN_MAX);
  });

  it('an SLA said only in sarcasm is no SLA: "Sure, a weekly export will totally meet the 5-minute stock SLA"', () => {
    const earnest = grade('ecommerce-data-platform', {
      inputs: [{ name: 'orders database weekly export', mode: 'batch', format: 'CSV', rate: 'weekly' }],
      useCase: 'Inventory levels during sale events.',
      sla: 'stock within 5 minutes',
      outputs: [{ consumer: 'operations', store: 'stock report' }],
      processingStyle: 'batch',
      reason: 'A weekly export is cheap.',
    });
    const mocked = grade('ecommerce-data-platform', {
      inputs: [{ name: 'orders database weekly export', mode: 'batch', format: 'CSV', rate: 'weekly' }],
      useCase: 'Inventory levels during sale events.',
      sla: 'Sure, a weekly export will totally meet the 5-minute stock SLA.',
      outputs: [{ consumer: 'operations', store: 'stock report' }],
      processingStyle: 'batch',
      reason: 'A weekly export is cheap.',
    });
    const slaGood = (result: StepResult) => result.findings.some((finding) => finding.code.startsWith('design.sla') && finding.severity === 'good');
    expect(slaGood(earnest)).toBe(true);
    expect(slaGood(mocked)).toBe(false);
    expect(mocked.findings.some((finding) => finding.code === 'design.sla-missing')).toBe(true);
  });

  it('an earnest concession ("Sure, a nightly job would be cheaper, but...") is read as written', () => {
    const result = grade('ride-hailing', {
      ...nightlyRide,
      inputs: [
        { name: 'driver GPS pings to Kafka', mode: 'stream', format: 'protobuf', rate: '100k a second' },
        { name: 'settlement files', mode: 'batch', format: 'CSV', rate: 'daily' },
      ],
      sla: 'surge within 30 seconds; earnings by 07:00',
      processingStyle: 'both',
      reason: 'Sure, a nightly job would be cheaper, but surge must follow demand within 30 seconds, so the pings stream.',
    });
    expect(has(result, 'design.need-dismissed-cap')).toBe(false);
    expect(has(result, 'design.far-missed-cap')).toBe(false);
  });
});

describe('a design that states no use case and serves no consumer of the case is vocabulary', () => {
  it('buzzwords over a catch-all source score at most UNADDRESSED_DESIGN_MAX', () => {
    const result = grade('healthcare-records', {
      inputs: [{ name: 'every upstream system (feeds, exports, logs)', mode: 'stream', format: 'all formats', rate: 'high volume' }],
      useCase: 'A cloud-native data mesh delivering trusted, governed, AI-ready data products.',
      sla: 'real-time, resilient, compliant',
      outputs: [{ consumer: 'the business', store: 'a semantic layer of data products' }],
      processingStyle: 'both',
      reason: 'Event-driven, exactly-once, schema-on-read, zero-trust, HIPAA-ready, elastic and observable.',
    });
    expect(result.score).toBeLessThanOrEqual(UNADDRESSED_DESIGN_MAX);
    expect(has(result, 'design.unaddressed-cap') || result.score <= UNADDRESSED_DESIGN_MAX).toBe(true);
  });

  it('one use case or consumer of the case named lifts the cap', () => {
    const result = grade('healthcare-records', {
      inputs: [{ name: 'HL7 ADT messages from the interface engine', mode: 'stream', format: 'HL7 v2', rate: '200 a second' }],
      useCase: 'Live bed census for the emergency department.',
      sla: 'census within 2 minutes',
      outputs: [{ consumer: 'bed managers', store: 'census table in Redis' }],
      processingStyle: 'streaming',
      reason: 'Streaming because two minutes is too fresh for a schedule.',
    });
    expect(has(result, 'design.unaddressed-cap')).toBe(false);
    expect(result.score).toBeGreaterThan(UNADDRESSED_DESIGN_MAX);
  });
});
