import { describe, expect, it } from 'vitest';
import { COMPLETE_SCORE } from './fixtures';
import { nextProbe } from '../../../lib/deep-dive/probe-flow';
import { shortQuestionSchema } from '../../../lib/practice/question-schema';
import { scoreQuestion } from '../../../lib/practice/score-question';

const question = shortQuestionSchema.parse({
  id: 'restart',
  type: 'short',
  prompt: 'A streaming job restarts after a crash. Where does it resume, and how many in-sync copies does a write need?',
  keyPoints: [
    {
      id: 'resume',
      text: 'On restart the job resumes from the offsets in its checkpoint.',
      keywords: ['checkpoint', 'checkpoint offsets'],
      assert: [['resume', 'resumes', 'restart', 'restarts']],
      gap: 'where the job resumes after a restart',
      probe: {
        question: 'The checkpoint folder was deleted and startingOffsets is latest. What happens to events produced while the job was down?',
        choices: [
          { id: 'skipped', text: 'They are skipped.', correct: true },
          { id: 'read', text: 'They are read.' },
        ],
        explanation: 'Without a checkpoint, latest skips them.',
      },
    },
    {
      id: 'min-isr',
      text: 'min.insync.replicas of 2 means a write is acknowledged only when two replicas have it.',
      keywords: ['min.insync.replicas', 'min insync'],
      assert: [['acknowledged', 'two replicas', 'replicas']],
      probe: { question: 'RF 3 and min.insync.replicas=2: how many brokers can be down while writes are accepted?', answer: 1, unit: 'brokers', explanation: 'Two of three must be in sync.' },
    },
  ],
  misconceptions: [],
  explanation: 'Checkpoint offsets win; two in-sync replicas.',
});

describe('practice questions with follow-ups', () => {
  it('reads a weak answer as named and asks the first follow-up, quoting the learner', () => {
    const result = scoreQuestion(question, { text: 'We use a checkpoint and min.insync.replicas.' });
    expect(result.correct).toBe(false);
    expect(result.points?.map((point) => point.status)).toEqual(['named', 'named']);
    const turn = nextProbe(question.keyPoints, result.points ?? []);
    expect(turn).toMatchObject({ pointId: 'resume', lead: 'You mentioned "checkpoint".' });
  });

  it('settles the points with right follow-up answers, and counts them toward correct', () => {
    const text = { text: 'We use a checkpoint and min.insync.replicas.' };
    const before = scoreQuestion(question, text);
    const settled = scoreQuestion(question, text, { resume: { selected: ['skipped'] }, 'min-isr': { number: 1 } });
    expect(settled.score).toBeGreaterThan(before.score);
    expect(settled.correct).toBe(true);
    expect(nextProbe(question.keyPoints, settled.points ?? [])).toBeUndefined();
    expect(settled.findings.every((finding) => finding.message.includes('The follow-up answer was right.'))).toBe(true);
  });

  it('gives a wrong follow-up answer nothing for the point', () => {
    const text = { text: 'We use a checkpoint and min.insync.replicas.' };
    const wrong = scoreQuestion(question, text, { resume: { selected: ['read'] }, 'min-isr': { number: 2 } });
    expect(wrong.score).toBe(0);
    expect(wrong.correct).toBe(false);
  });

  it('ignores a follow-up answer for a point already stated', () => {
    const strong = { text: 'On restart it resumes from the checkpoint offsets. min.insync.replicas=2 so two replicas acknowledged each write.' };
    expect(scoreQuestion(question, strong, { resume: { selected: ['read'] } })).toMatchObject({ score: COMPLETE_SCORE, correct: true });
  });

  it('says what is missing in neutral words, from the gap, without the key point text', () => {
    const result = scoreQuestion(question, { text: 'Kafka is fast.' });
    const neutral = result.findings.map((finding) => finding.neutral ?? '');
    expect(neutral).toContain('Your answer does not say where the job resumes after a restart.');
    expect(neutral).toContain('Your answer leaves out one of the points an interviewer expects here (2 of 2).');
    for (const point of question.keyPoints) expect(neutral.join(' ')).not.toContain(point.text);
  });
});
