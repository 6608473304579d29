import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';
import { readAssumptionConflict } from '../../../lib/text/assumption-conflict';

// Lines written for these tests; whether each assumption contradicts its case was decided from the case's facts before the engine ran.
const rubricOf = (slug: string) => loadCase(slug).rubric;

describe('a leading question whose assumption the facts contradict', () => {
  it.each([
    ['iot-telemetry', 'This is basically AWS IoT SiteWise, right?'],
    ['ecommerce-data-platform', "We're modelling it on Amazon, I assume?"],
    ['ride-hailing', '99% uptime is plenty for surge, I assume?'],
  ])('is corrected on %s: %s', (slug, line) => {
    expect(matchQuestion(line, rubricOf(slug)).contradicts).toBeDefined();
  });

  // A specific statement closed by "right?" confirms a guess (the round-24 hand-graded tag-question clarify, interviewer
  // 80, reads "I assume we're the issuer here - correct?" as a confirmation); it is not a leading question.
  it.each([
    ['ride-hailing', 'Think Uber but smaller, right?'],
    ['card-payments', "We're an issuer like Monzo, right?"],
  ])('is not, and is a confirmation, when it agrees with the facts, on %s: %s', (slug, line) => {
    const match = matchQuestion(line, rubricOf(slug));
    expect(match.contradicts).toBeUndefined();
    expect(match.form).toBe('question');
  });

  it.each([
    ['ride-hailing', '99.9% is fine for surge, I assume?'],
    ['healthcare-records', '99.9% for the census, I assume?'],
    ['ride-hailing', 'Surge within a minute is fine, isn\'t it?'],
  ])('is not when it agrees with the facts, on %s: %s', (slug, line) => {
    const match = matchQuestion(line, rubricOf(slug));
    expect(match.contradicts).toBeUndefined();
    expect(match.form).toBe('leading');
  });

  it('earns its topic nothing, with a finding that quotes the correction', () => {
    const rubric = rubricOf('ride-hailing');
    const wrong = scoreClarify({ questions: ['99% uptime is plenty for surge, I assume?'], entities: [] }, rubric);
    const right = scoreClarify({ questions: ['99.9% is fine for surge, I assume?'], entities: [] }, rubric);
    expect(wrong.score).toBeLessThan(right.score);
    const finding = wrong.findings.find((item) => item.code === 'clarify.wrong-assumption');
    expect(finding?.message).toMatch(/99\.95%/);
    expect(wrong.findings.some((item) => item.code === 'clarify.topic-asked' && item.refs?.includes('availability'))).toBe(false);
  });

  it('keeps a transcript of wrong assumptions within the gamed bound (an interviewer gives about 10)', () => {
    const transcript = {
      questions: [
        'This is basically AWS IoT SiteWise, right?',
        'Anomaly alerts can go out as a weekly report, right?',
        '99% uptime is fine for alerting, I assume?',
        'We keep the raw readings for a week or so, like everyone?',
      ],
      entities: ['sensor', 'machine'],
    };
    expect(scoreClarify(transcript, rubricOf('iot-telemetry')).score).toBeLessThanOrEqual(25);
  });

  it('reads a schedule far off every time the facts give (weekly alerts where they need 10 seconds)', () => {
    const facts = rubricOf('iot-telemetry').steps.clarify.facts.filter((fact) => fact.topic === 'latency_sla').map((fact) => fact.answer);
    expect(readAssumptionConflict('Anomaly alerts can go out as a weekly report, right?', facts)).not.toBeNull();
    expect(readAssumptionConflict('Anomaly alerts within about 10 seconds, right?', facts)).toBeNull();
  });

  it('reads nothing from an empty line or no facts', () => {
    expect(readAssumptionConflict('', ['Not like Stripe.'])).toBeNull();
    expect(readAssumptionConflict('Like Stripe, right?', [])).toBeNull();
  });
});
