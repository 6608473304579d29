import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDesign } from '../../../lib/design/score-design';
import { UNCOMMITTED_DESIGN_MAX, readUncommittedDesign } from '../../../lib/design/uncommitted-design';
import { answer } from './fixture-rubric';

// Inputs written for these tests, each with the score an interviewer gives it decided before the engine ran.
const iot = loadCase('iot-telemetry').rubric;
const capOf = (result: ReturnType<typeof scoreDesign>) => result.findings.find((item) => item.code === 'design.uncommitted-cap');

describe('design: every field lists options and none is chosen', () => {
  it('is capped at UNCOMMITTED_DESIGN_MAX with a finding quoting the options (interviewer: about 15)', () => {
    const design = answer({
      inputs: [
        { name: 'sensor readings - could be streamed from the gateways, or maybe batched, depending', mode: 'stream', format: 'JSON', rate: 'it depends' },
        { name: 'MES orders via CDC or maybe nightly exports', mode: 'batch', format: 'SQL' },
      ],
      useCase: 'Could be anomaly alerts on machines, or maybe OEE dashboards; it depends on what the plant managers want.',
      sla: 'It depends - maybe a minute for alerts, or maybe hourly is fine.',
      outputs: [
        { consumer: 'technicians', store: 'Cassandra or InfluxDB or maybe TimescaleDB, whichever' },
        { consumer: 'plant managers', store: 'Snowflake or BigQuery, depending on cost' },
      ],
      processingStyle: 'both',
      reason: 'Both could work; there are trade-offs either way.',
    });
    const result = scoreDesign(design, iot);
    expect(result.score).toBeLessThanOrEqual(UNCOMMITTED_DESIGN_MAX);
    expect(capOf(result)?.message).toContain('did not choose');
  });
});

describe('design: a committed design keeps its score', () => {
  it('reads polite modality and one "it depends" as a design (interviewer: about 85)', () => {
    const design = answer({
      inputs: [
        { name: 'sensor readings from the gateways via MQTT into Kafka', mode: 'stream', format: 'JSON', rate: '100k readings/s' },
        { name: 'MES production orders via CDC', mode: 'stream', format: 'SQL' },
        { name: 'asset registry, nightly export', mode: 'batch', format: 'CSV', rate: 'it depends on the plant' },
      ],
      useCase: 'Anomaly alerts on critical machines within a minute, and OEE per plant and line for the managers.',
      sla: 'Alerts within 1 minute; OEE dashboards hourly.',
      outputs: [
        { consumer: 'technicians', store: 'alerts from Flink into a time-series store, we could also page them' },
        { consumer: 'plant managers', store: 'OEE tables in the warehouse, refreshed hourly' },
      ],
      processingStyle: 'both',
      reason: "We'd stream the readings because alerts need a minute, and batch OEE hourly since that is cheaper.",
    });
    expect(readUncommittedDesign(design)).toBeUndefined();
    expect(capOf(scoreDesign(design, iot))).toBeUndefined();
  });
});
