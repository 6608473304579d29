import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';

type Row = { case: string; q: string; topic: string; form?: string };
const rows = JSON.parse(readFileSync(path.join(__dirname, 'data', 'clarify-paraphrases-practitioner.json'), 'utf8')) as Row[];

/**
 * A senior engineer's paraphrases and domain jargon (issuer/acquirer, PAN, HL7 over MLLP, telemetry
 * cadence, "goes dark", "what do analysts lean on") reach the topic an interviewer hears, in every case;
 * statements and small talk ("none") reach no topic. Written for this test, not taken from the golden set.
 */
describe('practitioner paraphrases reach their topic in every case', () => {
  it.each(rows.map((row) => [row.case, row.q, row] as const))('%s: "%s"', (_slug, question, row) => {
    const match = matchQuestion(question, loadCase(row.case).rubric);
    if (row.topic === 'none') {
      expect(match.topic).toBeNull();
      return;
    }
    expect([match.topic, match.second?.topic]).toContain(row.topic);
    if (row.form) expect(match.form).toBe(row.form);
    else expect(match.form).not.toBe('leading');
  });

  it('covers every topic that matters in every shipped case', () => {
    for (const slug of ['ecommerce-data-platform', 'card-payments', 'iot-telemetry', 'healthcare-records', 'ride-hailing']) {
      expect(rows.filter((row) => row.case === slug).length, slug).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('confirming a concrete understanding asks; assuming the answer away leads', () => {
  const asks: [string, string][] = [
    ['ecommerce-data-platform', 'So about 5 minutes is fine for the stock dashboard, right?'],
    ['iot-telemetry', 'To be sure: we only read from the machines and never write back to the PLCs?'],
    ['card-payments', 'Just to confirm, ledger postings are kept for 7 years, correct?'],
    ['healthcare-records', 'So the census needs to be within 15 minutes for bed managers, right?'],
    ['ride-hailing', 'If I understand correctly, surge is recomputed every 30 seconds per zone?'],
  ];
  const leads: [string, string][] = [
    ['ecommerce-data-platform', 'So a nightly batch is fine for everything, right?'],
    ['ecommerce-data-platform', 'Volume is pretty modest here, isn’t it, so we can skip sizing?'],
    ['card-payments', 'A year of retention is plenty, right?'],
    ['card-payments', 'I assume 200 ms is enough for scoring, correct?'],
    ['iot-telemetry', 'So we don’t need to worry about late readings, right?'],
    ['healthcare-records', 'And researchers can just read the raw feed, that’s fine?'],
    ['ride-hailing', 'The city ops team just needs the usual dashboards, nothing special?'],
    ['ride-hailing', 'Just to confirm, there is no personal data to protect, right?'],
  ];
  it.each(asks)('%s: "%s" asks', (slug, question) => {
    const match = matchQuestion(question, loadCase(slug).rubric);
    expect(match.kind).toBe('answer');
    expect(match.form).toBe('question');
  });
  it.each(leads)('%s: "%s" leads', (slug, question) => {
    const match = matchQuestion(question, loadCase(slug).rubric);
    expect(match.kind).toBe('answer');
    expect(match.form).toBe('leading');
  });
  it('a condition with "that\'s fine?" still asks', () => {
    const match = matchQuestion('If the report shows the morning numbers at noon, that’s fine?', loadCase('ecommerce-data-platform').rubric);
    expect(match.form).toBe('question');
  });
});

describe('an entity list that names most core entities settles the entities topic', () => {
  const ask = (slug: string, entities: string[]) =>
    scoreClarify({ questions: ['How many events a day do we ingest?'], entities }, loadCase(slug).rubric).findings.find(
      (finding) => finding.code === 'clarify.topic-asked' && finding.message.startsWith('Main entities'),
    );
  it.each([
    ['ecommerce-data-platform', ['customer', 'product', 'order', 'order line', 'payment']],
    ['card-payments', ['cardholder', 'account', 'card', 'merchant', 'authorisation']],
    ['iot-telemetry', ['plant', 'machine', 'sensor', 'reading']],
    ['ride-hailing', ['rider', 'driver', 'trip', 'ride request', 'location ping']],
    ['healthcare-records', ['patient', 'encounter', 'observation', 'diagnosis']],
  ])('%s: a real list earns the topic', (slug, entities) => {
    expect(ask(slug, entities)?.points).toBeGreaterThan(0);
  });
  it.each([
    ['ecommerce-data-platform', ['order', 'product']],
    ['ride-hailing', ['rider driver trip ping zone surge payment vehicle request']],
    ['card-payments', ['cardholder account card merchant authorisation ledger entry fraud alert']],
  ])('%s: a short or stuffed list does not', (slug, entities) => {
    expect(ask(slug, entities)).toBeUndefined();
  });
});
