'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { answerFollowUp, revealFollowUp, submitFollowUp } from '@/lib/deep-dive/follow-up-record';
import type { PromptFollowUp } from '@/lib/deep-dive/follow-up-schema';
import { deepDiveAnswerTooLong, MAX_DEEP_DIVE_ANSWER } from '@/lib/deep-dive/limits';
import { reviewPromptVerdict } from '@/lib/review/prompt-verdict';
import { asShown } from '@/lib/scoring/shown-finding';
import { PromptFollowUps } from '@/components/deep-dive/prompt-follow-ups';
import { CharacterCount } from '@/components/shared/character-count';
import { draftKey, useLocalDraft, writeDraft } from '@/components/shared/local-draft';
import type { DeepDivePrompt } from './review-content';
import { useGradedPrompt } from './use-graded-prompt';

/**
 * A case's deep-dive prompt, answered again as in the deep-dive step: once submitted, the answer is graded on the
 * server with the case's rubric (as the report grades it, so an answer written for another case is caught), the
 * interviewer follows up where a point was only named, hedged or contradicted, and the findings stay neutral until
 * "Show the answer". The card reports recall once the follow-ups are settled.
 */
export function ReviewPrompt({ prompt, caseSlug, caseTitle, onAnswered }: { prompt: DeepDivePrompt; caseSlug: string; caseTitle: string; onAnswered: (correct: boolean) => void }) {
  const id = useId();
  // The answer being written survives a reload (kept in this browser until the card is settled).
  const key = draftKey(`review-prompt:${caseSlug}:${prompt.id}`);
  const [answer, setAnswer] = useLocalDraft(key, MAX_DEEP_DIVE_ANSWER * 2);
  const [followUp, setFollowUp] = useState<PromptFollowUp>({ probes: {} });
  const submitted = followUp.submittedAt !== undefined;
  const revealed = followUp.revealedAt !== undefined;
  const { state, error, retry } = useGradedPrompt(caseSlug, prompt.id, answer, followUp, submitted || revealed);
  const verdict = state ? reviewPromptVerdict(state) : undefined;
  const reported = useRef(false);
  const tooLong = answer.length > MAX_DEEP_DIVE_ANSWER;

  useEffect(() => {
    if (verdict === undefined || reported.current) return;
    reported.current = true;
    onAnswered(verdict);
    // Settled: the next review of this question starts blank (the answer stays on this card).
    writeDraft(key, '');
  }, [verdict, onAnswered, key]);

  const covered = state ? state.scored.findings.filter((finding) => finding.severity === 'good').length : 0;
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
        readOnly={submitted || revealed}
        value={answer}
        aria-describedby={tooLong ? `${id}-count ${id}-error` : `${id}-count`}
        aria-invalid={tooLong || undefined}
        onChange={(event) => setAnswer(event.target.value)}
        placeholder="Answer as you would out loud: precise terms, the guarantee, and why it matters."
      />
      <CharacterCount id={`${id}-count`} length={answer.length} max={MAX_DEEP_DIVE_ANSWER} />
      {tooLong ? (
        <p id={`${id}-error`} className="field-error">
          {deepDiveAnswerTooLong(answer.length)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => setFollowUp((current) => submitFollowUp(current, new Date()))} disabled={answer.trim() === '' || tooLong || submitted || revealed}>
          Check answer
        </button>
        {!revealed ? (
          <button type="button" className="button" disabled={submitted && !state} onClick={() => setFollowUp((current) => revealFollowUp(current, state?.open ?? [], new Date()))}>
            Show the answer
          </button>
        ) : null}
      </div>
      {state ? <PromptFollowUps prompt={prompt} state={state} label="this question" teaching disabled={false} onAnswer={(pointId, probeAnswer) => setFollowUp((current) => answerFollowUp(current, pointId, probeAnswer, new Date()))} /> : null}
      {submitted || revealed ? (
        <div className={`answer-feedback ${verdict === true ? 'answer-right' : verdict === false ? 'answer-wrong' : ''}`} role="status">
          {error ? (
            <>
              <p className="answer-verdict">Could not check the answer: {error}</p>
              <button type="button" className="button" onClick={retry}>
                Try again
              </button>
            </>
          ) : !state ? (
            <p className="answer-verdict">Checking your answer against the case…</p>
          ) : (
            <>
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
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
