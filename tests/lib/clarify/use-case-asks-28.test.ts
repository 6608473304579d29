import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';

/**
 * A clarify that only asks what the outputs must show (the use cases) still scopes the build: an interviewer credits it
 * as the functional side of "what are we building" and docks every non-functional ask it skips (r24 healthcare
 * use-cases-only: hand 45, engine 15 before this reading). New transcripts on three other cases, hand grades written
 * before the engine ran; the bounds leave room either side.
 */
const score = (slug: string, questions: string[], entities: string[]) => scoreClarify({ questions, entities }, loadCase(slug).rubric).score;

describe('a clarify of use-case questions only', () => {
  it('ride-hailing, hand 40: earns the scope it asks, not the non-functional topics it skips', () => {
    const result = score(
      'ride-hailing',
      [
        'What should the city ops map show - drivers online per cell, open requests, surge level?',
        'Which metrics do finance want on the earnings report - per driver per week?',
        'What do the data scientists want - trip features for the surge model?',
        'Should analysts be able to drill down to a single trip?',
        'Which views first - the surge inputs or the ops map?',
      ],
      ['driver', 'trip', 'rider'],
    );
    expect(result).toBeGreaterThanOrEqual(22);
    expect(result).toBeLessThanOrEqual(55);
  });

  it('iot-telemetry, hand 40', () => {
    const result = score(
      'iot-telemetry',
      [
        'What should the OEE dashboard show - per machine, per shift, per plant?',
        'What do the maintenance technicians want to see on their phones when an alert fires?',
        'Which charts do the plant managers want for the weekly review?',
        'Should engineers be able to drill down to one spindle on one machine?',
        'What should an anomaly alert contain - machine, sensor, the reading, a link to history?',
      ],
      ['machine', 'sensor', 'plant'],
    );
    expect(result).toBeGreaterThanOrEqual(22);
    expect(result).toBeLessThanOrEqual(55);
  });

  it('ecommerce-data-platform, hand 40', () => {
    const result = score(
      'ecommerce-data-platform',
      [
        'What should the daily sales dashboard show - revenue by category and country?',
        'Which KPIs does leadership want first?',
        'What do the marketing analysts want - funnels from the clickstream?',
        'Should the ops team be able to drill down into one order during a sale?',
        'What should the inventory view include for the warehouse staff?',
      ],
      ['order', 'customer', 'product'],
    );
    expect(result).toBeGreaterThanOrEqual(22);
    expect(result).toBeLessThanOrEqual(55);
  });

  it('answers a use-case line with its reader or first feature and credits the scope with it', () => {
    const match = matchQuestion('What should the census dashboard show the bed managers?', loadCase('healthcare-records').rubric);
    expect(['consumers', 'priority_feature']).toContain(match.topic);
    expect(match.second?.topic).toBe('scope_reference');
  });
});
