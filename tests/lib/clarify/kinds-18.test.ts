import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';

/**
 * Kinds of clarifying question the interviewer misread on phrasing batch 14, each on new questions written for this
 * test (none of the batch's own; other cases and wording), with the topic an interviewer answers from decided before
 * the engine ran.
 */
const ask = (slug: string, question: string) => matchQuestion(question, loadCase(slug).rubric);

describe('a question after a long preamble of the candidate\'s own assumptions asks what its last sentence asks', () => {
  const cases: readonly [string, string, string][] = [
    [
      'ecommerce-data-platform',
      "I'm assuming the shop keeps running on Postgres, that we'd capture orders with Debezium, that clicks land in Kafka and that the analysts live in Looker. Given all that, how long do we have to keep the raw clickstream around?",
      'retention',
    ],
    [
      'healthcare-records',
      'My picture so far: the interface engine forwards ADT and lab messages, we ACK after a durable write, a stream job keeps the census, and the quality team reads monthly marts. With that in mind, who besides bed managers and the quality team reads this data?',
      'consumers',
    ],
    [
      'card-payments',
      'Let me lay out what I have: the switch publishes every decision, features sit in a key-value store, the ledger moves to double entry and finance reconciles each morning against the clearing files. How many authorisations a day are we talking about?',
      'scale_now',
    ],
  ];
  for (const [slug, question, topic] of cases) {
    it(`${slug}: ${topic}`, () => {
      expect(ask(slug, question).topic).toBe(topic);
    });
  }
});

describe('existing history to bring in (backfill, migrate, start fresh) asks what exists today, not retention', () => {
  const cases: readonly [string, string][] = [
    ['card-payments', 'Do we backfill the new ledger from the old balance snapshots, or does it start from zero on launch day?'],
    ['iot-telemetry', 'The plants have years of readings in the old historian; do we migrate that history or start fresh from the gateways?'],
    ['healthcare-records', 'is there historical census data we can load before go-live?'],
  ];
  for (const [slug, question] of cases) {
    it(`${slug}: existing_systems`, () => {
      expect(ask(slug, question).topic).toBe('existing_systems');
    });
  }

  it('leaves a plain keeping question with retention', () => {
    expect(ask('iot-telemetry', 'How long do we keep the raw readings before they are rolled up?').topic).toBe('retention');
  });
});

describe('a person asking us to delete their own data, in plain words, is a privacy question', () => {
  const cases: readonly [string, string][] = [
    ['iot-telemetry', 'If an operator asks us to remove their badge-in history from the machine logs, what do we owe them?'],
    ['ecommerce-data-platform', 'can a shopper request their order history to be deleted?'],
  ];
  for (const [slug, question] of cases) {
    it(`${slug}: pii_security`, () => {
      expect(ask(slug, question).topic).toBe('pii_security');
    });
  }
});
