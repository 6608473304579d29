import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { fixtureRubric } from './fixture-rubric';

const useCases = [{ id: 'daily-sales', label: 'Daily sales', synonyms: ['sales'], freshnessSeconds: 86_400 }];

describe('an output names the use case whose SLA it is served at', () => {
  it('accepts a link to one of the case use cases', () => {
    const rubric = fixtureRubric({ useCases, outputs: [{ id: 'bi', label: 'BI dashboards', synonyms: ['dashboard'], freshnessSeconds: 86_400, useCase: 'daily-sales' }] });
    expect(rubric.steps.design.outputs[0]?.useCase).toBe('daily-sales');
  });

  it('rejects a link to a use case the case does not have, naming the output', () => {
    expect(() => fixtureRubric({ useCases, outputs: [{ id: 'bi', label: 'BI dashboards', synonyms: ['dashboard'], useCase: 'weekly-sales' }] })).toThrow(/design output \\?"bi\\?" names use case \\?"weekly-sales/);
  });

  it.each(['card-payments', 'ecommerce-data-platform', 'healthcare-records', 'iot-telemetry', 'ride-hailing'])('%s ties every timed output that has a use case to it', (slug) => {
    const design = loadCase(slug).rubric.steps.design;
    const ids = new Set((design.useCases ?? []).map((useCase) => useCase.id));
    const linked = design.outputs.filter((output) => output.useCase !== undefined);
    expect(linked.length).toBeGreaterThanOrEqual(2);
    for (const output of linked) {
      expect(ids.has(output.useCase ?? '')).toBe(true);
      expect(output.freshnessSeconds).toBe(design.useCases?.find((useCase) => useCase.id === output.useCase)?.freshnessSeconds);
    }
  });
});
