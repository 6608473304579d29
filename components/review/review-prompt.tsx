'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { answerFollowUp, revealFollowUp, submitFollowUp } from '@/lib/deep-dive/follow-up-record';
import type { PromptFollowUp } from '@/lib/deep-dive/follow-up-schema';
import { promptInterview } from '@/lib/deep-dive/follow-ups';
import { MAX_DEEP_DIVE_ANSWER } from '@/lib/deep-dive/limits';
import { reviewPromptVerdict } from '@/lib/review/prompt-verdict';
import { asShown } from '@/lib/scoring/shown-finding';
import { PromptFollowUps } from '@/components/deep-dive/prompt-follow-ups';
import type { DeepDivePrompt } from './review-content';

/**
 * A case's deep-dive prompt, answered again as in the deep-dive step: the answer is checked, the
 * interviewer follows up where a point was only named, hedged or contradicted, and the findings stay
 * neutral until "Show the answer". The card reports recall once the follow-ups are settled.
 */
export function ReviewPrompt({ prompt, caseTitle, onAnswered }: { prompt: DeepDivePrompt; caseTitle: string; onAnswered: (correct: boolean) => void }) {
  const id = useId();
  const [answer, setAnswer] = useState('');
  const [followUp, setFollowUp] = useState<PromptFollowUp>({ probes: {} });
  const state = useMemo(() => promptInterview(prompt, answer, followUp), [prompt, answer, followUp]);
  const verdict = reviewPromptVerdict(state);
  const reported = useRef(false);

  useEffect(() => {
    if (verdict === undefined || reported.current) return;
    reported.current = true;
    onAnswered(verdict);
  }, [verdict, onAnswered]);

  const covered = state.scored.findings.filter((finding) => finding.severity === 'good').length;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Deep dive: {caseTitle}</h2>
      <p className="case-prompt">{prompt.question}</p>
      <label htmlFor={`${id}-answer`} className="field-hint">
        Your answer
      </label>
      <textarea
        id={`${id}-answer`}
        className="notes-input deep-dive-answer"
        rows={6}
        maxLength={MAX_DEEP_DIVE_ANSWER}
        readOnly={state.submitted || state.revealed}
        value={answer}
        onChange={(event) => setAnswer(event.target.value)}
        placeholder="Answer as you would out loud: precise terms, the guarantee, and why it matters."
      />
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => setFollowUp((current) => submitFollowUp(current, new Date()))} disabled={answer.trim() === '' || state.submitted || state.revealed}>
          Check answer
        </button>
        {!state.revealed ? (
          <button type="button" className="button" onClick={() => setFollowUp((current) => revealFollowUp(current, state.open, new Date()))}>
            Show the answer
          </button>
        ) : null}
      </div>
      <PromptFollowUps prompt={prompt} state={state} label="this question" teaching disabled={false} onAnswer={(pointId, probeAnswer) => setFollowUp((current) => answerFollowUp(current, pointId, probeAnswer, new Date()))} />
      {state.submitted || state.revealed ? (
        <div className={`answer-feedback ${verdict === true ? 'answer-right' : verdict === false ? 'answer-wrong' : ''}`} role="status">
          <p className="answer-verdict">
            {verdict === undefined ? 'Answer the follow-up above to settle the points it asks about.' : verdict ? 'Correct: every key point covered.' : `Not quite: ${covered} of ${state.scored.findings.length} key points covered.`}
          </p>
          <ul className="feedback-points">
            {state.scored.findings.map((finding) => (
              <li key={finding.code} className={`finding-inline finding-${finding.severity}`}>
                {asShown(finding, state.revealed).message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
