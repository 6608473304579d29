import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { parseSlaDurations } from '../../../lib/design/parse-sla';
import { NEAR_MISSED_DESIGN_MAX, scoreDesign } from '../../../lib/design/score-design';
import { answer } from './fixture-rubric';

// Inputs written for these tests, each with the score an interviewer would give decided before the engine ran.
const ride = loadCase('ride-hailing').rubric;
const iot = loadCase('iot-telemetry').rubric;

const rideRows = {
  inputs: [
    { name: 'driver GPS pings from the app', mode: 'stream', format: 'JSON', rate: '200k/s at peak' },
    { name: 'ride requests and price quotes', mode: 'stream', format: 'JSON' },
    { name: 'trip table in Postgres, read with CDC', mode: 'stream', format: 'rows' },
    { name: 'payment provider settlement CSV', mode: 'batch', format: 'CSV', rate: 'daily' },
  ],
  useCase: 'Surge pricing per zone from live supply and demand, and the daily trips and driver earnings dashboard.',
  outputs: [
    { consumer: 'pricing service', store: 'surge multipliers in Redis' },
    { consumer: 'operations', store: 'live map of supply and demand' },
    { consumer: 'finance and analysts', store: 'trips and earnings dashboard on the warehouse' },
    { consumer: 'data science', store: 'lake for ETA and demand forecast training' },
  ],
  processingStyle: 'both',
  reason: 'Surge needs fresh pings so it streams; earnings close daily from the settlement file, so a nightly batch.',
};

const iotRows = {
  inputs: [
    { name: 'sensor readings over MQTT from the gateways', mode: 'stream', format: 'JSON', rate: '50k/s' },
    { name: 'MES production orders and part counts', mode: 'batch', format: 'SQL' },
    { name: 'asset registry CSV', mode: 'batch', format: 'CSV' },
  ],
  useCase: 'Anomaly alerts on critical machines, OEE per plant and line, and history for engineers.',
  outputs: [
    { consumer: 'technicians', store: 'alerts by SMS and pager' },
    { consumer: 'control room', store: 'live machine status view' },
    { consumer: 'plant managers', store: 'OEE dashboards' },
    { consumer: 'engineers and data science', store: 'lake with rollups' },
  ],
  processingStyle: 'both',
  reason: 'Sensor readings stream for the alerts; MES and the registry change slowly, so batch.',
};

const capOf = (result: ReturnType<typeof scoreDesign>) => result.findings.find((item) => item.code === 'design.near-missed-cap');

describe('an SLA given as a range is read at its loose end', () => {
  it('reads "a minute or two" as two minutes, "a second or two" as two seconds, "an hour or two" as two hours', () => {
    expect(parseSlaDurations('Alerts within a minute or two of the anomaly')).toEqual([120]);
    expect(parseSlaDurations('within a second or two')).toEqual([2]);
    expect(parseSlaDurations('dashboards an hour or two behind')).toEqual([7200]);
  });

  it('keeps "one or two minutes" and plain durations as they were', () => {
    expect(parseSlaDurations('within one or two minutes')).toEqual([120]);
    expect(parseSlaDurations('within a minute, OEE hourly')).toEqual([60, 3600]);
  });

  it('reads a bound said as "no older than" or "no staler than" as asserted, as "no more than" is', () => {
    expect(parseSlaDurations('Surge multipliers no older than 45 seconds')).toEqual([45]);
    expect(parseSlaDurations('census no staler than two minutes')).toEqual([120]);
  });
});

describe('a design whose driving SLA misses the case several times over', () => {
  it('is mediocre when surge is every 3 minutes where the case needs 30 seconds (6x), all else right; an interviewer gives about 55', () => {
    const result = scoreDesign(answer({ ...rideRows, sla: 'Surge multipliers recomputed every 3 minutes; earnings dashboard by 07:00.' }), ride);
    expect(result.score).toBeLessThanOrEqual(NEAR_MISSED_DESIGN_MAX);
    expect(result.score).toBeGreaterThanOrEqual(45);
    expect(capOf(result)?.message).toMatch(/6 times/);
  });

  it('is mediocre when alerts come "within a minute or two" where the case needs 10 seconds; an interviewer gives about 50', () => {
    const result = scoreDesign(answer({ ...iotRows, sla: 'Alerts within a minute or two; live view every few seconds; OEE hourly.' }), iot);
    expect(result.score).toBeLessThanOrEqual(55);
    expect(result.score).toBeGreaterThanOrEqual(40);
    expect(result.findings.some((item) => /12 times/.test(item.message))).toBe(true);
  });

  it('stays strong when surge is within 45 seconds (1.5x); an interviewer gives about 82', () => {
    const result = scoreDesign(answer({ ...rideRows, sla: 'Surge multipliers no older than 45 seconds; earnings dashboard by 07:00.' }), ride);
    expect(capOf(result)).toBeUndefined();
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('says by how much a near miss misses, in the SLA finding', () => {
    const result = scoreDesign(answer({ ...rideRows, sla: 'Surge within a minute; earnings dashboard by 07:00.' }), ride);
    const loose = result.findings.find((item) => item.code === 'design.sla-too-loose');
    expect(loose?.message).toMatch(/2 times/);
    expect(result.score).toBeGreaterThanOrEqual(70);
  });
});
