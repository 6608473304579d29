import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { NEED_DISMISSED_DESIGN_MAX, scoreDesign } from '../../../lib/design/score-design';
import { answer } from './fixture-rubric';

// Inputs written for these tests, each with the score an interviewer would give decided before the engine ran.
const iot = loadCase('iot-telemetry').rubric;
const hospital = loadCase('healthcare-records').rubric;

const iotRows = {
  inputs: [
    { name: 'sensor readings from the gateways', mode: 'batch', format: 'JSON' },
    { name: 'MES production orders', mode: 'batch', format: 'SQL' },
    { name: 'asset registry', mode: 'batch', format: 'CSV' },
  ],
  useCase: 'Anomaly alerts on critical machines and OEE per plant and line.',
  outputs: [
    { consumer: 'technicians', store: 'nightly anomaly report in the warehouse' },
    { consumer: 'plant managers', store: 'OEE dashboards on the warehouse' },
  ],
  processingStyle: 'batch',
  reason: 'Batch is cheaper and easier to run.',
};

const hospitalRows = {
  inputs: [
    { name: 'HL7 feeds from the interface engine', mode: 'stream', format: 'HL7 v2' },
    { name: 'FHIR bulk exports', mode: 'batch', format: 'NDJSON' },
    { name: 'claims files from payers', mode: 'batch', format: 'X12' },
  ],
  useCase: 'Live bed census for the wards and monthly quality measures.',
  outputs: [
    { consumer: 'bed managers', store: 'census tables in the lake, refreshed every 6 hours' },
    { consumer: 'quality team', store: 'quality dashboards on the warehouse' },
  ],
  processingStyle: 'both',
  reason: 'Stream HL7 and batch the bulk exports.',
};

const capOf = (result: ReturnType<typeof scoreDesign>) => result.findings.find((item) => item.code === 'design.need-dismissed-cap');

describe('a design that argues the case\'s need away and builds for a far looser one', () => {
  it('is at most 25 when the need is negated ("alerts don\'t need to be real-time; nightly is enough"); an interviewer gives about 12', () => {
    const result = scoreDesign(answer({ ...iotRows, sla: "Alerts don't need to be real-time; a nightly anomaly report is enough. OEE daily." }), iot);
    expect(result.score).toBeLessThanOrEqual(NEED_DISMISSED_DESIGN_MAX);
    expect(result.score).toBeLessThanOrEqual(25);
  });

  it('is at most 25 when a freshness that meets it is said and taken back; an interviewer gives about 18', () => {
    const result = scoreDesign(answer({ ...hospitalRows, sla: 'Census within two minutes - on second thought, every six hours is plenty. Quality monthly.' }), hospital);
    expect(result.score).toBeLessThanOrEqual(25);
    expect(capOf(result)?.message).toMatch(/within two minutes/);
  });

  it('leaves an honest far miss (nightly alerts, said as such) above the gamed bound; an interviewer gives about 35', () => {
    const result = scoreDesign(answer({ ...iotRows, sla: 'Alerts from a nightly anomaly report. OEE daily.' }), iot);
    expect(capOf(result)).toBeUndefined();
    expect(result.score).toBeGreaterThan(25);
  });

  it('does not blame the core need for a negation about another use case; an interviewer gives about 35', () => {
    const result = scoreDesign(answer({ ...hospitalRows, sla: "Quality dashboards don't need real-time, monthly is fine. Census every 6 hours." }), hospital);
    expect(capOf(result)).toBeUndefined();
    expect(result.score).toBeGreaterThan(25);
  });

  it('leaves a negation beside an SLA that meets the need alone', () => {
    const result = scoreDesign(answer({ ...hospitalRows, sla: "Quality doesn't need real-time, monthly is fine. Census within 2 minutes." }), hospital);
    expect(capOf(result)).toBeUndefined();
  });
});
