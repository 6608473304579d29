import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../lib/report/report-model';
import { reportMarkdown } from '../../../lib/report/report-markdown';
import { answerShownText, followUpText } from '../../../lib/report/report-text';
import { createSession } from '../../../lib/session/create-session';
import { scoreSession } from '../../../lib/session/score-session';
import { answerDeepDiveProbe, revealDeepDiveAnswer, setDeepDiveAnswer, submitDeepDiveAnswer } from '../../../lib/session/session-actions';
import { at, frontmatter, rubric, SLUG, T0 } from './fixture';

function session() {
  let worked = createSession(SLUG, `${SLUG}-follow-ups`, T0);
  worked = setDeepDiveAnswer(worked, 'streaming-restart', 'We use checkpointing *always*.', T0);
  worked = submitDeepDiveAnswer(worked, 'streaming-restart', at(1));
  worked = answerDeepDiveProbe(worked, 'streaming-restart', 'checkpoint-wins', { selected: ['read'] }, at(2));
  worked = setDeepDiveAnswer(worked, 'kafka-durability', 'Replication.', at(3));
  return revealDeepDiveAnswer(worked, 'kafka-durability', [], at(4));
}

const model = (worked = session()) => buildReportModel({ caseTitle: frontmatter.title, session: worked, scored: scoreSession(worked, rubric), rubric, now: at(60) });

describe('follow-ups on the report', () => {
  it('lists each answered follow-up with the question, the answer and what it settled', () => {
    const report = model();
    expect(report.followUps.map((item) => item.promptId)).toEqual(['kafka-durability', 'streaming-restart']);
    const restart = report.followUps[1];
    expect(restart?.probes).toHaveLength(1);
    const text = followUpText(restart?.probes[0] as NonNullable<typeof restart>['probes'][number]);
    expect(text.answer).toBe('They are read, because Kafka remembers where the job stopped.');
    expect(text.settled).toBe('Wrong: the point (named in the answer) now earns 0 of 5 points.');
  });

  it('says when the model answer was shown before settling', () => {
    const report = model();
    expect(report.followUps[0]).toMatchObject({ answerShown: true, answerShownBeforeSettling: true });
    expect(answerShownText(report.followUps[0] as NonNullable<(typeof report.followUps)[0]>)).toContain('Answer shown before settling');
    expect(answerShownText({ answerShown: false, answerShownBeforeSettling: false })).toBe('');
  });

  it('prints them in the Markdown, escaped', () => {
    const markdown = reportMarkdown(model());
    expect(markdown).toContain('## Follow-up questions');
    expect(markdown).toContain('### Deep-dive question 2');
    expect(markdown).toContain('Your answer: They are read, because Kafka remembers where the job stopped. Wrong: the point');
    expect(markdown).toContain('- Answer shown before settling');
  });

  it('has no follow-up section for a session without follow-ups', () => {
    const plain = createSession(SLUG, `${SLUG}-none`, T0);
    expect(model(plain).followUps).toEqual([]);
    expect(reportMarkdown(model(plain))).not.toContain('Follow-up questions');
  });
});
