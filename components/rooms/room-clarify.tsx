'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { RoomQuestion } from '@/lib/rooms/room-state-schema';
import { MAX_ENTITIES_LENGTH, MAX_QUESTION_LENGTH } from '@/lib/session/session-schema';
import { useSession, useSessionContext } from '@/components/session/session-provider';

/**
 * Step 1 in a room: the candidate asks, a person answers. Each question shows the interviewer's answer
 * once sent (never the suggestion the interviewer saw); the main entities are kept as in a mock.
 */
export function RoomClarify({ questions, canAsk }: { questions: readonly RoomQuestion[]; canAsk: boolean }) {
  const ready = useSessionContext().phase === 'ready';
  const entities = useSession((state) => state.session.answers.clarify.entities);
  const ask = useSession((state) => state.ask);
  const setEntities = useSession((state) => state.setEntities);
  const [draft, setDraft] = useState('');
  const log = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    // Scrolls the transcript's own box, never the page.
    const list = log.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [questions.length]);

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
          {questions.length === 0 ? (
            <li className="chat-empty muted">Your interviewer is waiting for your first question. Start with scope: what are we building, and for whom?</li>
          ) : (
            questions.map((question) => (
              <li key={question.id} className="chat-exchange">
                <p className="chat-question">
                  <span className="chat-speaker">You</span> {question.text}
                </p>
                {question.reply ? (
                  <p className="chat-answer chat-answer-answer">
                    <span className="chat-speaker">Interviewer</span> {question.reply.text}
                  </p>
                ) : (
                  <p className="chat-answer chat-answer-unsure muted">
                    <span className="chat-speaker">Interviewer</span> is answering…
                  </p>
                )}
              </li>
            ))
          )}
        </ol>
        </div>
        {canAsk ? (
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
              placeholder="e.g. Who consumes the output of this platform?"
              disabled={!ready}
              autoComplete="off"
            />
            <button type="submit" className="button button-primary" disabled={!ready || draft.trim() === ''}>
              Ask
            </button>
          </form>
        ) : null}
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
          value={entities ?? ''}
          maxLength={MAX_ENTITIES_LENGTH}
          disabled={!ready}
          onChange={(event) => setEntities?.(event.target.value)}
          placeholder="order, customer, product…"
        />
      </section>
    </>
  );
}
