import { describe, expect, it } from 'vitest';
import { SLA_NEAR_MISS_SHARE, SLA_POINTS } from '@/lib/design/score-sla';
import { caseCodes as codes, gradeCase as grade } from './fixtures';

const slaEarned = (slug: string, sla: string) =>
  grade(slug, { sla }).findings.filter((finding) => finding.severity === 'good' && finding.refs?.includes('freshnessSeconds')).reduce((sum, finding) => sum + finding.points, 0);

describe('a half-right design gets part credit', () => {
  const half = Math.round(SLA_POINTS * SLA_NEAR_MISS_SHARE * 10) / 10;
  it.each([
    ['ride-hailing', 'A few minutes'],
    ['iot-telemetry', 'Alerts within a minute'],
    ['card-payments', 'Fraud score within 30 seconds'],
    ['healthcare-records', 'Census within 10 minutes'],
  ])('%s: "%s" misses the deadline but still asks for a stream: half the SLA', (slug, sla) => {
    expect(slaEarned(slug, sla)).toBe(half);
    expect(codes(slug, { sla })).toContain('design.sla-too-loose');
  });

  it.each([
    ['ride-hailing', 'Surge refreshed hourly'],
    ['card-payments', 'Fraud score within 100 seconds'],
    ['iot-telemetry', 'Alerts every 30 minutes'],
  ])('%s: "%s" is another kind of design: nothing', (slug, sla) => {
    expect(slaEarned(slug, sla)).toBe(0);
  });

  it.each([
    ['healthcare-records', 'Census every 15 minutes, quality daily'],
    ['ecommerce-data-platform', 'Stock refreshed every 15 minutes; sales by 6am'],
  ])('%s: batch that keeps its own "%s" schedule is no contradiction', (slug, sla) => {
    expect(codes(slug, { sla, processingStyle: 'batch', reason: 'Scheduled jobs are enough.' })).not.toContain('design.style-own-sla');
  });

  it('batch with a 5-minute SLA still contradicts itself', () => {
    expect(codes('ecommerce-data-platform', { sla: 'Stock within 5 minutes', processingStyle: 'batch' })).toContain('design.style-own-sla');
  });
});

describe('a use case asking for the freshness the SLA rules out contradicts it', () => {
  it.each([
    ['healthcare-records', 'Live bed census for bed managers.', 'Not real-time; weekly is fine'],
    ['card-payments', 'Real-time fraud detection within seconds.', 'We do not need seconds-level latency; next morning is fine'],
    ['iot-telemetry', 'Instant anomaly alerts for technicians.', 'Alerts need not be real-time, a daily report is fine'],
  ])('%s: "%s" against "%s"', (slug, useCase, sla) => {
    expect(codes(slug, { useCase, sla })).toContain('design.use-case-against-sla');
  });

  it.each([
    ['ecommerce-data-platform', 'Real-time inventory during sales.', 'Not real-time: within 5 minutes'],
    ['healthcare-records', 'Live bed census.', 'Census within 2 minutes, not sub-second'],
    ['ride-hailing', 'Surge pricing within 30 seconds.', 'Earnings do not need to be real-time; daily'],
  ])('%s: "%s" with "%s" says what it means by fresh', (slug, useCase, sla) => {
    expect(codes(slug, { useCase, sla })).not.toContain('design.use-case-against-sla');
  });
});
