import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';

// A plain deletion ask ("asks us to delete their data") is answered by the fact the case wrote about such requests,
// whatever its topic, as an erasure request is (round 27): on the card case that fact is retention (the duty to keep
// financial records overrides erasure); where the case's request fact is privacy, or it has none, privacy answers.
describe('a plain deletion ask goes to the case fact about such requests', () => {
  const asks: [string, string, string][] = [
    ['card-payments', 'When a cardholder requests us to remove their personal details, which records must stay?', 'retention'],
    ['card-payments', 'A customer closes the card and asks for their data to be deleted - what survives?', 'retention'],
    ['ride-hailing', 'If a driver asks us to purge their location history, how fast must it happen?', 'pii_security'],
    ['healthcare-records', 'When a patient asks us to remove their records, what do we do?', 'pii_security'],
    ['ecommerce-data-platform', 'What do we do when a shopper asks us to delete their account data?', 'pii_security'],
  ];
  it.each(asks)('%s: %s', (slug, question, topic) => {
    const match = matchQuestion(question, loadCase(slug).rubric);
    expect([match.topic, match.second?.topic]).toContain(topic);
  });
});
