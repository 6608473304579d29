import { describe, expect, it } from 'vitest';
import { MISSERVED_DESIGN_MAX } from '@/lib/design/score-design';
import { gradeCase as grade } from './fixtures';

const codesFor = (slug: string, fields: Record<string, unknown>, id: string) =>
  grade(slug, fields)
    .findings.filter((finding) => finding.refs?.[0] === id && finding.code.startsWith('design.output-') && finding.code !== 'design.output-store-missing')
    .map((finding) => finding.code);

describe('each output is served at the freshness its own consumer needs', () => {
  // Swapped between consumers: the fresh one promised a schedule, the daily one seconds; a finding per output.
  it.each([
    ['ride-hailing', 'Surge once a day at 07:00; driver earnings dashboard within 30 seconds', [{ consumer: 'Pricing service', store: 'Redis' }, { consumer: 'Finance earnings', store: 'warehouse marts' }], 'surge-multipliers', 'design.output-freshness-too-loose', 'trip-analytics', 'design.output-freshness-misplaced'],
    ['iot-telemetry', 'Anomaly alerts in a daily digest; OEE within 5 seconds', [{ consumer: 'Technicians', store: 'push notifications' }, { consumer: 'Plant managers OEE', store: 'OEE marts' }], 'anomaly-alerts', 'design.output-freshness-too-loose', 'oee-dashboards', 'design.output-freshness-misplaced'],
    ['healthcare-records', 'Quality measures within 30 seconds; bed census refreshed nightly', [{ consumer: 'Bed managers', store: 'census board in Postgres' }, { consumer: 'Quality team', store: 'gold marts' }], 'census-dashboard', 'design.output-freshness-too-loose', 'quality-dashboards', 'design.output-freshness-misplaced'],
    ['ecommerce-data-platform', 'Inventory numbers: next day is fine. Revenue dashboard: under a second.', [{ consumer: 'Ops inventory', store: 'stock table' }, { consumer: 'Leadership revenue dashboard', store: 'star schema' }], 'inventory-metrics', 'design.output-freshness-too-loose', 'bi-dashboards', 'design.output-freshness-misplaced'],
  ])('%s: %s', (slug, sla, outputs, fresh, freshCode, daily, dailyCode) => {
    const fields = { sla, outputs };
    expect(codesFor(slug, fields, fresh)).toEqual([freshCode]);
    expect(codesFor(slug, fields, daily)).toEqual([dailyCode]);
  });

  it.each([
    ['card-payments', { consumer: 'Finance', store: 'reconciliation marts, sub-second' }, 'reconciliation'],
  ])('%s: a daily consumer promised sub-second in its own row (%j) is misplaced', (slug, row, id) => {
    expect(codesFor(slug, { outputs: [row] }, id)).toEqual(['design.output-freshness-misplaced']);
  });

  // Sub-second where the case's freshest need is 30 seconds is nobody's requirement: over-built for this consumer,
  // which is still served (design27: over-built latency costs some points, not the output).
  it('ride-hailing: a daily consumer promised sub-second in its own row is over-built, not misplaced', () => {
    expect(codesFor('ride-hailing', { outputs: [{ consumer: 'Finance', store: 'Druid, sub-second' }] }, 'trip-analytics')).toEqual(['design.output-freshness-over-built', 'design.output-named']);
  });

  // Negated: ruling out the freshness a consumer needs leaves that consumer unserved.
  it.each([
    ['card-payments', "We don't need real time for fraud", { consumer: 'Authorisation switch', store: 'fraud score API' }, 'fraud-scores'],
    ['iot-telemetry', 'No need for second-level alerting', { consumer: 'Technicians', store: 'push notifications' }, 'anomaly-alerts'],
    ['ride-hailing', 'Surge does not need to be real-time', { consumer: 'Pricing service', store: 'Redis keyed by zone' }, 'surge-multipliers'],
  ])('%s: %s', (slug, sla, row, id) => {
    expect(codesFor(slug, { sla, outputs: [row] }, id)).toEqual(['design.output-freshness-denied']);
  });

  it.each([
    // Right freshness, each written its own way: nothing is lost.
    ['ride-hailing', 'Surge at most 30 s stale; earnings final by 07:00', [{ consumer: 'Pricing service', store: 'Redis' }, { consumer: 'Finance', store: 'warehouse marts rebuilt nightly' }]],
    ['healthcare-records', 'Not real-time: census within 2 minutes; quality by 7am', [{ consumer: 'Bed managers', store: 'census board' }, { consumer: 'Quality team', store: 'gold marts' }]],
    ['ecommerce-data-platform', 'Ops: < 5 min lag in sales. Sales: complete for D-1 by 06:00.', [{ consumer: 'Ops stock view', store: 'Delta table' }, { consumer: 'Leadership', store: 'Synapse gold' }]],
    ['iot-telemetry', 'Alerts within 10 s; OEE hourly', [{ consumer: 'Technicians', store: 'push alerts' }, { consumer: 'Plant managers', store: 'OEE marts in the warehouse' }]],
  ])('%s: %s keeps every output', (slug, sla, outputs) => {
    const codes = grade(slug, { sla, outputs }).findings.map((finding) => finding.code);
    expect(codes.filter((code) => code.startsWith('design.output-freshness'))).toEqual([]);
  });

  it('an honest near miss ("a few minutes" for a 30-second surge) keeps the output', () => {
    expect(codesFor('ride-hailing', { sla: 'A few minutes', outputs: [{ consumer: 'Pricing', store: 'Redis' }] }, 'surge-multipliers')).toEqual(['design.output-named']);
  });
});

describe('a design that serves every timed consumer wrongly is capped', () => {
  const inputs = [
    { name: 'Driver GPS pings', mode: 'stream' },
    { name: 'Ride requests', mode: 'stream' },
    { name: 'Trip database via CDC', mode: 'stream' },
    { name: 'Settlement CSV files', mode: 'batch' },
  ];
  it(`scores at most ${MISSERVED_DESIGN_MAX} when surge and earnings are both served wrongly`, () => {
    const result = grade('ride-hailing', {
      inputs,
      useCase: 'Surge pricing and daily driver earnings.',
      sla: 'Surge within 30 seconds; earnings by 7am daily',
      outputs: [
        { consumer: 'Pricing service', store: 'BigQuery table queried per quote' },
        { consumer: 'Finance', store: 'Kafka topic of trips' },
      ],
      processingStyle: 'both',
      reason: 'Surge streams, earnings are batch.',
    });
    // The SLA promises surge 30 seconds the BigQuery row cannot deliver: capped as a contradiction, at or under the misserved bound.
    expect(result.score).toBeLessThanOrEqual(MISSERVED_DESIGN_MAX);
    expect(result.findings.some((finding) => finding.code === 'design.sla-undelivered')).toBe(true);
  });

  it('is not capped when one of them is served right', () => {
    const result = grade('ride-hailing', {
      inputs,
      useCase: 'Surge pricing and daily driver earnings.',
      sla: 'Surge within 30 seconds; earnings by 7am daily',
      outputs: [
        { consumer: 'Pricing service', store: 'Redis keyed by zone' },
        { consumer: 'Finance', store: 'Kafka topic of trips' },
      ],
      processingStyle: 'both',
      reason: 'Surge streams, earnings are batch.',
    });
    expect(result.score).toBeGreaterThan(MISSERVED_DESIGN_MAX);
    expect(result.findings.some((finding) => finding.code === 'design.misserved-cap')).toBe(false);
  });
});
