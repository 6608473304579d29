import { describe, expect, it } from 'vitest';
import { isFragment, leadingCue, readQuestionForm, splitClauses } from '../../../lib/text/question-form';
import type { QuestionForm } from '../../../lib/text/question-form';

const cases: [QuestionForm, string[]][] = [
  [
    'question',
    [
      'How many events per second do we expect at peak?',
      'Do we need real-time or is batch OK?',
      'Is last night’s data fresh enough for the finance team?',
      'Can you tell me what the retention rules are?',
      'If a dashboard is two hours behind, would that hurt anyone?',
      'Any compliance constraints?',
      'Keep raw files forever or drop them after a while?',
      'Tell me about the consumers',
      "I'd like to understand the data volume",
    ],
  ],
  [
    'leading',
    [
      "Latency isn't a concern here, is it?",
      'Nobody needs this data in real time, right?',
      'I suppose the records are all JSON?',
      'Presumably there is no personal data?',
      "Can we assume the traffic is flat all year?",
      "Doesn't the business only care about daily totals?",
      'The analysts are the only consumers?',
      'We only keep a week of data, correct?',
      "It's safe to assume a single region?",
      'Three nines is plenty, I guess?',
      'We can drop late events, can’t we?',
      'That will be enough, won’t it?',
    ],
  ],
  ['fragment', ['Freshness?', 'Data volume?', 'Batch or streaming?', 'retention policy', 'Peak load?', 'PII', 'Sources?', 'What volume?', 'Which SLA?', 'What retention policy?']],
  ['statement', ['I will use Kafka.', "We'll land everything in Iceberg tables.", 'The job will run hourly on Airflow.', "Let's shard by customer id."]],
  ['small-talk', ['Thanks!', 'Great, makes sense', 'Ok cool, thank you so much', 'Got it.', 'Hello!', 'Perfect, that helps', 'Sounds good', 'Understood, thanks']],
  ['empty', ['', '   ', '?!', '...']],
];

describe('readQuestionForm', () => {
  it.each(cases)('reads %s lines', (form, lines) => {
    for (const line of lines) expect(readQuestionForm(line).form, line).toBe(form);
  });

  it('names the words that make a question leading', () => {
    expect(leadingCue("Storage cost doesn't matter, does it?")).toBe('does it');
    expect(leadingCue('I assume nightly loads are fine?')).toBe('I assume');
    expect(leadingCue('Surely nobody deletes data?')).toBe('Surely');
    expect(leadingCue('What formats do we get?')).toBeNull();
    expect(leadingCue('Are we storing card numbers, or not?')).toBeNull();
  });

  it('does not read a tag after a real question as leading', () => {
    expect(readQuestionForm('What do we keep, and for how long, right?').form).toBe('question');
    expect(readQuestionForm('Is it batch or streaming, or both?').form).toBe('question');
  });

  it('treats a long noun phrase or one with a question word as a whole question', () => {
    expect(isFragment('Daily event volume per region and device?')).toBe(false);
    expect(isFragment("What's the SLA?")).toBe(false);
    expect(isFragment('What about retention?')).toBe(false);
    expect(isFragment('Which teams consume it?')).toBe(false);
    expect(isFragment('Latency?')).toBe(true);
  });

  it('never throws on odd input', () => {
    for (const value of [undefined, null, 42, {}, 'x'.repeat(20_000), '¿¿¿', 'right?']) {
      expect(() => readQuestionForm(value as unknown as string)).not.toThrow();
    }
  });
});

describe('splitClauses', () => {
  it('splits a compound question and keeps each question mark', () => {
    expect(splitClauses('How much data per day and how long do we keep it?')).toEqual(['How much data per day', 'how long do we keep it?']);
    expect(splitClauses('Volume? Retention?')).toEqual(['Volume?', 'Retention?']);
    expect(splitClauses('We need 99.9% uptime; is that right?')).toEqual(['We need 99.9% uptime', 'is that right?']);
  });
});
