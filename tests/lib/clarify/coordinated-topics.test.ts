import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { analyseClarify, readKeywordList, scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';
import { coordinatedHalves } from '../../../lib/text/question-form';

/**
 * One question naming two topics joined by "and", with no second question word to split on, reaches
 * both: each is answered and each earns its topic. Bare word lists stay a keyword list.
 */

const seed = loadCase('ecommerce-data-platform').rubric;
const iot = loadCase('iot-telemetry').rubric;

const topics = (question: string, rubric = seed) => {
  const match = matchQuestion(question, rubric);
  return [match.topic, match.second?.topic].filter((topic) => topic !== undefined && topic !== null).sort();
};

describe('a coordinated noun phrase naming two topics', () => {
  it.each([
    ['What are the retention and the freshness needed?', ['latency_sla', 'retention']],
    ['How long is the retention and the availability target?', ['availability', 'retention']],
    ['What are the data formats and the existing systems?', ['data_format', 'existing_systems']],
    ['Could you tell me the growth rate and the retention period?', ['retention', 'scale_growth']],
    ['What is the uptime target and the data retention?', ['availability', 'retention']],
    ['What are the consumers and the main entities?', ['consumers', 'entities']],
  ])('"%s" reaches both topics', (question, expected) => {
    expect(topics(question)).toEqual(expected);
    const match = matchQuestion(question, seed);
    expect(match.second?.form).toBe('question');
    expect(match.second?.answer).not.toBe(match.answer);
  });

  it('reaches both in another case too', () => {
    expect(topics('What are the sensor reading rate and the retention?', iot)).toEqual(['retention', 'scale_now']);
  });

  it('earns both topics in full', () => {
    const result = scoreClarify({ questions: ['What are the retention and the freshness needed?'] }, seed);
    const asked = result.findings.filter((finding) => finding.code === 'clarify.topic-asked');
    expect(asked).toHaveLength(2);
    expect(asked.every((finding) => !/credit\)/.test(finding.message))).toBe(true);
  });

  it('leaves one topic named twice as one topic', () => {
    expect(matchQuestion('How many orders and payments a day?', seed).second).toBeUndefined();
  });

  it('keeps bare words joined by "and" a fragment with no second topic, and a list of them a keyword list', () => {
    expect(matchQuestion('Volume and velocity?', seed).second).toBeUndefined();
    const questions = ['Scope and users?', 'Volume and growth?', 'Retention and SLA?', 'PII?', 'Formats?'];
    expect(readKeywordList(analyseClarify({ questions }, seed))).not.toBeNull();
    expect(scoreClarify({ questions }, seed).findings.some((finding) => finding.code === 'clarify.keyword-list')).toBe(true);
  });
});

describe('coordinatedHalves', () => {
  it('splits at one "and" only', () => {
    expect(coordinatedHalves('the retention and the freshness')).toEqual(['the retention', 'the freshness']);
    expect(coordinatedHalves('orders, payments and refunds and returns')).toEqual([]);
    expect(coordinatedHalves('What is the retention?')).toEqual([]);
  });
});
