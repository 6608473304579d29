import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';

/*
 * Inputs written for this test. One measure asked of several data sets is one whole question (an
 * interviewer answers it in full); a bare list of topics is still a checklist.
 */
describe('one measure asked of several things is not a catch-all list', () => {
  it.each([
    ['healthcare-records', 'How many years for the raw messages, the curated tables and the access audit log?', 'retention'],
    ['iot-telemetry', "What's the retention for raw readings, minute rollups and hourly rollups?", 'retention'],
    ['ecommerce-data-platform', 'How long of a history for orders, clickstream and partner files?', 'retention'],
    ['ride-hailing', 'How many years of history for pings, trips and payouts?', 'retention'],
  ])('%s: "%s"', (slug, question, topic) => {
    const match = matchQuestion(question, loadCase(slug).rubric);
    expect(match.topic).toBe(topic);
    expect(match.form).toBe('question');
    expect(match.listed).toBeUndefined();
  });

  it.each([
    ['card-payments', 'What about volume, latency, retention, consumers?'],
    ['iot-telemetry', 'Volume, freshness, retention, formats?'],
    ['ecommerce-data-platform', 'What about scale, SLA, uptime and PII?'],
  ])('%s: "%s" stays a list', (slug, question) => {
    expect(matchQuestion(question, loadCase(slug).rubric).listed?.length ?? 0).toBeGreaterThanOrEqual(3);
  });
});
