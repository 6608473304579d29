'use client';

import { lazyPart } from '@/components/shared/lazy-part';
import Link from 'next/link';
import { useDeferredValue, useId, useMemo } from 'react';
import type { DeepDivePrompt, Rubric } from '@/lib/content/rubric-schema';
import type * as DeepDiveEngineModule from './deep-dive-engine';
import type { PromptFollowUp } from '@/lib/deep-dive/follow-up-schema';
import { deepDiveAnswerTooLong, MAX_DEEP_DIVE_ANSWER } from '@/lib/deep-dive/limits';
import type { StepResult } from '@/lib/scoring/finding';
import { TOPIC_TITLES } from '@/lib/practice/topic-titles';
import { HeldFeedback } from '@/components/interview/held-feedback';
import { useFeedbackHeld } from '@/components/interview/use-feedback-held';
import { EngineLoadFailed } from '@/components/scoring/engine-load-failed';
import { StepScore } from '@/components/scoring/step-score';
import { deepDiveGradeInput, presetResult } from '@/components/scoring/preset-grade';
import type { PresetGrade } from '@/components/scoring/preset-grade';
import { useLastDefined, useLazyEngine } from '@/components/scoring/use-lazy-engine';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import { CharacterCount } from '@/components/shared/character-count';
import { overLimitDraftKey } from '@/components/shared/over-limit-drafts';
import { useLimitedText } from '@/components/shared/use-limited-text';

// The follow-ups (and their answer reader) render only once the engine has read a submitted answer.
const PromptFollowUps = lazyPart(() => import('./prompt-follow-ups').then((module) => module.PromptFollowUps));

type DeepDiveEngine = typeof DeepDiveEngineModule;
const loadDeepDiveEngine = (): Promise<DeepDiveEngine> => import('./deep-dive-engine');

type PromptProps = { prompt: DeepDivePrompt; rubric: Rubric; number: number; answer: string; followUp: PromptFollowUp | undefined; ready: boolean; held: boolean | undefined; engine: DeepDiveEngine | undefined };

/** One prompt: the answer, its submission, the interviewer's follow-ups one at a time, and (in practice) the model answer on request. */
function DeepDivePromptPanel({ prompt, rubric, number, answer, followUp, ready, held, engine }: PromptProps) {
  const id = useId();
  const setAnswer = useSession((state) => state.setDeepDiveAnswer);
  const submit = useSession((state) => state.submitDeepDiveAnswer);
  const answerProbe = useSession((state) => state.answerDeepDiveProbe);
  const reveal = useSession((state) => state.revealDeepDiveAnswer);
  const sessionId = useSession((state) => state.session.id);
  // Past the limit the text stays in the box (and survives a reload) while the last answer within it is graded.
  const { text, tooLong, change } = useLimitedText(sessionId ? overLimitDraftKey(sessionId, { kind: 'deep-dive', promptId: prompt.id }) : undefined, answer, MAX_DEEP_DIVE_ANSWER, setAnswer ? (value) => setAnswer(prompt.id, value) : undefined);
  // A long answer takes a while to read: the box follows every keystroke, the grading catches up when typing pauses.
  const graded = useDeferredValue(answer);
  // Until the engine is needed (nothing typed or submitted yet), the stored follow-up says where the prompt stands.
  const state = useMemo(() => engine?.promptInterview(prompt, graded, followUp, rubric), [engine, prompt, graded, followUp, rubric]);
  const submitted = state?.submitted ?? followUp?.submittedAt !== undefined;
  const revealed = state?.revealed ?? followUp?.revealedAt !== undefined;
  const teaching = held === false;

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <p className="step-kicker">
        {TOPIC_TITLES[prompt.topic]} · <Link href={`/practice/${prompt.topic}`}>lesson and drills</Link>
      </p>
      <h2 id={`${id}-title`}>Question {number}</h2>
      <p>{prompt.question}</p>
      <label className="visually-hidden" htmlFor={`${id}-answer`}>
        Your answer to question {number}
      </label>
      <textarea
        id={`${id}-answer`}
        className="notes-input deep-dive-answer"
        rows={6}
        disabled={!ready}
        value={text}
        aria-describedby={tooLong ? `${id}-count ${id}-error` : `${id}-count`}
        aria-invalid={tooLong || undefined}
        onChange={(event) => change(event.target.value)}
        placeholder="Answer as you would out loud: precise terms, the guarantee, and why it matters for this case."
      />
      <CharacterCount id={`${id}-count`} length={text.length} max={MAX_DEEP_DIVE_ANSWER} />
      {tooLong ? (
        <p id={`${id}-error`} className="field-error">
          {deepDiveAnswerTooLong(text.length)} Your text is kept here; until then the last version within the limit ({answer.length.toLocaleString('en-US')} characters) is the one saved and graded.
        </p>
      ) : null}
      <div className="button-row">
        {submitted ? (
          <p className="muted">Submitted. You can still improve the answer.</p>
        ) : (
          <button type="button" className="button button-primary" disabled={!ready || answer.trim() === '' || tooLong} onClick={() => submit?.(prompt.id)}>
            Submit answer {number}
          </button>
        )}
        {teaching && !revealed ? (
          <button type="button" className="button" disabled={!ready || (submitted && !state)} onClick={() => reveal?.(prompt.id, state?.open ?? [])}>
            Show the answer to question {number}
          </button>
        ) : null}
      </div>
      {state ? <PromptFollowUps prompt={prompt} state={state} label={`question ${number}`} teaching={teaching} disabled={!ready} onAnswer={(pointId, probeAnswer) => answerProbe?.(prompt.id, pointId, probeAnswer)} /> : null}
    </section>
  );
}

/**
 * Step 5: the interviewer's probing questions for this case, answered in a few sentences each, then
 * followed up. `preset` is the server's feedback on untouched answers: the engine downloads once one changes.
 */
export function DeepDiveWorkspace({ rubric, preset }: { rubric: Rubric; preset?: PresetGrade<StepResult> }) {
  const ready = useSessionContext().phase === 'ready';
  const answers = useSession((state) => state.session.answers.deepDive);
  // Graded a render behind the typing (see DeepDivePromptPanel): a 10,000-character answer takes ~100 ms to read.
  const graded = useDeferredValue(answers);
  const followUps = useSession((state) => state.session.answers.deepDiveFollowUps);
  const held = useFeedbackHeld();
  const prompts = rubric.steps['deep-dive'].prompts;
  const untouched = useMemo(() => (graded ? presetResult(preset, deepDiveGradeInput(graded, followUps)) : undefined), [graded, followUps, preset]);
  const { engine, failed, retry } = useLazyEngine(loadDeepDiveEngine, graded !== undefined && untouched === undefined);
  const result = useLastDefined(useMemo(() => untouched ?? (graded && engine ? engine.deepDiveTeachingFeedback(rubric, graded, followUps) : undefined), [untouched, graded, engine, followUps, rubric]));
  if (prompts.length === 0) return <p className="muted">This case has no deep-dive prompts yet: practise the topics in the practice area.</p>;

  return (
    <>
      {prompts.map((prompt, index) => (
        <DeepDivePromptPanel key={prompt.id} prompt={prompt} rubric={rubric} number={index + 1} answer={answers?.[prompt.id] ?? ''} followUp={followUps?.[prompt.id]} ready={ready} held={held} engine={engine} />
      ))}
      <HeldFeedback>{failed ? <EngineLoadFailed onRetry={retry} /> : result ? <StepScore result={result} title="Deep-dive feedback" /> : null}</HeldFeedback>
    </>
  );
}
