import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { analyseClarify, scoreClarify, TOPIC_POINTS } from '../../../lib/clarify/score-clarify';
import { fixtureRubric } from './fixture-rubric';
import { seedRubric } from './seed-case';

const rubric = fixtureRubric();
const factAnswers = new Set(rubric.steps.clarify.facts.map((fact) => fact.answer));

const oneWord = ['Scope?', 'OLTP or OLAP?', 'Consumers?', 'Volume?', 'Growth?', 'Existing systems?', 'MVP?', 'Entities?', 'Freshness?', 'Uptime?', 'Retention?', 'Formats?', 'PII?'];

const whole = [
  'Is there a reference product, and what is in scope?',
  'Will this serve transactions or analytical queries?',
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
];

const codes = (questions: string[]) => scoreClarify({ questions }, rubric).findings.map((finding) => finding.code);

describe('how a question is put changes what it earns', () => {
  it('thirteen one-word questions are answered but, as a keyword list, earn a quarter each, each with a hint to ask a whole question', () => {
    const result = scoreClarify({ questions: oneWord }, rubric);
    expect(result.score).toBeLessThanOrEqual(25);
    expect(result.score).toBeGreaterThanOrEqual(10);
    const fragments = result.findings.filter((finding) => finding.code === 'clarify.fragment-question');
    expect(fragments).toHaveLength(13);
    for (const finding of fragments) {
      expect(finding.message).toMatch(/whole question/);
      expect(finding.message).toMatch(/e\.g\. "/);
    }
    expect(scoreClarify({ questions: whole }, rubric).score).toBeGreaterThan(result.score + 30);
    // Putting "What" in front of each word does not make them whole questions ("What oltp or olap" reads as one, so a little more).
    const prefixed = scoreClarify({ questions: oneWord.map((word) => `What ${word.toLowerCase()}`) }, rubric);
    expect(prefixed.score).toBeLessThanOrEqual(30);
  });

  it('a leading question is answered with the fact, earns half and says it was leading, quoting the learner', () => {
    for (const [question, topic] of [
      ["Volume doesn't really matter here, does it?", 'scale_now'],
      ['We can ignore GDPR, right?', 'pii_security'],
      ['I assume daily batch is fine?', 'latency_sla'],
      ['Surely we only keep a month of data?', 'retention'],
      ["There's no existing warehouse, I suppose?", 'existing_systems'],
    ] as const) {
      const match = matchQuestion(question, rubric);
      expect(match, question).toMatchObject({ kind: 'answer', topic, form: 'leading' });
      expect(factAnswers.has(match.answer)).toBe(true);
      const result = scoreClarify({ questions: [question] }, rubric);
      const leading = result.findings.find((finding) => finding.code === 'clarify.leading-question');
      expect(leading?.severity).toBe('wrong');
      expect(leading?.message).toContain(question.slice(0, 20));
      const asked = result.findings.find((finding) => finding.code === 'clarify.topic-asked');
      expect(asked?.points).toBeCloseTo((leading?.points ?? 0), 6);
    }
  });

  it('a whole question on the same topic, before or after, earns the topic in full', () => {
    for (const questions of [
      ["Volume doesn't really matter here, does it?", 'How much data do we ingest per day?'],
      ['How much data do we ingest per day?', 'Volume?'],
    ]) {
      const found = codes(questions);
      expect(found).not.toContain('clarify.leading-question');
      expect(found).not.toContain('clarify.fragment-question');
      const asked = scoreClarify({ questions }, rubric).findings.find((finding) => finding.code === 'clarify.topic-asked');
      expect(asked?.message).toContain('How much data do we ingest per day?');
      expect(asked?.message).not.toContain('half credit');
      expect(asked?.points).toBeGreaterThanOrEqual(TOPIC_POINTS);
    }
  });

  it('small talk gets no topic, no fact and no "statement" hint; claims still do', () => {
    for (const line of ['Thanks!', 'Great, makes sense', 'Ok, got it, thank you', 'Hi there!']) {
      const match = matchQuestion(line, rubric);
      expect(match, line).toMatchObject({ kind: 'not-a-question', topic: null, factId: null, form: 'small-talk' });
      expect(factAnswers.has(match.answer)).toBe(false);
    }
    expect(codes(['Thanks!', 'Sounds good'])).not.toContain('clarify.statements');
    expect(codes(['I will use Kafka.', 'Thanks!'])).toContain('clarify.statements');
  });

  it('answers both halves of a compound question, credits both topics and reveals both facts', () => {
    for (const [question, topics] of [
      ['How much data per day and how long do we keep it?', ['scale_now', 'retention']],
      ['Who reads the dashboards, and how fresh must they be?', ['consumers', 'latency_sla']],
      ['What format does the data come in; is there any personal data in it?', ['data_format', 'pii_security']],
    ] as const) {
      const match = matchQuestion(question, rubric);
      expect([match.topic, match.second?.topic].sort(), question).toEqual([...topics].sort());
      expect(factAnswers.has(match.second?.answer ?? '')).toBe(true);
      const analysis = analyseClarify({ questions: [question] }, rubric);
      expect([...analysis.topicsAsked.keys()].sort()).toEqual([...topics].sort());
      expect(analysis.revealedFactIds).toHaveLength(2);
    }
  });

  it('a compound question is judged half by half: only the leading half earns half', () => {
    const question = 'How much data do we ingest per day? And we can ignore GDPR, right?';
    const match = matchQuestion(question, rubric);
    const forms = new Map([[match.topic, match.form], [match.second?.topic, match.second?.form]]);
    expect(forms.get('scale_now')).toBe('question');
    expect(forms.get('pii_security')).toBe('leading');
  });

  it('reveals only facts the interviewer said: nothing for statements, small talk or unclear questions', () => {
    const analysis = analyseClarify(
      { questions: ['I will keep 200 GB a day for three years.', 'Thanks!', 'What colour is the logo?', 'We should stream everything.'] },
      rubric,
    );
    expect(analysis.revealedFactIds).toEqual([]);
    expect(analysis.topicsAsked.size).toBe(0);
  });

  it('answers no case fact to questions about the interview itself or the interviewer', () => {
    for (const question of ['What time is it?', 'Who are you?', 'Any questions for me?', 'Shall I start designing now?', 'How much time do I have left?', 'Can we move on?']) {
      const match = matchQuestion(question, rubric);
      expect(match.factId, question).toBeNull();
      expect(factAnswers.has(match.answer)).toBe(false);
    }
  });

  it('credits entities listed with typos', () => {
    const analysis = analyseClarify({ questions: [], entities: ['custmers', 'prodcts', 'oders', 'pymt'] }, rubric);
    expect(analysis.entityIds).toEqual(expect.arrayContaining(['customer', 'product', 'order']));
    // Four letters are too short to correct safely.
    expect(analysis.unknownEntities).toEqual(['pymt']);
  });

  it('tolerates typos close to the cue words', () => {
    for (const [question, topic] of [
      ['whats the retension period?', 'retention'],
      ['how much trafic do we get per day?', 'scale_now'],
      ['who are the consumres?', 'consumers'],
      ['are there compliance requirments?', 'pii_security'],
      ['what formt is the data in?', 'data_format'],
      ['how fresh does the data need to be for the dashbords?', 'latency_sla'],
    ] as const) {
      expect(matchQuestion(question, rubric).topic, question).toBe(topic);
    }
  });

  it.skipIf(!seedRubric())('paraphrases of freshness reach the freshness fact on the seed case', () => {
    const seed = seedRubric()!;
    for (const question of [
      "Is yesterday's data good enough?",
      'How stale can the dashboard be?',
      'Would numbers from last night be OK for the sales dashboard?',
      'How far behind can the inventory figures lag?',
      'Is data from an hour ago fine?',
      'Can the numbers be a day behind?',
    ]) {
      expect(matchQuestion(question, seed).factId, question).toBe('freshness-sla');
    }
  });
});
