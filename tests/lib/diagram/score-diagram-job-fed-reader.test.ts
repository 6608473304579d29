import { describe, expect, it } from 'vitest';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { flowFinding, grade } from './fixtures';

// A batch job drawn writing straight into the dashboards ("Databricks shift KPIs -> Power BI") leaves out the
// table the dashboards read: the serving path is half drawn, not missing. Own drawing (IoT), own wording.

function plant(jobFed: boolean): SceneSpec {
  return {
    boxes: [
      { id: 'gw', label: 'Line gateways (MQTT)', col: 0, row: 0 },
      { id: 'k', label: 'Kafka, 3 brokers', col: 1, row: 0 },
      { id: 'fl', label: 'Flink anomaly job', col: 2, row: 0 },
      { id: 'pager', label: 'Alert service', col: 3, row: 0 },
      { id: 'adls', label: 'ADLS raw readings', col: 2, row: 1 },
      { id: 'job', label: 'Databricks shift KPIs (hourly)', col: 3, row: 1 },
      { id: 'pbi', label: 'Power BI', col: 4, row: 1 },
      { id: 'erp', label: 'SAP production orders', col: 2, row: 2 },
    ],
    arrows: [
      { from: 'gw', to: 'k' },
      { from: 'k', to: 'fl' },
      { from: 'fl', to: 'pager' },
      { from: 'k', to: 'adls' },
      ...(jobFed ? [{ from: 'adls', to: 'job' }, { from: 'erp', to: 'job' }] : []),
      { from: 'job', to: 'pbi' },
    ],
  };
}

describe('a batch job writing straight into the dashboards', () => {
  it('half draws the serving path, and the finding asks for the table between them', () => {
    const finding = flowFinding(grade('iot-telemetry', plant(true)), 'serving-path');
    expect(finding.severity).toBe('missing');
    expect(finding.message).toMatch(/writes straight into "Power BI"/);
    expect(finding.message).toMatch(/earns ([\d.]+) of ([\d.]+)/);
    const [, earned, of] = /earns ([\d.]+) of ([\d.]+)/.exec(finding.message)!;
    expect(Number(earned)).toBeCloseTo(Number(of) / 2, 0);
  });

  it('earns nothing when no arrow brings the job data', () => {
    const finding = flowFinding(grade('iot-telemetry', plant(false)), 'serving-path');
    expect(finding.message).not.toMatch(/writes straight into/);
    expect(finding.message).not.toMatch(/earns/);
  });
});
