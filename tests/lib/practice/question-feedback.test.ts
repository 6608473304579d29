import { describe, expect, it } from 'vitest';
import { emptyPracticeStats, MAX_SHOWN, recordShown, shownAnswer, shownBeforeSettling } from '../../../lib/practice/practice-stats';
import { practiceStatsSchema } from '../../../lib/practice/practice-stats-schema';
import { questionFeedback } from '../../../lib/practice/question-feedback';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { loadLesson } from '../../../lib/practice/load-lessons';
import type { ShortQuestion } from '../../../lib/practice/question-schema';
import { singleChoice } from './fixtures';

const acks = loadLesson('kafka').questions.find((question) => question.id === 'acks-explained') as ShortQuestion;
const now = new Date('2026-03-01T10:00:00.000Z');

describe('question feedback before and after "Show the answer"', () => {
  it('holds the verdict while a follow-up is open and hides the answer', () => {
    const feedback = questionFeedback(acks, scoreQuestion(acks, { text: 'Maybe the leader waits for the in-sync replicas?' }), false);
    expect(feedback.next?.pointId).toBe('isr-ack');
    expect(feedback.verdict).toBeUndefined();
    expect(feedback.explanation).toBeUndefined();
    const shown = feedback.findings.map((finding) => finding.message).join(' ');
    for (const point of acks.keyPoints) expect(shown).not.toContain(point.text);
  });

  it('gives the verdict with neutral findings once settled, and everything once shown', () => {
    const result = scoreQuestion(acks, { text: 'acks=all makes the leader wait for the in-sync replicas.' });
    const settled = questionFeedback(acks, result, false);
    expect(settled).toMatchObject({ verdict: 'not-quite' });
    expect(settled.explanation).toBeUndefined();
    expect(settled.findings.map((finding) => finding.message)).toContain('Your answer does not say what stops writes when too few replicas are in sync.');
    const shown = questionFeedback(acks, result, true);
    expect(shown.explanation).toBe(acks.explanation);
    expect(shown.findings.map((finding) => finding.message).join(' ')).toContain('min.insync.replicas refuses writes');
    expect(shown.next).toBeUndefined();
  });

  it('shows the explanation after a correct answer: nothing is handed over', () => {
    const feedback = questionFeedback(singleChoice, scoreQuestion(singleChoice, { selected: ['kraft'] }), false);
    expect(feedback).toMatchObject({ verdict: 'correct', explanation: singleChoice.explanation });
  });

  it('keeps a wrong choice neutral until shown', () => {
    const feedback = questionFeedback(singleChoice, scoreQuestion(singleChoice, { selected: ['zookeeper'] }), false);
    expect(feedback.findings.map((finding) => finding.message)).toEqual(['Not right: "ZooKeeper".', 'The right option is another one.']);
  });
});

describe('answers shown, in the practice stats', () => {
  it('records the first reveal per question, and counts those before settling', () => {
    let stats = recordShown(emptyPracticeStats(), 'kafka', 'acks-explained', false, now);
    stats = recordShown(stats, 'kafka', 'acks-explained', true, new Date(now.getTime() + 1000));
    stats = recordShown(stats, 'kafka', 'commit-after-processing', true, now);
    expect(shownAnswer(stats, 'kafka', 'acks-explained')).toEqual({ at: now.toISOString(), settled: false });
    expect(shownBeforeSettling(stats, 'kafka')).toBe(1);
    expect(shownBeforeSettling(stats, 'airflow')).toBe(0);
    expect(practiceStatsSchema.parse(stats)).toEqual(stats);
  });

  it('reads older stats without reveals and stays bounded', () => {
    expect(practiceStatsSchema.parse(emptyPracticeStats()).shown).toBeUndefined();
    let stats = emptyPracticeStats();
    for (let index = 0; index < MAX_SHOWN + 5; index += 1) stats = recordShown(stats, 'kafka', `q-${index}`, true, new Date(now.getTime() + index * 1000));
    expect(Object.keys(stats.shown ?? {})).toHaveLength(MAX_SHOWN);
    expect(shownAnswer(stats, 'kafka', 'q-0')).toBeUndefined();
    expect(shownAnswer(stats, 'kafka', `q-${MAX_SHOWN + 4}`)).toBeDefined();
  });
});
