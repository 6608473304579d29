import { describe, expect, it } from 'vitest';
import { scoreDesign } from '@/lib/design/score-design';
import type { StepResult } from '@/lib/scoring/finding';
import { answer, fixtureRubric } from './fixture-rubric';
import { stockAndSalesDesign as good } from './fixtures';

// Inputs written for these tests, each with the reading an interviewer gives it decided before the engine ran: a
// rejected alternative named with its reason is a strength, the chosen side is the claim (lib/text/polarity.ts,
// commitment.ts); a real denial of what the design lists is still a contradiction.
const rubric = fixtureRubric({
  inputs: [
    { id: 'orders-db', label: 'Orders database', synonyms: ['postgres', 'cdc', 'database'], mode: 'stream' },
    { id: 'partner-files', label: 'Partner files', synonyms: ['sftp', 'csv'], mode: 'batch' },
  ],
  outputs: [
    { id: 'bi', label: 'BI dashboards', synonyms: ['dashboard', 'dashboards', 'looker'] },
    { id: 'stock-view', label: 'Stock view', synonyms: ['inventory', 'stock'] },
  ],
  useCases: [
    { id: 'stock', label: 'Stock during sales', synonyms: ['stock', 'inventory'], freshnessSeconds: 300 },
    { id: 'sales', label: 'Daily sales', synonyms: ['sales', 'revenue'], freshnessSeconds: 86_400 },
  ],
});

const capped = (result: StepResult) => result.findings.some((item) => item.code === 'design.contradicted-cap' || item.code === 'design.field-contradiction');

describe('a rejected alternative named with its reason is no contradiction', () => {
  it.each([
    // The reason after a dash says what goes wrong without the kept path (interviewer: about 85).
    'Stock levels for operations during sales, kept by CDC rather than nightly dumps - a stock view without fresh changes oversells the last items. A daily revenue dashboard.',
    // A possibility raised and turned down (interviewer: about 85).
    'Stock levels for operations during sales; we could use nightly dumps for stock, but a sale sells out in minutes, so CDC. A daily revenue dashboard.',
  ])('%s', (useCase) => {
    const result = scoreDesign(answer({ ...good, useCase }), rubric);
    expect(capped(result)).toBe(false);
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('a use case that denies the listed stock view is still a contradiction (interviewer: about 25)', () => {
    const result = scoreDesign(answer({ ...good, useCase: 'A daily revenue dashboard only, no stock view is needed.' }), rubric);
    expect(capped(result)).toBe(true);
  });
});
