import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';

/**
 * Kinds of clarify line blind batch 21 showed misread, on new lines written for this test, each with the topic an
 * interviewer answers decided before the engine ran: a statement closed by a tag question, two kinds of system compared,
 * the team that runs or supports the system (no failure named), history loaded from the old system, where data lives by
 * country (residency) against regions for uptime, vowel-less chat shorthand, and cost tied to staying up.
 * data/clarify-phrasings-kinds-28.json holds 45 such lines over the five cases: 0.533 top-1 before the change, 0.889
 * after. Misses left: "Fraud scoring sits inside the authorisation path, not after it - right?" (unsure), "keeping the
 * order pipeline up round the clock" (read as retention), "Lab results get corrected ..." (the healthcare case files
 * corrections under freshness), "hw mny mchns per plnt?" (entities), "A trip row gets updated as it moves ..." (scale).
 */
type KindPhrasing = { case: string; kind: string; q: string; topic: string | null };
const set = JSON.parse(readFileSync(path.join(__dirname, 'data', 'clarify-phrasings-kinds-28.json'), 'utf8')) as KindPhrasing[];
const ask = (slug: string, question: string) => matchQuestion(question, loadCase(slug).rubric);

describe('the kinds blind batch 21 showed, on new lines', () => {
  it('keeps its top-1 floor over every kind', () => {
    const misses = set.filter((item) => ask(item.case, item.q).topic !== item.topic);
    const accuracy = 1 - misses.length / set.length;
    console.info(`clarify kinds-28 top-1: ${accuracy.toFixed(3)} on ${set.length}\n  ${misses.map((item) => `${item.topic}: ${item.q}`).join('\n  ')}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it.each(set.filter((item) => ['operating-team', 'backfill', 'region', 'comparison'].includes(item.kind)))('$kind, $case: $q', (item) => {
    expect(ask(item.case, item.q).topic).toBe(item.topic);
  });

  it('still sends a team called out by a failure to availability', () => {
    expect(ask('card-payments', 'If the ledger service falls over at night, which team gets paged?').topic).toBe('availability');
    expect(ask('iot-telemetry', 'Who is on call when a gateway goes down at a plant?').topic).toBe('availability');
  });
});

describe('a statement closed by a tag question confirms an understanding', () => {
  // Forms decided before the engine ran: a specific claim put up to be checked asks; one that assumes the need away leads.
  it.each([
    ['card-payments', "I assume we're the bank issuing the cards and Stripe-style acquiring is out - correct?"],
    ['healthcare-records', 'The quality dashboards are built from yesterday\'s data and the census from live ADT feeds - right?'],
    ['iot-telemetry', 'Alerts on the critical machines come first, the OEE dashboards after - is that right?'],
    ['ecommerce-data-platform', 'Partner stock files arrive as CSV over SFTP once a night - yes?'],
  ])('%s: "%s" is a question', (slug, line) => {
    expect(ask(slug, line).form).toBe('question');
  });

  it.each([
    ['card-payments', "I assume a few seconds of downtime on scoring is acceptable - correct?"],
    ['iot-telemetry', 'Storage is cheap, so we keep every raw reading forever - right?'],
    ['ride-hailing', "Surge never needs to be re-run, I take it - correct?"],
    ['healthcare-records', 'Volume is small here, right?'],
  ])('%s: "%s" still leads', (slug, line) => {
    expect(ask(slug, line).form).toBe('leading');
  });

  it('scores a complete transcript of specific tag-question confirmations as an interviewer would (hand 78: at least 72)', () => {
    // Hand grade written before the engine ran: every topic confirmed specifically, the assumptions lean a little (-22).
    const result = scoreClarify(
      {
        questions: [
          'We are the issuer approving our own cardholders\' payments, with fraud scoring, the ledger and reconciliation in scope - correct?',
          'The ledger takes writes inside the authorisation, and finance and fraud analytics run on a separate analytical store - right?',
          'The switch calls the score, fraud analysts work alerts, finance reconciles and auditors pull reports - is that the full list?',
          'About 15 million authorisations a day, at a couple of KB each with four ledger entries per auth - right?',
          'Black Friday runs several times the average and cardholders grow about 30% a year - is that the order of magnitude?',
          'The switch is Java on Kubernetes with balances in PostgreSQL, and clearing files come over SFTP - correct?',
          'Real-time fraud scoring first, then the reconciled ledger - correct?',
          'The score has to come back in about 100 ms inside the authorisation - right?',
          'If scoring is down the switch falls back to its static rules, and no posting may be lost or doubled - correct?',
          'Authorisations and ledger entries are kept 7 years for the regulator, with 13 months hot - right?',
          'Events from the switch come as Avro or Protobuf, amounts in minor units - correct?',
          'PANs are tokenised before they reach us and names fall under GDPR - right?',
        ],
        entities: ['cardholder', 'account', 'card', 'merchant', 'authorisation', 'ledger entry', 'fraud alert'],
      },
      loadCase('card-payments').rubric,
    );
    expect(result.score).toBeGreaterThanOrEqual(72);
  });
});

describe('chat shorthand with its vowels dropped', () => {
  it.each([
    ['ride-hailing', 'hw mny drvrs onln at once?', 'scale_now'],
    ['card-payments', 'hw mny chrgbcks per day?', 'scale_now'],
  ])('%s: "%s" asks %s', (slug, line, topic) => {
    expect(ask(slug, line).topic).toBe(topic);
  });

  it('leaves short names and real words alone', () => {
    expect(ask('ecommerce-data-platform', 'What format are the clickstream events from the web and mobile apps?').topic).toBe('data_format');
  });
});
