import { describe, expect, it } from 'vitest';
import { readStatedRates } from '../../../lib/text/stated-rates';
import { codesOf, findingOf, gradeCase } from './fixtures';

const CODE = 'design.off-scale-cap';

const iot = (rate: string, reason: string) => ({
  inputs: [
    { name: 'sensor readings via MQTT into Kafka', mode: 'stream', format: 'JSON', rate },
    { name: 'asset registry of machines', mode: 'batch', format: 'CSV', rate: 'nightly' },
    { name: 'MES production orders', mode: 'batch', format: 'SQL Server extract', rate: 'every 15 min' },
  ],
  useCase: 'Anomaly alerting on machine readings within 10 seconds; OEE per line every hour.',
  sla: 'alerts within 10 s; OEE hourly',
  outputs: [
    { consumer: 'operators', store: 'alerting service (PagerDuty)' },
    { consumer: 'plant managers', store: 'OEE dashboard over ClickHouse' },
    { consumer: 'shift leads', store: 'live machine status view (Redis)' },
    { consumer: 'engineers and data science', store: 'Parquet history in S3' },
  ],
  processingStyle: 'both',
  reason,
});

describe('rates a design states', () => {
  it('reads counted and byte rates with digit groups, k/M and "per"/"a"', () => {
    expect(readStatedRates('12,000 readings per second').map((rate) => rate.perSecond)).toEqual([12_000]);
    expect(readStatedRates('3M events a day')[0]?.perSecond).toBeCloseTo(34.72, 1);
    expect(readStatedRates('2 TB/day')[0]).toMatchObject({ kind: 'bytes' });
    expect(readStatedRates('a 5 s window, 390 GB in total, every 15 min')).toEqual([]);
  });
});

// Designs written for this file and scored as an interviewer would before the engine ran (score in the title).
describe('a design sized with volumes far off the case', () => {
  it('a factory sized for "40 million readings per second" is another system (interviewer: 55)', () => {
    const result = gradeCase('iot-telemetry', iot('40 million readings per second', 'At 40M readings/s we need 512 partitions and a very large Flink cluster; alerts need seconds so they stream, OEE is hourly so a batch.'));
    expect(codesOf(result)).toContain(CODE);
    expect(findingOf(result, CODE)?.message).toContain('40 million readings per second');
    expect(result.score).toBeLessThanOrEqual(62);
  });

  it('ride-hailing pings sized at "5 PB a day" is off the scale (interviewer: 55)', () => {
    const result = gradeCase('ride-hailing', {
      inputs: [
        { name: 'driver GPS pings', mode: 'stream', format: 'JSON', rate: '5 PB/day' },
        { name: 'ride requests', mode: 'stream', format: 'Avro', rate: '' },
        { name: 'payment settlement files', mode: 'batch', format: 'CSV', rate: 'daily' },
      ],
      useCase: 'Surge per zone within 30 seconds; daily trips and driver earnings.',
      sla: 'surge 30 s; earnings by 7am',
      outputs: [{ consumer: 'pricing service', store: 'Redis surge per zone' }, { consumer: 'finance', store: 'warehouse daily earnings' }],
      processingStyle: 'both',
      reason: 'Surge needs seconds so it streams; earnings close daily so a nightly batch.',
    });
    expect(codesOf(result)).toContain(CODE);
  });

  it('the case\'s own volumes, a generous peak included, are not off scale (interviewer: 85)', () => {
    const result = gradeCase('iot-telemetry', iot('around the case volume, with a 3x peak', 'Alerts need seconds so they stream; OEE is hourly so a batch.'));
    expect(codesOf(result)).not.toContain(CODE);
    const per = gradeCase('ride-hailing', {
      inputs: [{ name: 'driver GPS pings', mode: 'stream', format: 'JSON', rate: '250k/s at peak, 20M a day of requests' }],
      useCase: 'Surge per zone within 30 s.',
      sla: 'surge 30 s',
      outputs: [{ consumer: 'pricing', store: 'Redis' }],
      processingStyle: 'streaming',
      reason: 'Surge needs seconds, so it streams.',
    });
    expect(codesOf(per)).not.toContain(CODE);
  });
});
