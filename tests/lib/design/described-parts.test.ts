import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { designAnswerSchema } from '../../../lib/design/design-answer-schema';
import { getDesignIndex, namedIds } from '../../../lib/design/design-index';
import { scoreDesign } from '../../../lib/design/score-design';
import { describedRoles } from '../../../lib/text/described-role';

// Inputs written for these tests (not the golden round's wording): parts described by what they hold rather than
// named, with what an interviewer reads them as decided before the engine ran.
const iot = loadCase('iot-telemetry').rubric;
const index = getDesignIndex(iot);

describe('describedRoles', () => {
  it('reads a list of things with their attributes as an asset registry', () => {
    expect(describedRoles('a spreadsheet of all the pumps and which site they sit at').map((span) => span.role)).toEqual(['asset registry']);
    expect(describedRoles('the turbine inventory, with rated power').map((span) => span.role)).toEqual(['asset registry']);
  });
  it('reads the current state of each thing as a live status view', () => {
    expect(describedRoles('a wall screen of what every robot is doing at the moment').map((span) => span.role)).toEqual(['live status']);
    expect(describedRoles('latest readings for each machine on one page').map((span) => span.role)).toEqual(['live status']);
  });
  it('reads nothing into plain readings or a history', () => {
    expect(describedRoles('vibration readings from every machine')).toEqual([]);
    expect(describedRoles('a year of history per sensor')).toEqual([]);
  });
});

describe('design: IoT parts in plain words match the registry and the live view', () => {
  it('names the asset registry from a description of the devices and where they are fitted', () => {
    expect(namedIds(index.inputs, 'a catalogue of the controllers and where each one is fitted, plus alarm thresholds')).toEqual(['asset-registry']);
    expect(namedIds(index.outputs, 'a page with the current status of every machine on the floor')).toEqual(['live-view']);
  });

  it('grades a plain-words design as one naming the parts (interviewer: about 84)', () => {
    const result = scoreDesign(
      designAnswerSchema.parse({
        inputs: [
          { name: 'readings the plant gateways push every second', mode: 'stream', format: 'json', rate: '50k a second' },
          { name: 'the inventory of machines, what model each one is and its alarm thresholds', mode: 'batch', format: 'csv', rate: 'once a night' },
          { name: 'part counts and shifts from the MES', mode: 'batch', format: 'sql', rate: 'hourly' },
        ],
        useCase: 'Warn a technician within 10 seconds when a critical machine vibrates badly; hourly OEE per line.',
        sla: 'warnings within 10 s; OEE hourly, final by 06:00',
        outputs: [
          { consumer: 'technicians', store: 'phone push alerts' },
          { consumer: 'shift supervisors', store: 'a wall screen of what each machine is doing right now' },
          { consumer: 'plant managers', store: 'OEE dashboards in the warehouse' },
          { consumer: 'engineers and data science', store: 'history in Parquet on S3' },
        ],
        processingStyle: 'both',
        reason: 'Warnings cannot wait for a batch, so they stream; OEE joins MES counts hourly, so a scheduled batch is enough.',
      }),
      iot,
    );
    const codes = result.findings.filter((finding) => finding.severity !== 'good').map((finding) => finding.message);
    expect(codes.some((message) => message.includes('Asset registry'))).toBe(false);
    expect(codes.some((message) => message.includes('Live machine status'))).toBe(false);
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
});
