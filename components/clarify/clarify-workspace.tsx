'use client';

import { useEffect, useId, useMemo, useRef } from 'react';
import type { FormEvent } from 'react';
import { matchQuestion } from '@/lib/clarify/match-question';
import { scoreClarify } from '@/lib/clarify/score-clarify';
import { transcriptFromAnswers } from '@/lib/clarify/transcript-from-session';
import { CLARIFY_TOPIC_LABELS } from '@/lib/content/clarify-topics';
import type { Rubric } from '@/lib/content/rubric-schema';
import type { QuestionForm } from '@/lib/text/question-form';
import { MAX_ENTITIES_LENGTH, MAX_QUESTION_LENGTH } from '@/lib/session/session-schema';
import { HeldFeedback } from '@/components/interview/held-feedback';
import { TeachingStepScore } from '@/components/scoring/teaching-step-score';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import { draftKey, useLocalDraft } from '@/components/shared/local-draft';

/** Under an answered question: says when it was leading or a bare word, which earns half its topic's points. */
function FormNote({ form }: { form: QuestionForm }) {
  if (form === 'leading') return <p className="chat-note">Leading question: it suggests its own answer. Ask it open for full credit.</p>;
  if (form === 'fragment') return <p className="chat-note">A bare word, not a question: ask a whole question for full credit.</p>;
  return null;
}

/** Step 1: the learner asks, the scripted interviewer answers from the case's facts, the engine scores. */
export function ClarifyWorkspace({ rubric }: { rubric: Rubric }) {
  const ready = useSessionContext().phase === 'ready';
  const answers = useSession((state) => state.session.answers.clarify);
  const ask = useSession((state) => state.ask);
  const setEntities = useSession((state) => state.setEntities);
  const sessionId = useSession((state) => state.session.id);
  // A question typed but not sent yet survives a reload: kept per attempt in this browser, cleared once asked.
  const [draft, setDraft] = useLocalDraft(sessionId ? draftKey(`clarify-question:${sessionId}`) : undefined, MAX_QUESTION_LENGTH);
  const log = useRef<HTMLDivElement>(null);
  const id = useId();

  const exchanges = useMemo(
    () => (answers?.questions ?? []).map((question) => ({ question, match: matchQuestion(question.text, rubric) })),
    [answers?.questions, rubric],
  );
  const result = useMemo(() => (answers ? scoreClarify(transcriptFromAnswers(answers), rubric) : undefined), [answers, rubric]);

  // The newest exchange in view: the transcript scrolls inside its own box, never the page (scrollIntoView
  // would also scroll the window, and a phone would open the step halfway down).
  useEffect(() => {
    const list = log.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [exchanges.length]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (draft.trim() === '') return;
    ask?.(draft);
    setDraft('');
  }

  return (
    <>
      <section className="panel" aria-labelledby={`${id}-chat`}>
        <h2 id={`${id}-chat`}>Ask the interviewer</h2>
        {/* The log scrolls in its own box (so it takes focus, for the keyboard); the exchanges inside are a list. */}
        <div ref={log} className="chat-log" role="log" aria-label="Interview transcript" aria-live="polite" tabIndex={0}>
        <ol className="chat">
          {exchanges.length === 0 ? (
            <li className="chat-empty muted">The interviewer is waiting for your first question. Start with scope: what are we building, and for whom?</li>
          ) : (
            exchanges.map(({ question, match }, index) => (
              <li key={`${question.askedAt}-${index}`} className="chat-exchange">
                <p className="chat-question">
                  <span className="chat-speaker">You</span> {question.text}
                </p>
                <p className={`chat-answer chat-answer-${match.kind}`}>
                  <span className="chat-speaker">Interviewer</span> {match.answer}
                  {match.topic ? <span className="chat-topic">{CLARIFY_TOPIC_LABELS[match.topic]}</span> : null}
                </p>
                {match.second ? (
                  <p className="chat-answer chat-answer-answer">
                    <span className="chat-speaker">Interviewer</span> {match.second.answer}
                    <span className="chat-topic">{CLARIFY_TOPIC_LABELS[match.second.topic]}</span>
                  </p>
                ) : null}
                {match.kind === 'answer' ? <FormNote form={match.form} /> : null}
              </li>
            ))
          )}
        </ol>
        </div>
        <form className="chat-form" onSubmit={onSubmit}>
          <label htmlFor={`${id}-question`} className="visually-hidden">
            Your question
          </label>
          <input
            id={`${id}-question`}
            type="text"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            maxLength={MAX_QUESTION_LENGTH}
            placeholder={ready ? 'e.g. Who consumes the output of this platform?' : 'Loading…'}
            disabled={!ready}
            autoComplete="off"
          />
          <button type="submit" className="button button-primary" disabled={!ready || draft.trim() === ''}>
            Ask
          </button>
        </form>
      </section>
      <section className="panel" aria-labelledby={`${id}-entities-heading`}>
        <h2 id={`${id}-entities-heading`}>Main entities</h2>
        <label htmlFor={`${id}-entities`} className="field-hint">
          The business objects the platform deals with, one per line or separated by commas
        </label>
        <textarea
          id={`${id}-entities`}
          className="entities-input"
          rows={3}
          value={answers?.entities ?? ''}
          maxLength={MAX_ENTITIES_LENGTH}
          disabled={!ready}
          onChange={(event) => setEntities?.(event.target.value)}
          placeholder="order, customer, product…"
        />
      </section>
      <HeldFeedback>{result ? <TeachingStepScore step="clarify" result={result} title="Clarify feedback" /> : null}</HeldFeedback>
    </>
  );
}
