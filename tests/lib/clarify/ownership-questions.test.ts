import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';

/**
 * Who owns or runs a system today is a question about the existing systems and teams (what the design must
 * integrate with and who must change it), not about who reads the output. Inputs written for this test; the
 * topic an interviewer would answer from was decided before the engine ran.
 */
describe('questions about who owns or runs a system today', () => {
  const cases: readonly [string, string][] = [
    ['ride-hailing', 'Which team owns the trip service, and would they let us add a CDC connector?'],
    ['iot-telemetry', 'Who maintains the MES today - plant IT or the engineers?'],
    ['healthcare-records', 'Who runs the interface engine, and is it our team or a vendor?'],
    ['ecommerce-data-platform', 'Who owns the Postgres replica that the analysts query?'],
    ['card-payments', 'Who looks after the authorisation switch, and can they publish events for us?'],
  ];
  for (const [slug, question] of cases) {
    it(`reads "${question}" as existing systems`, () => {
      expect(matchQuestion(question, loadCase(slug).rubric).topic).toBe('existing_systems');
    });
  }

  it('keeps "who will use the dashboards" a consumers question', () => {
    expect(matchQuestion('Who will use the dashboards - finance or operations?', loadCase('ride-hailing').rubric).topic).toBe('consumers');
    expect(matchQuestion('Who reads the fraud alerts, and how do they work them?', loadCase('card-payments').rubric).topic).toBe('consumers');
  });
});
