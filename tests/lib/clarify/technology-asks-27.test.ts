import { describe, expect, it } from 'vitest';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';

// A transcript that asks mostly for leave to use products (round 27 kind: technology choices instead of requirements).
const rides = loadCase('ride-hailing').rubric;

describe('a transcript of technology asks is graded on its few real asks', () => {
  // Interviewer's score, written before running the engine: 30. Three real asks (drivers online and ping rate,
  // surge freshness, trace retention); the rest ask leave to use Kafka, Flink, Redis, Cassandra and Grafana,
  // which an interviewer answers "your call". Nothing on scope, consumers, growth, availability or GDPR.
  const transcript = {
    questions: [
      'Can we use Kafka for the pings?',
      'Flink or Spark Structured Streaming for surge?',
      'How many drivers are online at once, and how often does each app send a ping?',
      'Would you prefer Redis or Cassandra for the live supply per cell?',
      'How fresh must the surge multiplier be?',
      'Is Grafana OK for the ops map?',
      'How long may we keep the GPS traces?',
    ],
    entities: ['driver', 'rider', 'trip', 'location ping'],
  };
  it('stays near the interviewer (30) and names the pitches', () => {
    const result = scoreClarify(transcript, rides);
    expect(Math.abs(result.score - 30)).toBeLessThanOrEqual(15);
    expect(result.findings.map((finding) => finding.code)).toContain('clarify.design-pitch');
    const asked = result.findings.filter((finding) => finding.code === 'clarify.topic-asked').map((finding) => finding.message);
    expect(asked.some((message) => /Kafka|Redis|Grafana|Flink/.test(message))).toBe(false);
  });
});
