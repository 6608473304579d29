import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { analyseClarify, scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';

/**
 * Kinds of clarify line the interviewer misread after round 18 and phrasing batch 15, each on new lines written for
 * this test (other cases and wording than the round's and the batch's), with the reading an interviewer gives
 * decided before the engine ran.
 */
const ask = (slug: string, question: string) => matchQuestion(question, loadCase(slug).rubric);
const score = (slug: string, questions: string[], entities: string[] = []) => scoreClarify({ questions, entities }, loadCase(slug).rubric).score;

describe('declining to clarify, or handing the questions back, asks nothing', () => {
  it.each([
    ['iot-telemetry', "Thanks! I don't need to ask any questions really, let's jump straight into the architecture, alright?"],
    ['ride-hailing', "I'll skip the clarifying questions and go directly to the design with the usual numbers, if that works for you?"],
    ['healthcare-records', 'What would you like me to ask you first?'],
    ['ecommerce-data-platform', 'Is there anything else you want me to clarify before I draw?'],
  ])('%s: %s', (slug, line) => {
    expect(ask(slug, line)).toMatchObject({ topic: null, kind: 'not-a-question' });
  });

  it('leaves a line that declines one thing and asks another', () => {
    expect(ask('iot-telemetry', "I'll skip the questions on cost, but how many sensors send readings each second?").topic).toBe('scale_now');
  });

  it('scores a polite refusal session near zero', () => {
    expect(score('ride-hailing', ["Great brief, thanks. I'd rather not bother you with questions; I'll assume typical ride-hailing numbers and go straight to the design, okay?", 'Do you want me to ask about anything in particular?'])).toBeLessThanOrEqual(5);
  });
});

describe('a string of terms with a question mark is a bare word, not a question', () => {
  it('reads each as a fragment', () => {
    for (const line of ['Kafka partitions throughput consumer lag retention compaction?', 'OPC UA MQTT Sparkplug historian gateway buffering?']) {
      expect(ask('iot-telemetry', line).form).toBe('fragment');
    }
  });

  it('scores a session of such strings as gamed, far below the same topics asked', () => {
    const stuffed = score('card-payments', [
      'Issuer acquirer Visa Mastercard ISO 8583 switch scope?',
      'PCI DSS PAN tokenisation GDPR KMS encryption masking?',
      'Latency milliseconds timeout freshness velocity features?',
      'Retention seven years archive immutable audit ledger?',
      'Volume authorisations TPS peak Black Friday growth?',
    ], ['cardholder', 'card']);
    const asked = score('card-payments', [
      'Are we the issuer or the acquirer, and what stays of the switch?',
      'Do card numbers reach us, or only tokens, and what does GDPR ask of names?',
      'How many milliseconds does the score get before the network times out?',
      'How long must we keep authorisations and ledger entries?',
      'How many authorisations a day, and how high is the Black Friday peak?',
    ], ['cardholder', 'card']);
    expect(stuffed).toBeLessThanOrEqual(25);
    expect(asked - stuffed).toBeGreaterThanOrEqual(25);
  });
});

describe('kinds of phrasing from batch 15', () => {
  it.each([
    // A count asked at a peak the case states among today's volumes.
    ['ride-hailing', 'roughly how many drivers are online at peak?', 'scale_now'],
    ['ride-hailing', 'how many drivers are online at the peak, and how many trips do we do in a day?', 'scale_now'],
    // ... but a peak set against the usual level is still the peak question.
    ['ride-hailing', 'how much busier are Friday nights than a normal weeknight?', 'scale_growth'],
    // Spoken hesitation does not cut a moment off from its question.
    ['card-payments', 'so, um, when a card is used at a till, like, how fast does the, uh, score have to come back?', 'latency_sla'],
    ['healthcare-records', 'when a nurse admits a patient, how soon must the bed view show it?', 'latency_sla'],
    // Old history loaded into the new system is the current setup.
    ['ecommerce-data-platform', 'do we load the old order history into the new warehouse, or does it start on day one empty?', 'existing_systems'],
    // Call trouble is small talk.
    ['iot-telemetry', 'sorry, my wifi dropped for a second there, can you still hear me?', null],
  ])('%s: %s', (slug, line, topic) => {
    expect(ask(slug, line).topic).toBe(topic);
  });
});

describe('an assumption stated as the ground of a question shows its topic as a guess', () => {
  it('credits the ground\'s topic as assumed, and the asked topic in full', () => {
    const analysis = analyseClarify(
      { questions: ["Given that we're basically an Amazon-sized shop with a hundred million customers, how many orders a day do we take?"], entities: [] },
      loadCase('ecommerce-data-platform').rubric,
    );
    expect(analysis.topicAskings.get('scale_now')?.form).toBe('question');
    expect(analysis.topicAskings.get('scope_reference')?.form).toBe('assumed');
  });

  it('adds nothing when the ground only refers back', () => {
    const match = ask('iot-telemetry', 'As we discussed before, how many sensors report each second?');
    expect(match.groundAssumed).toBeUndefined();
  });
});
