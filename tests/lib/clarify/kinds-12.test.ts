import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';

type CasePhrasing = { case: string; q: string; topic: string | null; kind: string };

/**
 * Kinds of question the matcher missed on blind batch 8, each with new inputs written for this test
 * (topics decided before the matcher ran): a volume against its usual level is the peak; how things run
 * today is the current setup; an erasure request is answered where the case answers it; thanks are small
 * talk; late data goes to the fact that describes it; how long logs are kept is retention; what another
 * company does earns nothing.
 */
const kinds: [string, string, string | null][] = [
  ['ecommerce-data-platform', 'How much do page views balloon on the anniversary sale compared with an average Wednesday?', 'scale_growth'],
  ['ride-hailing', 'Are trip queries run against the live trip database right now, or some replica?', 'existing_systems'],
  ['card-payments', 'How is chargeback matching done today?', 'existing_systems'],
  ['healthcare-records', 'Where are the quality measures computed at the moment?', 'existing_systems'],
  ['ride-hailing', 'A rider invokes their right to erasure: how quickly do we have to act?', 'pii_security'],
  ['card-payments', 'If a cardholder asks to be forgotten, do the ledger entries go too?', 'retention'],
  ['ecommerce-data-platform', 'Cheers, that background on the partners is useful.', null],
  ['healthcare-records', 'Thanks for laying out the feeds so clearly.', null],
  ['iot-telemetry', 'Could vibration readings land out of order after a VPN blip?', 'latency_sla'],
  ['ride-hailing', 'Do location updates ever come in late once a phone gets signal back?', 'data_format'],
  ['healthcare-records', 'For how many years must the record-access audit logs be held?', 'retention'],
  ['ride-hailing', 'How does DoorDash decide its surge?', null],
  ['healthcare-records', 'What does the NHS use for its bed census?', null],
];

describe('question kinds of batch 8, on new inputs', () => {
  it.each(kinds)('%s: %s', (slug, question, topic) => {
    expect(matchQuestion(question, loadCase(slug).rubric).topic).toBe(topic);
  });

  // Once a known miss: "has" was folded onto HA (high availability), so the line leaned to availability.
  it('iot-telemetry: What is the heaviest minute a plant has produced, say right after a reconnect?', () => {
    expect(matchQuestion('What is the heaviest minute a plant has produced, say right after a reconnect?', loadCase('iot-telemetry').rubric).topic).toBe('scale_growth');
  });

  it('answers a question about another company by saying so, and scores it nothing with a finding', () => {
    const rubric = loadCase('ride-hailing').rubric;
    const match = matchQuestion('What would Lyft do about surge in a snowstorm?', rubric);
    expect(match).toMatchObject({ topic: null, kind: 'not-a-question', unasked: 'other-organisation', organisation: 'Lyft' });
    expect(match.answer).toMatch(/Lyft/);
    const result = scoreClarify({ questions: ['What would Lyft do about surge in a snowstorm?', 'How does Uber price airport trips?'] }, rubric);
    expect(result.score).toBe(0);
    expect(result.findings.find((finding) => finding.code === 'clarify.other-organisation')?.message).toMatch(/another company/);
  });

  it('still answers a question about a party the case works with', () => {
    const match = matchQuestion('How does Rhapsody behave when our endpoint is down?', loadCase('healthcare-records').rubric);
    expect(match.unasked).toBeUndefined();
    expect(match.topic).not.toBeNull();
  });
});

const load = (file: string) => JSON.parse(readFileSync(path.join(__dirname, 'data', file), 'utf8')) as CasePhrasing[];

/**
 * Dev batches 12 and 12b, written before the matcher ran on them. Dev-12 was measured at 0.712 and its
 * kinds fixed; dev-12b was then written and measured untouched at 0.820 (the honest estimate of that
 * round), then its kinds fixed too. Floors guard what was reached, minus a margin.
 */
describe.each([
  ['clarify-phrasings-dev-12.json', 0.95],
  ['clarify-phrasings-dev-12b.json', 0.94],
])('dev batch %s', (file, floor) => {
  it('keeps its top-1 floor', () => {
    const set = load(file);
    const misses = set.filter((item) => matchQuestion(item.q, loadCase(item.case).rubric).topic !== item.topic);
    const accuracy = 1 - misses.length / set.length;
    console.info(`clarify ${file} top-1: ${accuracy.toFixed(3)} on ${set.length}\n  ${misses.map((item) => `${item.kind} ${item.topic}: ${item.q}`).join('\n  ')}`);
    expect(accuracy).toBeGreaterThanOrEqual(floor);
  });
});
