import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';

/**
 * Lines about the interview's own logistics (the call, a camera or connection, getting to the office, the job's
 * hybrid or remote terms) ask nothing of the case: the interviewer gives them no topic. New lines written for this
 * test, other cases and wording than phrasing batch 18; each was decided off topic before the engine ran. Domain
 * questions that share a word (a role that may see data, a model trained on the data) keep their topic.
 */
const ask = (slug: string, question: string) => matchQuestion(question, loadCase(slug).rubric);

describe('interview logistics get no topic', () => {
  it.each([
    // Before this change the first four read as freshness or retention ("what time", "next time", "finish today", "keeps").
    ['healthcare-records', "Quick question, what time does this session end? I've got a meeting at three."],
    ['ride-hailing', 'Next time, is there parking near your office, or should I commute by train?'],
    ['ecommerce-data-platform', 'Sorry, can we finish today by half past? I have another call after this.'],
    ['ride-hailing', 'Can you still hear me? My connection keeps dropping out.'],
    ['iot-telemetry', 'Is this job hybrid, or is it in the office every day?'],
    ['card-payments', 'Could I turn my camera off for a bit? The connection here is weak.'],
  ])('%s: %s', (slug, question) => {
    expect(ask(slug, question).topic).toBeNull();
  });
});

describe('domain questions that share a word keep their topic', () => {
  it.each([
    ['healthcare-records', 'Which staff roles may open a patient chart, and is every read audited?', 'pii_security'],
    ['iot-telemetry', 'How many sensor readings arrive per second across all the plants?', 'scale_now'],
  ])('%s: %s', (slug, question, topic) => {
    expect(ask(slug, question).topic).toBe(topic);
  });
});
