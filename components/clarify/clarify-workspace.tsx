'use client';

import { useMemo } from 'react';
import type { QuestionMatch } from '@/lib/clarify/match-question';
import { CLARIFY_TOPIC_LABELS } from '@/lib/content/clarify-topics';
import type { Rubric } from '@/lib/content/rubric-schema';
import type { StepResult } from '@/lib/scoring/finding';
import type { QuestionForm } from '@/lib/text/question-form';
import { ClarifyTranscript } from '@/components/clarify/clarify-transcript';
import { MAX_QUESTION_DRAFT } from '@/components/shared/answer-limits';
import { MainEntities } from '@/components/clarify/main-entities';
import { HeldFeedback } from '@/components/interview/held-feedback';
import { EngineLoadFailed } from '@/components/scoring/engine-load-failed';
import { presetResult } from '@/components/scoring/preset-grade';
import type { PresetGrade } from '@/components/scoring/preset-grade';
import { TeachingStepScore } from '@/components/scoring/teaching-step-score';
import { useLastDefined, useLazyEngine } from '@/components/scoring/use-lazy-engine';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import { draftKey, useLocalDraft } from '@/components/shared/local-draft';

/** Under an answered question: says when it was leading or a bare word, which earns half its topic's points. */
function FormNote({ form }: { form: QuestionForm }) {
  if (form === 'leading') return <p className="chat-note">Leading question: it suggests its own answer. Ask it open for full credit.</p>;
  if (form === 'fragment') return <p className="chat-note">A bare word, not a question: ask a whole question for full credit.</p>;
  return null;
}

/** The scripted interviewer's answer to one question: the fact's answer with its topic, one more per further topic asked in the same line, and the form note. */
function ScriptedAnswer({ match }: { match: QuestionMatch }) {
  return (
    <>
      <p className={`chat-answer chat-answer-${match.kind}`}>
        <span className="chat-speaker">Interviewer</span> {match.answer}
        {match.topic ? <span className="chat-topic">{CLARIFY_TOPIC_LABELS[match.topic]}</span> : null}
      </p>
      {[match.second, ...(match.more ?? [])].map((further) =>
        further ? (
          <p key={further.topic} className="chat-answer chat-answer-answer">
            <span className="chat-speaker">Interviewer</span> {further.answer}
            <span className="chat-topic">{CLARIFY_TOPIC_LABELS[further.topic]}</span>
          </p>
        ) : null,
      )}
      {match.kind === 'answer' ? <FormNote form={match.form} /> : null}
    </>
  );
}

const loadClarifyEngine = () => import('./clarify-engine');

/**
 * Step 1: the learner asks, the scripted interviewer answers from the case's facts, the engine scores.
 * `preset` is the server's score of the untouched step: the engine downloads once the learner starts typing.
 */
export function ClarifyWorkspace({ rubric, preset }: { rubric: Rubric; preset?: PresetGrade<StepResult> }) {
  const ready = useSessionContext().phase === 'ready';
  const answers = useSession((state) => state.session.answers.clarify);
  const ask = useSession((state) => state.ask);
  const sessionId = useSession((state) => state.session.id);
  // A question typed but not sent yet survives a reload: kept per attempt in this browser, cleared once asked.
  const [draft, setDraft] = useLocalDraft(sessionId ? draftKey(`clarify-question:${sessionId}`) : undefined, MAX_QUESTION_DRAFT);

  const untouched = useMemo(() => (answers ? presetResult(preset, answers) : undefined), [answers, preset]);
  // Loaded as soon as a question is being typed, so its answer is there when it is sent.
  const { engine, failed, retry } = useLazyEngine(loadClarifyEngine, answers !== undefined && (untouched === undefined || draft.trim() !== ''));
  const transcript = useMemo(
    () =>
      (answers?.questions ?? []).map((question, index) => ({
        key: `${question.askedAt}-${index}`,
        question: question.text,
        answer: engine ? <ScriptedAnswer match={engine.matchQuestion(question.text, rubric)} /> : <p className="chat-answer muted">…</p>,
      })),
    [answers?.questions, engine, rubric],
  );
  const result = useLastDefined(useMemo(() => untouched ?? (answers && engine ? engine.scoreClarify(engine.transcriptFromAnswers(answers), rubric) : undefined), [untouched, answers, engine, rubric]));

  return (
    <>
      <ClarifyTranscript
        exchanges={transcript}
        waiting="The interviewer is waiting for your first question. Start with scope: what are we building, and for whom?"
        canAsk
        ready={ready}
        draft={draft}
        setDraft={setDraft}
        onAsk={(text) => ask?.(text)}
      />
      <MainEntities />
      <HeldFeedback>{failed ? <EngineLoadFailed onRetry={retry} /> : result ? <TeachingStepScore step="clarify" result={result} title="Clarify feedback" /> : null}</HeldFeedback>
    </>
  );
}
