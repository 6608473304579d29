import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { analyseClarify, readKeywordList, scoreClarify } from '../../../lib/clarify/score-clarify';
import { splitClauses } from '../../../lib/text/question-form';
import { fixtureRubric } from './fixture-rubric';

const rubric = fixtureRubric();
const finding = (result: ReturnType<typeof scoreClarify>, code: string) => result.findings.find((item) => item.code === code);

describe('a transcript of bare words is a keyword list', () => {
  const lists: readonly (readonly string[])[] = [
    ['Users?', 'Data size?', 'Latency?', 'Retention period?', 'GDPR?', 'Dashboards?'],
    ['Reference product?', 'Peak traffic?', 'Schema?', 'Downtime?', 'Sources?'],
    // Mostly bare words with one whole question is still a checklist.
    ['Scope?', 'Volume?', 'SLA?', 'PII?', 'Who are the main consumers of the data?'],
  ];

  it.each(lists.map((list) => [list.join(' ')] as const))('earns little: %s', (joined) => {
    const questions = lists.find((list) => list.join(' ') === joined) as readonly string[];
    const result = scoreClarify({ questions: [...questions] }, rubric);
    expect(result.score).toBeLessThanOrEqual(20);
    expect(finding(result, 'clarify.keyword-list')?.message).toMatch(/bare words \("/);
    expect(finding(result, 'clarify.order-scope-first')).toBeUndefined();
  });

  it('is not a keyword list when most questions are whole: a bare word among them still earns half', () => {
    const questions = ['What is in scope, only the analytics side?', 'How much data do we ingest per day?', 'Who reads the dashboards?', 'Retention?'];
    const analysis = analyseClarify({ questions }, rubric);
    expect(readKeywordList(analysis)).toBeNull();
    const result = scoreClarify({ questions }, rubric);
    expect(finding(result, 'clarify.keyword-list')).toBeUndefined();
    expect(result.findings.find((item) => item.code === 'clarify.topic-asked' && item.message.startsWith('Retention'))?.message).toMatch(/half credit/);
  });

  it('needs a few questions before calling it a list: two bare words are just two short questions', () => {
    expect(readKeywordList(analyseClarify({ questions: ['Scope?', 'Volume?'] }, rubric))).toBeNull();
  });

  it('scores a whole-question transcript far above the same topics as bare words', () => {
    const words = ['Scope?', 'Consumers?', 'Volume?', 'Growth?', 'Freshness?', 'Retention?'];
    const whole = [
      'What exactly is in scope: the analytics platform or the storefront too?',
      'Who will use the output, analysts or data scientists?',
      'How much data do we ingest per day?',
      'Is the traffic growing, and how big are the sale-day peaks?',
      'How fresh must the dashboards be?',
      'How long do we need to keep the raw data?',
    ];
    expect(scoreClarify({ questions: whole }, rubric).score).toBeGreaterThan(scoreClarify({ questions: words }, rubric).score * 2.5);
  });
});

describe('indirect but genuine questions reach their topic', () => {
  it.each([
    'Are the analysts hitting the production Postgres for their reports?',
    'Do the reports run straight off the production database?',
    'Is the BI tool reading from the app database today?',
    'Are dashboards querying the live database directly?',
  ])('asking whether analytics runs on the operational database is OLTP or OLAP: %s', (question) => {
    const match = matchQuestion(question, rubric);
    expect([match.topic, match.second?.topic]).toContain('oltp_vs_olap');
  });

  it.each(['How are analysts getting data today?', 'How do the finance people get at the data today?', 'How is the data science team getting their data right now?', 'How is marketing getting its data today?'])(
    'asking how people get data today is the current stack: %s',
    (question) => {
      expect(matchQuestion(question, rubric).topic).toBe('existing_systems');
    },
  );

  it('answers both halves of a question that adds a second one after a comma', () => {
    const match = matchQuestion('How are analysts getting data today, are they hitting the production Postgres?', rubric);
    expect(new Set([match.topic, match.second?.topic])).toEqual(new Set(['existing_systems', 'oltp_vs_olap']));
    expect(splitClauses('How much data per day, is it growing fast?')).toEqual(['How much data per day', 'is it growing fast?']);
  });

  it('keeps a tag with its question, so a leading question still reads as leading', () => {
    expect(splitClauses("Volume doesn't really matter here, does it?")).toHaveLength(1);
    expect(splitClauses('We can skip GDPR, is that right?')).toHaveLength(1);
    expect(splitClauses('We only keep a month, is it really?')).toHaveLength(1);
    expect(matchQuestion('We can skip GDPR, is that right?', rubric).form).toBe('leading');
  });
});
