import { describe, expect, it } from 'vitest';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';
import { selfAnswerCue } from '../../../lib/text/self-answer';

/* Inputs written for this test; an interviewer's reading next to each. */
describe('selfAnswerCue', () => {
  it.each([
    // Asked, then answered with a decision: nothing learned.
    'How many rides a day? Let\'s say two million and move on.',
    'Does the ledger need to be exactly once? No, let\'s keep it simple.',
    'How long do we keep HL7 messages? Doesn\'t matter, we\'ll keep them all.',
    'What peak do sale days hit? I\'ll assume 3x the average.',
    'Is PII in the clickstream? Yes, so we just hash everything.',
    'How many plants are there? Assume five.',
    // Tag questions asserting figures the candidate cannot know yet.
    'We have 10k devices, right? And 1-minute freshness, yes?',
    'Fraud scoring can take 2 seconds, right?',
  ])('reads "%s" as answering itself', (line) => {
    expect(selfAnswerCue(line)).not.toBeNull();
  });

  it.each([
    'How many sensors per machine? It sets the partition count.',
    'What is the daily order volume? I need it to size the cluster.',
    'How many ADT messages a day? I\'d guess a morning bulge with ward rounds.',
    'Which consumer matters most? Finance or fraud?',
    'So that\'s 15 million authorisations a day, right?',
    'How fresh must the surge map be, and why?',
    'Is 99.9% enough, or do we need more?',
  ])('leaves "%s" as a question', (line) => {
    expect(selfAnswerCue(line)).toBeNull();
  });

  it('never throws on odd input', () => {
    expect(selfAnswerCue(undefined as unknown as string)).toBeNull();
    expect(selfAnswerCue('?')).toBeNull();
  });
});

describe('clarify: a transcript that answers its own questions scores low', () => {
  it.each([
    // Interviewer: 8-15 for each (the topics were touched, nothing was learned).
    ['ride-hailing', ['How many drivers are online at peak? Say 50k, let\'s go with that.', 'How fresh must surge be? Let\'s say a minute.', 'Retention of GPS pings? Assume forever, storage is cheap.', 'Is dispatch in scope? No, let\'s leave it out.']],
    ['card-payments', ['How many authorisations a day? I\'ll assume a million.', 'Do we need the fraud score inline? No, batch is fine, let\'s do nightly.', 'How long do we keep ledger entries? Doesn\'t matter, keep it all.', 'PCI? Let\'s ignore it for now.']],
    ['healthcare-records', ['How many messages a day? Assume 100k.', 'How fresh must the bed board be? Let\'s say hourly.', 'Retention? We keep everything forever.', 'Who uses the data? Obviously just the analysts.']],
  ])('%s', (slug, questions) => {
    const result = scoreClarify({ questions, entities: [] }, loadCase(slug).rubric);
    expect(result.score).toBeLessThanOrEqual(20);
    expect(result.findings.some((finding) => finding.code === 'clarify.self-answered' && finding.severity === 'wrong')).toBe(true);
  });

  it('the same questions asked openly earn their topics (interviewer ~45)', () => {
    const questions = ['Is dispatch in scope?', 'How many drivers are online at peak?', 'How fresh must surge be?', 'How long do we keep GPS pings?'];
    const asked = scoreClarify({ questions, entities: [] }, loadCase('ride-hailing').rubric);
    const assumed = scoreClarify({ questions: questions.map((q) => `${q} Let's say a lot.`), entities: [] }, loadCase('ride-hailing').rubric);
    expect(asked.score).toBeGreaterThan(assumed.score + 15);
  });
});
