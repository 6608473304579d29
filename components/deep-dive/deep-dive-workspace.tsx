'use client';

import Link from 'next/link';
import { useId, useMemo } from 'react';
import type { Rubric } from '@/lib/content/rubric-schema';
import { MAX_DEEP_DIVE_ANSWER } from '@/lib/deep-dive/limits';
import { scoreDeepDive } from '@/lib/deep-dive/score-deep-dive';
import { TOPIC_TITLES } from '@/lib/practice/topic-titles';
import { HeldFeedback } from '@/components/interview/held-feedback';
import { StepScore } from '@/components/scoring/step-score';
import { useSession, useSessionContext } from '@/components/session/session-provider';

/** Step 5: the interviewer's probing questions for this case, answered in a few sentences each. */
export function DeepDiveWorkspace({ rubric }: { rubric: Rubric }) {
  const ready = useSessionContext().phase === 'ready';
  const answers = useSession((state) => state.session.answers.deepDive);
  const setAnswer = useSession((state) => state.setDeepDiveAnswer);
  const id = useId();
  const result = useMemo(() => (answers ? scoreDeepDive(answers, rubric) : undefined), [answers, rubric]);
  const prompts = rubric.steps['deep-dive'].prompts;
  if (prompts.length === 0) return <p className="muted">This case has no deep-dive prompts yet: practise the topics in the practice area.</p>;

  return (
    <>
      {prompts.map((prompt, index) => (
        <section key={prompt.id} className="panel" aria-labelledby={`${id}-${prompt.id}`}>
          <p className="step-kicker">
            {TOPIC_TITLES[prompt.topic]} · <Link href={`/practice/${prompt.topic}`}>lesson and drills</Link>
          </p>
          <h2 id={`${id}-${prompt.id}`}>Question {index + 1}</h2>
          <p>{prompt.question}</p>
          <label className="visually-hidden" htmlFor={`${id}-${prompt.id}-answer`}>
            Your answer to question {index + 1}
          </label>
          <textarea
            id={`${id}-${prompt.id}-answer`}
            className="notes-input deep-dive-answer"
            rows={6}
            maxLength={MAX_DEEP_DIVE_ANSWER}
            disabled={!ready}
            value={answers?.[prompt.id] ?? ''}
            onChange={(event) => setAnswer?.(prompt.id, event.target.value)}
            placeholder="Answer as you would out loud: precise terms, the guarantee, and why it matters for this case."
          />
        </section>
      ))}
      <HeldFeedback>{result ? <StepScore result={result} title="Deep-dive feedback" /> : null}</HeldFeedback>
    </>
  );
}
