import { describe, expect, it } from 'vitest';
import type { StepResult } from '../../../lib/scoring/finding';
import { toScore } from '../../../lib/scoring/score';
import { analyseClarify, ORDER_POINTS, scoreClarify, scoredTopics } from '../../../lib/clarify/score-clarify';
import { clarifyTranscriptSchema } from '../../../lib/clarify/transcript-schema';
import { fixtureRubric } from './fixture-rubric';
import { seedRubric } from './seed-case';

const rubric = fixtureRubric();

const fullTranscript = {
  questions: [
    'Is there a reference product, and what is in scope?',
    'Is this OLTP or OLAP?',
    'Who consumes the output?',
    'How much data do we ingest per day?',
    'What growth and peaks do we expect?',
    'What existing systems do we have?',
    'What is the MVP?',
    'What are the main entities?',
    'How fresh must the data be?',
    'What uptime do we need?',
    'How long do we keep data?',
    'What format is the data in?',
    'Is there any PII?',
  ],
  entities: ['customers', 'products', 'orders', 'order items', 'payments'],
};

/** Every point earned is a good finding; every point not earned is a missing or wrong finding. */
function expectPointsAccountedFor(result: StepResult) {
  const earned = result.findings.filter((finding) => finding.severity === 'good').reduce((sum, finding) => sum + finding.points, 0);
  const lost = result.findings
    .filter((finding) => finding.severity === 'missing' || finding.severity === 'wrong')
    .reduce((sum, finding) => sum + finding.points, 0);
  expect(result.score).toBe(toScore(earned, earned + lost));
  for (const finding of result.findings.filter((item) => item.severity === 'hint')) expect(finding.points).toBe(0);
}

describe('scoreClarify', () => {
  // Round 27: coverage above 80% counts at 40% (lib/clarify/coverage-knee), so a transcript asking every topic scores
  // 88, and its only non-good finding says what a topic count cannot see.
  it('gives a complete transcript in a good order the top of the topic scale', () => {
    const result = scoreClarify(fullTranscript, rubric);
    expect(result.findings.filter((finding) => finding.severity !== 'good').map((finding) => finding.code)).toEqual(['clarify.beyond-topics']);
    expect(result.score).toBe(88);
    expectPointsAccountedFor(result);
  });

  it('gives zero for an empty transcript and says why each topic matters', () => {
    const result = scoreClarify({ questions: [] }, rubric);
    expect(result.score).toBe(0);
    const missing = result.findings.filter((finding) => finding.code === 'clarify.topic-missing');
    expect(missing).toHaveLength(13);
    for (const finding of missing) expect(finding.message.length).toBeGreaterThan(60);
    expectPointsAccountedFor(result);
  });

  it('weighs topics by topicWeights, skipping weight 0', () => {
    const weighted = fixtureRubric({ topicWeights: { scale_now: 3, retention: 0 } });
    const topics = scoredTopics(weighted);
    expect(topics.find((item) => item.topic === 'scale_now')?.weight).toBe(3);
    expect(topics.find((item) => item.topic === 'retention')).toBeUndefined();
    expect(topics).toHaveLength(12);
    const result = scoreClarify({ questions: ['How long do we keep data?'] }, weighted);
    expect(result.score).toBe(0);
    expect(result.findings.some((finding) => finding.code === 'clarify.topic-asked')).toBe(false);
  });

  it('penalises asking about scale before any scope question', () => {
    const scaleFirst = scoreClarify({ questions: ['How much data per day?', 'Who consumes the output?'] }, rubric);
    const wrong = scaleFirst.findings.find((finding) => finding.code === 'clarify.order-scale-before-scope');
    expect(wrong).toMatchObject({ severity: 'wrong', points: ORDER_POINTS });
    const scopeFirst = scoreClarify({ questions: ['Who consumes the output?', 'How much data per day?'] }, rubric);
    expect(scopeFirst.findings.find((finding) => finding.code === 'clarify.order-scope-first')?.severity).toBe('good');
    expect(scopeFirst.score).toBeGreaterThan(scaleFirst.score);
    expectPointsAccountedFor(scaleFirst);
    expectPointsAccountedFor(scopeFirst);
  });

  it('credits core entities from the entity list and from entity questions', () => {
    const listed = analyseClarify({ questions: [], entities: ['Users', 'line items', 'reviews', 'widgets'] }, rubric);
    expect(listed.entityIds).toEqual(['customer', 'order-item', 'review']);
    expect(listed.unknownEntities).toEqual(['widgets']);
    const asked = analyseClarify({ questions: ['Should the model include customers, orders and payments?'] }, rubric);
    expect(asked.entityIds).toEqual(['customer', 'order', 'payment']);
    const result = scoreClarify({ questions: [], entities: ['Users', 'line items', 'reviews'] }, rubric);
    expect(result.findings.filter((finding) => finding.code === 'clarify.entity-named')).toHaveLength(2);
    expect(result.findings.filter((finding) => finding.code === 'clarify.entity-extra')).toHaveLength(1);
    expect(result.findings.filter((finding) => finding.code === 'clarify.entity-missing')).toHaveLength(3);
  });

  it('records the revealed facts so later steps can use their values', () => {
    const analysis = analyseClarify({ questions: ['How many orders per day, and how fast is traffic growing?'] }, rubric);
    expect(analysis.revealedFactIds).toEqual(expect.arrayContaining(['order-rate', 'growth']));
  });

  it('gives hints, not penalties, for unclear questions and statements', () => {
    const result = scoreClarify({ questions: ['What colour is the logo?', 'I will use Kafka.'] }, rubric);
    const hints = result.findings.filter((finding) => finding.severity === 'hint').map((finding) => finding.code);
    expect(hints).toEqual(['clarify.statements', 'clarify.unclear-questions']);
    expectPointsAccountedFor(result);
  });

  it('is deterministic', () => {
    expect(scoreClarify(fullTranscript, fixtureRubric())).toEqual(scoreClarify(fullTranscript, rubric));
  });

  it.skipIf(!seedRubric())('scores the seed case', () => {
    const seed = seedRubric()!;
    const result = scoreClarify(fullTranscript, seed);
    expect(result.score).toBeGreaterThanOrEqual(85);
    expectPointsAccountedFor(result);
  });
});

describe('clarifyTranscriptSchema', () => {
  it('accepts questions with optional entities and rejects other shapes', () => {
    expect(clarifyTranscriptSchema.parse({ questions: ['Scope?'] })).toEqual({ questions: ['Scope?'] });
    expect(clarifyTranscriptSchema.safeParse({ questions: ['Scope?'], entities: ['order'] }).success).toBe(true);
    expect(clarifyTranscriptSchema.safeParse({ questions: 'Scope?' }).success).toBe(false);
    expect(clarifyTranscriptSchema.safeParse({}).success).toBe(false);
  });
});
