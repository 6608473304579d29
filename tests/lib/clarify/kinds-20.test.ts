import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { analyseClarify, scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';

/**
 * Kinds of clarify line the interviewer misread after round 19 and phrasing batch 16, each on new lines written for
 * this test (other cases and wording than the round's and the batch's), with the reading an interviewer gives
 * decided before the engine ran.
 */
const ask = (slug: string, question: string) => matchQuestion(question, loadCase(slug).rubric);
const score = (slug: string, questions: string[], entities: string[] = []) => scoreClarify({ questions, entities }, loadCase(slug).rubric).score;

describe('monitoring and alerting on the pipeline itself is availability, even when it names lag', () => {
  it.each([
    ['ecommerce-data-platform', 'if the clickstream consumer falls behind during a sale, who gets paged and do we alert on the lag?'],
    ['ride-hailing', 'how would the on-call engineer notice that a city stopped sending pings, and is there an alerting SLO?'],
    ['healthcare-records', 'Do we alert on gaps when a hospital feed goes quiet, and who is on call for the interface?'],
    ['iot-telemetry', 'is there alerting for dropped readings between the gateways and the cloud?'],
  ])('%s: %s', (slug, line) => {
    expect(ask(slug, line).topic).toBe('availability');
  });

  it('keeps a freshness question whose later ask is the paging', () => {
    expect(ask('ride-hailing', 'how fresh must the surge map be at rush hour, and who gets paged if the pricing job dies?').topic).toBe('latency_sla');
  });
});

describe('one platform for every country or site, or one each, is scope', () => {
  it.each([
    ['ecommerce-data-platform', 'is it one shared platform across the three country shops, or a separate stack per country?'],
    ['healthcare-records', 'Do the US and Irish hospitals share one platform, or is there an instance per jurisdiction?'],
    ['iot-telemetry', 'are we building one pipeline for all the plants, or one per site?'],
  ])('%s: %s', (slug, line) => {
    expect(ask(slug, line).topic).toBe('scope_reference');
  });
});

describe('"how long for" the kinds of stored data is retention', () => {
  it.each([
    ['card-payments', 'how long for raw authorisations, ledger entries and the audit trail?'],
    ['iot-telemetry', 'How long for raw readings, the minute aggregates and the alert logs?'],
  ])('%s: %s', (slug, line) => {
    expect(ask(slug, line).topic).toBe('retention');
  });
});

describe('asking the interviewer to repeat is about the call, not the case', () => {
  it.each([
    ['healthcare-records', 'sorry, can you say that again? I was still typing'],
    ['ride-hailing', 'Apologies, I missed the last bit, could you repeat it?'],
  ])('%s: %s', (slug, line) => {
    expect(ask(slug, line)).toMatchObject({ topic: null, kind: 'not-a-question' });
  });
});

describe('statements closed by a bare "Correct?" restate, they ask no topic', () => {
  const restated = [
    'What we are building is the analytics platform for the shop, not the shop itself.',
    'Who uses it: analysts, data scientists and finance.',
    'How many orders and events come in each day, and how spiky the sale days are.',
    'Which rules apply: GDPR for customer data and deletion on request.',
    'Correct?',
  ];

  it('reads each restated line as a statement and the tag as small talk', () => {
    const { matches, topicsAsked } = analyseClarify({ questions: restated, entities: [] }, loadCase('ecommerce-data-platform').rubric);
    expect(matches.map((match) => match.form)).toEqual(['statement', 'statement', 'statement', 'statement', 'small-talk']);
    expect(topicsAsked.size).toBe(0);
  });

  it('scores such a session near zero, far below the same lines asked', () => {
    const asked = score('ecommerce-data-platform', [
      'Are we building the analytics platform for the shop, or the shop itself?',
      'Who uses it: analysts, data scientists, finance, anyone else?',
      'How many orders and events come in each day, and how spiky are the sale days?',
      'Which rules apply to customer data, GDPR and deletion on request?',
    ]);
    expect(score('ecommerce-data-platform', restated)).toBeLessThanOrEqual(10);
    expect(asked).toBeGreaterThanOrEqual(40);
  });

  it('keeps an assumption with a figure put for checking, and a question asked after the tag', () => {
    const { topicsAsked } = analyseClarify({ questions: ['We have about 2,000 machines across the plants.', 'Is that right?', 'How long do we keep raw readings?'], entities: [] }, loadCase('iot-telemetry').rubric);
    expect(topicsAsked.has('retention')).toBe(true);
    expect(ask('iot-telemetry', "I'll assume about 2,000 machines across the plants, ok?").topic).toBe('scale_now');
  });
});
