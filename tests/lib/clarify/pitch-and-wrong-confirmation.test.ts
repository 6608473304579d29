import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';
import { readToolPitch } from '../../../lib/text/tool-pitch';

const rubricOf = (slug: string) => loadCase(slug).rubric;

describe('a product choice put up for approval is a pitch, not a question', () => {
  it.each([
    ['ride-hailing', 'Flink for the surge job, sound good?'],
    ['healthcare-records', "I'd use Kafka Connect with Debezium for the EHR feeds, agreed?"],
    ['iot-telemetry', 'How about InfluxDB for the readings?'],
  ])('%s: "%s" earns no topic', (slug, question) => {
    const match = matchQuestion(question, rubricOf(slug));
    expect(match).toMatchObject({ topic: null, factId: null, kind: 'not-a-question', unasked: 'pitch' });
  });

  it.each([
    ['iot-telemetry', 'Do the plants already run Kafka anywhere?', 'existing_systems'],
    ['card-payments', 'Is the ledger kept in Postgres today?', 'existing_systems'],
  ])('%s: "%s" asks about what runs today', (slug, question, topic) => {
    expect(matchQuestion(question, rubricOf(slug)).topic).toBe(topic);
  });

  it('reads the products named, and no pitch without a product or a tag', () => {
    expect(readToolPitch('Kafka plus Flink for the stream, that works?')).toEqual(['kafka', 'flink']);
    expect(readToolPitch('A warehouse for the reports, fine?')).toBeNull();
    expect(readToolPitch('Which broker do you use?')).toBeNull();
    expect(readToolPitch('Is Kafka in place already, fine?')).toBeNull();
  });

  it('a transcript of pitches earns no topic and says why', () => {
    const result = scoreClarify(
      { questions: ['Spark on EMR for the batch side, ok with you?', 'Redshift for reporting, fine?', 'And Airflow to orchestrate it all, any objections?'], entities: [] },
      rubricOf('ecommerce-data-platform'),
    );
    expect(result.findings.filter((finding) => finding.code === 'clarify.topic-asked')).toEqual([]);
    expect(result.findings.some((finding) => finding.code === 'clarify.design-pitch')).toBe(true);
    expect(result.score).toBe(0);
  });
});

describe('a confirmation the facts rule out is corrected and earns nothing', () => {
  it.each([
    ['ecommerce-data-platform', 'So we model it on Amazon, right?', 'scope_reference'],
    ['card-payments', 'To be sure: we model it on Stripe?', 'scope_reference'],
  ])('%s: "%s"', (slug, question, topic) => {
    const match = matchQuestion(question, rubricOf(slug));
    expect(match.topic).toBe(topic);
    expect(match.contradicts).toBeDefined();
    const result = scoreClarify({ questions: [question], entities: [] }, rubricOf(slug));
    expect(result.findings.some((finding) => finding.code === 'clarify.wrong-assumption')).toBe(true);
    expect(result.findings.filter((finding) => finding.code === 'clarify.topic-asked')).toEqual([]);
  });

  it('a right confirmation still asks', () => {
    const match = matchQuestion('So surge is recomputed every 30 seconds per zone, right?', rubricOf('ride-hailing'));
    expect(match.contradicts).toBeUndefined();
    expect(match.form).toBe('question');
  });
});

describe('a bare noun phrase that the same line\'s question takes up is asked', () => {
  it('"retention for ledger postings, and how does that fit with erasure requests?" asks about retention in full', () => {
    const match = matchQuestion('retention for ledger postings, and how does that fit with erasure requests?', rubricOf('card-payments'));
    const halves = [match, match.second].filter((half) => half?.topic === 'retention');
    expect(halves).toHaveLength(1);
    expect(halves[0]?.form).toBe('question');
  });
  it('"Retention? And who reads the reports?" keeps the bare word a bare word', () => {
    const match = matchQuestion('Retention? And who reads the reports?', rubricOf('card-payments'));
    const half = [match, match.second].find((item) => item?.topic === 'retention');
    expect(half?.form).toBe('fragment');
  });
});
