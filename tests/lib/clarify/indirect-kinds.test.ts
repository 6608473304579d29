import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';
import { asksConsequence } from '../../../lib/text/premise';

/**
 * The kinds of question blind batch 7 missed, each in new words and other cases, with the topic an
 * interviewer hears written down before the matcher ran on them.
 */
const cases: [string, string, string][] = [
  // A failure premise and a question about what it costs or who feels it: availability.
  ['ride-hailing', 'If the matching service is offline at rush hour, how much revenue do we lose?', 'availability'],
  ['iot-telemetry', 'If a plant loses its uplink for an hour, who notices?', 'availability'],
  ['card-payments', 'When the scoring service crashes, what does it cost us?', 'availability'],
  // A time budget or a wait until someone can see the result: freshness and latency.
  ['ride-hailing', 'How long do we have to price a ride before the rider gives up?', 'latency_sla'],
  ['healthcare-records', 'How long until a bed manager can see a new admission?', 'latency_sla'],
  // What someone would miss most, or wants by a near date: the priority.
  ['iot-telemetry', 'Which dashboard would the plant managers miss most?', 'priority_feature'],
  ['healthcare-records', 'What should we have live by the end of the quarter?', 'priority_feature'],
  // How data travels today: the existing systems.
  ['card-payments', 'How does the clearing data get to finance at the moment?', 'existing_systems'],
  ['ride-hailing', 'How do trip records reach the analysts today?', 'existing_systems'],
  // A count over a horizon, or an expected rise: growth.
  ['ride-hailing', 'Will the number of drivers change much over the next three years?', 'scale_growth'],
  ['card-payments', 'Do you expect the number of cardholders to double?', 'scale_growth'],
  // How long full detail is kept before a summary will do: retention.
  ['ride-hailing', 'For how long do analysts need full detail on location pings?', 'retention'],
  // Which standard the messages follow: the format.
  ['card-payments', 'Which message standards does the network use?', 'data_format'],
  // Whose data may be read from which country: residency.
  ['ecommerce-data-platform', "Can a German customer's data be queried from our US office?", 'pii_security'],
  // Whether we watch or also act, replace or sit beside: where our part stops.
  ['iot-telemetry', 'Are we replacing the historians, or sitting beside them?', 'scope_reference'],
  ['healthcare-records', 'Are we only watching the feeds, or do we also write back to the EHR?', 'scope_reference'],
];

describe('indirect and business-worded questions reach the topic an interviewer hears', () => {
  it.each(cases)('%s: "%s" -> %s', (slug, question, topic) => {
    expect(matchQuestion(question, loadCase(slug).rubric).topic).toBe(topic);
  });
});

describe('asksConsequence', () => {
  it.each(['what happens on the wards?', 'what does the business feel?', 'who notices?', 'how much money do we lose?', "what's the impact?"])('reads "%s" as asking what a situation leads to', (core) => {
    expect(asksConsequence(core)).toBe(true);
  });
  it.each(['how many orders a day?', 'what format is the feed in?', 'how long do we keep it?'])('leaves "%s" alone', (core) => {
    expect(asksConsequence(core)).toBe(false);
  });
});
