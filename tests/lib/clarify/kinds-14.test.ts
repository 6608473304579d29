import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';
import { readOffCaseLines } from '../../../lib/text/case-fit';

/**
 * Kinds of transcript the clarify grade misread on blind round 13, each on new inputs written for this
 * test, with the interviewer's score decided before the engine ran.
 */
describe('another case\'s question sheet pasted into this case', () => {
  // A hospital sheet in the factory case, a few nouns swapped to the case's own ("per plant", "the technician").
  // Interviewer: "that's not this system" to all but the scope question: about 12.
  const hospitalSheet = [
    'What exactly are we building - just the telemetry platform for the plants?',
    'How many patients per plant are admitted each day?',
    'How quickly must a lab result reach the technician on the ward?',
    'How long do we keep the discharge summaries and the ward notes?',
    'Which HL7 feeds do the wards send, and do lab results arrive late?',
  ];

  it('earns nothing for the other business\'s questions, and says why', () => {
    const rubric = loadCase('iot-telemetry').rubric;
    const result = scoreClarify({ questions: hospitalSheet, entities: [] }, rubric);
    expect(result.score).toBeLessThanOrEqual(22);
    expect(result.findings.find((finding) => finding.code === 'clarify.other-business')?.message).toMatch(/patients|lab|discharge/);
    const lines = readOffCaseLines(hospitalSheet, rubric);
    expect(lines[0]).toBeNull();
    expect(lines.slice(1).every((line) => line !== null)).toBe(true);
  });

  // A mobility sheet in the shop's case where only one line names a mobility noun more than the shop's own.
  it('reads the whole sheet once two of its lines name the other business', () => {
    const rubric = loadCase('ecommerce-data-platform').rubric;
    const sheet = [
      'How many riders request a pickup during the Friday night rush?',
      'How fresh must the fare estimate be for each order?',
      'Do the GPS traces from the phones come in late or out of order?',
      'How long do we keep the GPS traces?',
    ];
    const lines = readOffCaseLines(sheet, rubric);
    expect(lines[0]?.nouns).toEqual(['riders', 'pickup']);
    expect(lines[1]?.nouns).toEqual(['fare']);
    // Interviewer: nothing about this shop was asked, about 5. Known residue: the GPS lines name no business
    // noun and share no word with the lines that do, so they still earn their topics.
    expect(scoreClarify({ questions: sheet }, rubric).score).toBeLessThanOrEqual(25);
  });

  it('leaves a real transcript alone, even with a turn of phrase from another business', () => {
    const rubric = loadCase('ecommerce-data-platform').rubric;
    const questions = [
      'Are we building the analytics platform, or touching the storefront itself?',
      'Do we need to plan for a sudden surge in shoppers on sale days?',
      'Will machine learning engineers read the curated tables too?',
      'How many orders and clickstream events a day today?',
      'How fresh must the sales dashboard be during a sale?',
      'How long must order data be kept for finance?',
    ];
    expect(readOffCaseLines(questions, rubric).every((line) => line === null)).toBe(true);
    // Interviewer: a sound start, well above half: about 60.
    expect(scoreClarify({ questions }, rubric).score).toBeGreaterThanOrEqual(45);
  });

  it('reads every line as fitting a thin rubric', () => {
    expect(readOffCaseLines(['How many drivers are online?', 'How fresh is the surge for riders?'], { steps: {} })).toEqual([null, null]);
  });
});

describe('the logistics of the call are small talk', () => {
  // Interviewer: nothing about the case was asked; 0.
  const lines = [
    'Morning! Can you see my screen alright?',
    'Am I on mute? Sorry about that.',
    "How's your week been going?",
    'Could we get started, or should I open the whiteboard first?',
  ];
  it.each(lines)('%s', (line) => {
    expect(matchQuestion(line, loadCase('card-payments').rubric)).toMatchObject({ form: 'small-talk', topic: null });
  });

  it('scores a transcript of them 0', () => {
    expect(scoreClarify({ questions: lines, entities: [] }, loadCase('card-payments').rubric).score).toBe(0);
  });

  it('still hears a real question next to them, or one about what the users see', () => {
    const rubric = loadCase('card-payments').rubric;
    expect(matchQuestion('Can you hear me ok? How many authorisations a second at peak?', rubric).topic).not.toBeNull();
    expect(matchQuestion('Can the fraud analysts see the alerts on their screen within seconds?', rubric).topic).not.toBeNull();
    expect(matchQuestion('Where should I start?', rubric).form).not.toBe('small-talk');
  });
});

describe('restating a fact to have it checked', () => {
  // Interviewer: each checks a concrete figure and gets corrected if wrong: a question, full credit for its topic.
  it.each([
    ['card-payments', 'And ledger postings stay for about 7 years, correct?'],
    ['ride-hailing', 'Drivers send a location every 4 seconds or so, yes?'],
    ['iot-telemetry', 'You mentioned the gateways buffer about an hour, is that right?'],
  ])('%s: %s asks', (slug, line) => {
    expect(matchQuestion(line, loadCase(slug).rubric).form).toBe('question');
  });

  // Still leading: it calls the figure fine or enough, or presumes it.
  it.each([
    ['card-payments', '30 days of ledger history is plenty, right?'],
    ['iot-telemetry', 'I guess 5 minutes of delay is ok for alerts, right?'],
  ])('%s: %s leads', (slug, line) => {
    expect(matchQuestion(line, loadCase(slug).rubric).form).toBe('leading');
  });

  it('does not read a schedule the line rules out as an assumed one', () => {
    const match = matchQuestion('You want years of history without keeping every second forever - is that mostly about storage cost?', loadCase('iot-telemetry').rubric);
    expect(match.contradicts).toBeUndefined();
  });
});
