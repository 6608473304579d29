import { describe, expect, it } from 'vitest';
import { CONFIDENCE_THRESHOLD, matchQuestion } from '../../../lib/clarify/match-question';
import { fixtureRubric } from './fixture-rubric';

const rubric = fixtureRubric();
const factAnswers = new Set(rubric.steps.clarify.facts.map((fact) => fact.answer));

describe('matchQuestion', () => {
  it('answers with the fact text of the matched topic', () => {
    const match = matchQuestion('How much data do we ingest daily?', rubric);
    expect(match).toMatchObject({ kind: 'answer', topic: 'scale_now', factId: 'daily-volume', suggestions: [] });
    expect(match.answer).toBe(rubric.steps.clarify.facts.find((fact) => fact.id === 'daily-volume')?.answer);
    expect(match.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    expect(match.confidence).toBeLessThanOrEqual(1);
  });

  it('uses fact keywords and answers to pick between facts of one topic', () => {
    expect(matchQuestion('How many orders per day?', rubric).factId).toBe('order-rate');
    expect(matchQuestion('What is the clickstream volume?', rubric).factId).toBe('daily-volume');
  });

  it('handles the phrasings from the brief', () => {
    expect(matchQuestion("What's the expected throughput?", rubric).topic).toBe('scale_now');
    expect(matchQuestion('Any compliance constraints?', rubric).topic).toBe('pii_security');
    expect(matchQuestion('Who consumes the dashboards?', rubric).topic).toBe('consumers');
  });

  it('nudges on statements that are not questions', () => {
    for (const statement of ['I will use Kafka.', "We'll partition by date.", "Let's put everything in S3.", 'The pipeline will run on Spark.']) {
      const match = matchQuestion(statement, rubric);
      expect(match.kind, statement).toBe('not-a-question');
      expect(match.topic).toBeNull();
      expect(match.factId).toBeNull();
      expect(factAnswers.has(match.answer)).toBe(false);
    }
  });

  it('treats requests and short noun phrases as questions', () => {
    expect(matchQuestion("I'd like to understand the data volume", rubric).topic).toBe('scale_now');
    expect(matchQuestion('Tell me about retention', rubric).topic).toBe('retention');
    expect(matchQuestion('retention policy', rubric).topic).toBe('retention');
  });

  it('says it did not understand and offers two topics when nothing matches well', () => {
    const match = matchQuestion('What colour is the logo?', rubric);
    expect(match.kind).toBe('unsure');
    expect(match.topic).toBeNull();
    expect(match.factId).toBeNull();
    expect(match.suggestions).toHaveLength(2);
    expect(match.answer).toMatch(/did you mean/i);
    expect(factAnswers.has(match.answer)).toBe(false);
  });

  it('suggests the closest topics for a vague question', () => {
    const match = matchQuestion('What about the numbers?', rubric);
    if (match.kind === 'unsure') expect(match.suggestions).toContain('scale_now');
    else expect(match.topic).toBe('scale_now');
  });

  it('answers the first part of a compound question and reports the second', () => {
    const match = matchQuestion('How much data do we get per day, and how long do we keep it?', rubric);
    expect(match.kind).toBe('answer');
    const topics = [match.topic, match.second?.topic];
    expect(topics).toContain('scale_now');
    expect(topics).toContain('retention');
    expect(factAnswers.has(match.second?.answer ?? '')).toBe(true);
  });

  it('rounds confidence to 3 decimals and is deterministic', () => {
    const first = matchQuestion('Do we need real-time or is batch OK?', rubric);
    expect(Math.round(first.confidence * 1000) / 1000).toBe(first.confidence);
    expect(matchQuestion('Do we need real-time or is batch OK?', fixtureRubric())).toEqual(first);
  });

  it('caps long questions and answers empty ones with a prompt', () => {
    const long = `How long do we keep the data? ${'x'.repeat(5000)}`;
    const match = matchQuestion(long, rubric);
    expect(match.question.length).toBeLessThanOrEqual(500);
    expect(match.topic).toBe('retention');
    expect(matchQuestion('   ', rubric).kind).toBe('not-a-question');
  });

  it('says so when the case has no fact for the topic, without inventing one', () => {
    const trimmed = fixtureRubric();
    trimmed.steps.clarify.facts = trimmed.steps.clarify.facts.filter((fact) => fact.topic !== 'retention');
    const match = matchQuestion('How long do we keep the data?', trimmed);
    expect(match).toMatchObject({ kind: 'answer', topic: 'retention', factId: null });
    expect(match.answer).toMatch(/assumption/);
  });
});
