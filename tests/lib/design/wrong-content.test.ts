import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { designAnswerSchema } from '@/lib/design/design-answer-schema';
import { scoreDesign } from '@/lib/design/score-design';
import { isServingMedium } from '@/lib/text/serving-media';

const outputFindings = (slug: string, outputs: { consumer: string; store: string }[]) =>
  scoreDesign(designAnswerSchema.parse({ outputs }), loadCase(slug).rubric).findings.filter((finding) => finding.code.startsWith('design.output-'));

const codeFor = (findings: ReturnType<typeof outputFindings>, id: string) =>
  findings.filter((finding) => finding.refs?.[0] === id && finding.code !== 'design.output-store-missing').map((finding) => finding.code);

// A consumer of the case handed what another consumer reads: earns neither output.
const misserved: [string, { consumer: string; store: string }, string][] = [
  ['card-payments', { consumer: 'Finance', store: 'fraud scores on a daily dashboard' }, 'reconciliation'],
  ['card-payments', { consumer: 'Authorisation switch', store: 'reconciliation report' }, 'fraud-scores'],
  ['ecommerce-data-platform', { consumer: 'Ops inventory team', store: 'daily sales revenue tables' }, 'inventory-metrics'],
  ['healthcare-records', { consumer: 'Bed managers', store: 'readmission measures in the warehouse' }, 'census-dashboard'],
  ['ride-hailing', { consumer: 'Pricing service', store: 'driver earnings tables' }, 'surge-multipliers'],
  ['iot-telemetry', { consumer: 'Maintenance technicians', store: 'OEE rollups in the warehouse' }, 'anomaly-alerts'],
];

// The store names only how the consumer reads (a dashboard, a BI tool), or the same output again.
const served: [string, { consumer: string; store: string }, string][] = [
  ['healthcare-records', { consumer: 'Bed managers', store: 'live dashboard' }, 'census-dashboard'],
  ['iot-telemetry', { consumer: 'Plant managers', store: 'Grafana' }, 'oee-dashboards'],
  ['ecommerce-data-platform', { consumer: 'Operations', store: 'Looker dashboard on Redis' }, 'inventory-metrics'],
  ['card-payments', { consumer: 'Fraud analysts', store: 'alert queue in the case management tool' }, 'fraud-alerts'],
  ['ride-hailing', { consumer: 'City ops', store: 'heat map API' }, 'live-operations'],
  // A store that names an output with no freshness need of its own is infrastructure behind this consumer.
  ['card-payments', { consumer: 'Authorisation switch (fraud score API)', store: 'Online feature store in Redis' }, 'fraud-scores'],
  ['iot-telemetry', { consumer: 'Maintenance technicians', store: 'alerts scored on ML features' }, 'anomaly-alerts'],
];

describe('an output row is read as a claim: who reads, and what they are given', () => {
  it.each(misserved)('%s: %j serves the wrong thing', (slug, row, id) => {
    expect(codeFor(outputFindings(slug, [row]), id)).toEqual(['design.output-wrong-content']);
  });

  it.each(served)('%s: %j serves its consumer', (slug, row, id) => {
    expect(codeFor(outputFindings(slug, [row]), id)).toEqual(['design.output-named']);
  });

  it('a right row elsewhere for the same consumer still earns it', () => {
    const findings = outputFindings('card-payments', [
      { consumer: 'Finance', store: 'fraud scores on a daily dashboard' },
      { consumer: 'Finance', store: 'reconciliation tables in the warehouse' },
    ]);
    expect(codeFor(findings, 'reconciliation')).toEqual(['design.output-named']);
  });

  it.each(['Dashboards', 'Power BI', 'grafana', 'REST API'])('%s only names a medium', (phrase) => {
    expect(isServingMedium(phrase)).toBe(true);
  });
  it.each(['fraud scores', 'reconciliation', 'bed census'])('%s names what is served', (phrase) => {
    expect(isServingMedium(phrase)).toBe(false);
  });
});
