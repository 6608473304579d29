import { describe, expect, it } from 'vitest';
import { MISSERVED_DESIGN_MAX } from '@/lib/design/score-design';
import { codesOf as codes, gradeCase as grade } from './fixtures';

// Stream everything, one blanket freshness far stricter than anything the case needs: a defensible but over-built
// design (hand ~50-60 for these), not one that serves every consumer wrongly (at most 25). Graded by hand first.

const rideStreamEverything = {
  inputs: [
    { name: 'driver GPS pings', mode: 'stream', format: 'json', rate: '50k/s at peak' },
    { name: 'ride requests', mode: 'stream', format: 'json', rate: '10M/day' },
    { name: 'payment settlement file, tailed into Kafka', mode: 'stream', format: 'csv', rate: 'daily' },
  ],
  useCase: 'Surge pricing per zone, and trips and earnings for finance, all live.',
  sla: 'milliseconds',
  outputs: [
    { consumer: 'pricing service', store: 'surge multipliers in Redis' },
    { consumer: 'finance', store: 'live earnings dashboard' },
  ],
  processingStyle: 'streaming',
  reason: 'Everything is live, so one streaming pipeline for all of it.',
};

const healthStreamEverything = {
  inputs: [
    { name: 'HL7 ADT and lab feeds from the interface engine', mode: 'stream', format: 'hl7', rate: '8M/day' },
    { name: 'claims files', mode: 'stream', format: 'csv', rate: 'nightly' },
  ],
  useCase: 'Bed census and quality measures, streamed.',
  sla: 'sub-second',
  outputs: [
    { consumer: 'bed managers', store: 'census view from the stream job' },
    { consumer: 'quality team', store: 'quality dashboards' },
  ],
  processingStyle: 'streaming',
  reason: 'Census is urgent so we stream; quality can ride on the same stream.',
};

describe('a blanket SLA stricter than every need is over-built, not misserved', () => {
  it.each([
    ['ride-hailing', rideStreamEverything],
    ['healthcare-records', healthStreamEverything],
  ])('%s: the strict consumer is served, the daily one costs a little, no misserved cap', (slug, fields) => {
    const result = grade(slug, fields);
    expect(codes(result)).not.toContain('design.misserved-cap');
    expect(codes(result)).not.toContain('design.output-freshness-misplaced');
    expect(codes(result)).toContain('design.output-streamed-needlessly');
    expect(result.score).toBeGreaterThan(MISSERVED_DESIGN_MAX + 10);
  });
});

describe('a far stricter freshness given to one consumer by name is still another consumer\'s', () => {
  it('ride hailing: "trips dashboard within 100 ms; surge by 07:00" swaps the needs', () => {
    const result = grade('ride-hailing', {
      ...rideStreamEverything,
      inputs: [...rideStreamEverything.inputs.slice(0, 2), { name: 'payment settlement file', mode: 'batch', format: 'csv', rate: 'daily' }],
      sla: 'trips dashboard within 100 ms; surge by 07:00',
      processingStyle: 'both',
    });
    expect(codes(result)).toContain('design.output-freshness-misplaced');
    expect(result.score).toBeLessThanOrEqual(25);
  });
});
