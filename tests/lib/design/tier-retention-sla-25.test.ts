import { describe, expect, it } from 'vitest';
import { parseSlaDurations } from '@/lib/design/parse-sla';
import { isTierPeriod, tierPeriods } from '@/lib/text/retention-phrase';
import { codesOf, gradeCase } from './fixtures';

// Kind: an SLA field that also lists how long each storage tier is kept ("raw 30 d, minute 2 y") without a
// retention word was read as that many conflicting deadlines and capped. Retention periods are not freshness
// deadlines. Designs written for this file (other cases and wording than golden round 22), each scored as an
// interviewer would before the engine ran (the score in the title).

describe('tier periods without a retention word', () => {
  it('a label naming a tier or grain before a bare period of a week or more is retention', () => {
    expect(isTierPeriod('hot 14 d')).toBe(true);
    expect(isTierPeriod('per-minute rollups 18 months')).toBe(true);
    expect(isTierPeriod('bronze ninety days')).toBe(true);
    expect(isTierPeriod('cold 7 yrs')).toBe(true);
  });

  it('a deadline, a schedule, a short period or a bare period with no label is not', () => {
    expect(isTierPeriod('finance pack within 30 days')).toBe(false);
    expect(isTierPeriod('raw refreshed every 2 weeks')).toBe(false);
    expect(isTierPeriod('raw 5 min')).toBe(false);
    expect(isTierPeriod('1 year')).toBe(false);
    // A dataset label that names no tier counts only inside a list of such periods.
    expect(isTierPeriod('trips 7 years')).toBe(false);
    expect(tierPeriods(['surge <= 30 s', 'trips 7 years', 'pings 90 days'])).toEqual([false, true, true]);
    expect(tierPeriods(['surge <= 30 s', 'trips 7 years'])).toEqual([false, false]);
  });

  it('an SLA listing tiers after its deadlines promises only the deadlines', () => {
    expect(parseSlaDurations('surge <= 30 s; earnings by 07:00; hot 14 d, warm 180 d, cold 7 yrs')).toEqual([30, 86400]);
    expect(parseSlaDurations('fraud score < 5 s, recon next day, authorisations 7 years, features 90 days')).toEqual([5, 86400]);
    expect(parseSlaDurations('census <= 2 min; quality by 07:00; bronze 90 days; gold 10 years')).toEqual([120, 86400]);
  });
});

describe('a design whose SLA lists its storage tiers', () => {
  it('ride-hailing with raw, minute and hourly periods in the SLA is graded on its deadlines, not capped (interviewer: 80)', () => {
    const result = gradeCase('ride-hailing', {
      inputs: [
        { name: 'driver GPS pings via Kafka', mode: 'stream', format: 'Protobuf', rate: '250k/s at peak' },
        { name: 'trip and fare events from the trip service', mode: 'stream', format: 'Avro', rate: '20M trips/day' },
        { name: 'ride requests and price quotes from the rider app', mode: 'stream', format: 'Avro', rate: '5k/s at peak' },
        { name: 'payment provider settlement CSV', mode: 'batch', format: 'CSV', rate: 'daily' },
      ],
      useCase: 'Surge multipliers per hex cell from supply and demand; an ops map of drivers; daily trips, fares and driver earnings for finance.',
      sla: 'surge <= 30 s, 99.9%; ops map <= 1 min; earnings daily, final 07:00; raw 14 d, minute 1 y, hourly 6 y',
      outputs: [
        { consumer: 'pricing service', store: 'Redis keyed by hex cell' },
        { consumer: 'ops team', store: 'live map over Pinot' },
        { consumer: 'finance', store: 'earnings marts in BigQuery' },
        { consumer: 'data scientists', store: 'Parquet trip history in GCS' },
      ],
      processingStyle: 'both',
      reason: 'Flink windows supply and demand per hex every 10 s in event time, so surge stays inside 30 s; a nightly Spark job builds earnings from the lake; pings move hot to cold storage by age.',
    });
    expect(codesOf(result)).not.toContain('design.sla-contradictory');
    expect(codesOf(result)).not.toContain('design.contradicted-cap');
    expect(result.score).toBeGreaterThanOrEqual(70);
  });

  it('an SLA of only periods, several deadlines for nothing, is still capped (interviewer: 15)', () => {
    const result = gradeCase('ride-hailing', {
      inputs: [{ name: 'GPS pings', mode: 'stream', format: 'JSON', rate: 'lots' }],
      useCase: 'Surge pricing.',
      sla: '30 s, 5 min, 1 h, daily',
      outputs: [{ consumer: 'pricing', store: 'Redis' }],
      processingStyle: 'both',
      reason: 'Kafka and Flink.',
    });
    expect(codesOf(result)).toContain('design.sla-conflicting-list');
  });
});
