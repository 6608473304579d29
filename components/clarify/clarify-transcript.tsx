'use client';

import { useEffect, useId, useRef } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { MAX_QUESTION_LENGTH } from '@/lib/session/session-bounds';
import { LengthNote, lengthNoteIds } from '@/components/shared/length-note';

/** One exchange of the transcript: the learner's question and the interviewer's answer, which the caller renders. */
export type TranscriptExchange = { key: string; question: string; answer: ReactNode };

type ClarifyTranscriptProps = {
  exchanges: readonly TranscriptExchange[];
  /** Shown before the first question. */
  waiting: string;
  /** Whether the question box is shown (a read-only view of the transcript has none). */
  canAsk: boolean;
  /** Whether the session is loaded: the box is disabled until then. */
  ready: boolean;
  /** The question being typed; the caller keeps it (in plain state, or as a draft that survives a reload). */
  draft: string;
  setDraft: (text: string) => void;
  /** Sends a question (never blank); the draft is cleared after. */
  onAsk: (text: string) => void;
};

/**
 * The clarify step's "Ask the interviewer" panel, for the scripted interviewer (ClarifyWorkspace) and
 * for a person in a room (RoomClarify): the transcript as a list inside a focusable log that scrolls
 * in its own box to the newest exchange, and the question box.
 */
export function ClarifyTranscript({ exchanges, waiting, canAsk, ready, draft, setDraft, onAsk }: ClarifyTranscriptProps) {
  const log = useRef<HTMLDivElement>(null);
  const id = useId();

  // The newest exchange in view: the transcript scrolls inside its own box, never the page (scrollIntoView
  // would also scroll the window, and a phone would open the step halfway down).
  useEffect(() => {
    const list = log.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [exchanges.length]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (draft.trim() === '' || draft.length > MAX_QUESTION_LENGTH) return;
    onAsk(draft);
    setDraft('');
  }

  return (
    <section className="panel" aria-labelledby={`${id}-chat`}>
      <h2 id={`${id}-chat`}>Ask the interviewer</h2>
      {/* The log scrolls in its own box (so it takes focus, for the keyboard); the exchanges inside are a list. */}
      <div ref={log} className="chat-log" role="log" aria-label="Interview transcript" aria-live="polite" tabIndex={0}>
        <ol className="chat">
          {exchanges.length === 0 ? (
            <li className="chat-empty muted">{waiting}</li>
          ) : (
            exchanges.map((exchange) => (
              <li key={exchange.key} className="chat-exchange">
                <p className="chat-question">
                  <span className="chat-speaker">You</span> {exchange.question}
                </p>
                {exchange.answer}
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
            aria-describedby={lengthNoteIds(`${id}-question`, draft.length, MAX_QUESTION_LENGTH)}
            aria-invalid={draft.length > MAX_QUESTION_LENGTH || undefined}
            placeholder={ready ? 'e.g. Who consumes the output of this platform?' : 'Loading…'}
            disabled={!ready}
            autoComplete="off"
          />
          <button type="submit" className="button button-primary" disabled={!ready || draft.trim() === '' || draft.length > MAX_QUESTION_LENGTH}>
            Ask
          </button>
        </form>
      ) : null}
      {canAsk ? <LengthNote id={`${id}-question`} length={draft.length} max={MAX_QUESTION_LENGTH} what="Your question" action="ask it" /> : null}
    </section>
  );
}
