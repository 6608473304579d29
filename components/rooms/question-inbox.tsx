'use client';

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { CLARIFY_TOPIC_LABELS, CLARIFY_TOPICS } from '@/lib/content/clarify-topics';
import type { ClarifyTopic } from '@/lib/content/clarify-topics';
import { MAX_REPLY_LENGTH } from '@/lib/rooms/room-limits';
import type { ReplyKind, RoomQuestion } from '@/lib/rooms/room-state-schema';
import { LengthNote, lengthNoteIds } from '@/components/shared/length-note';

export type SendReply = (questionId: string, text: string, how: ReplyKind) => void;

const HOW_LABEL: Record<ReplyKind, string> = { 'as-suggested': 'sent as suggested', edited: 'edited', written: 'written by you' };

function topicLabel(topicId: string | null | undefined): string | undefined {
  if (!topicId) return undefined;
  return (CLARIFY_TOPICS as readonly string[]).includes(topicId) ? CLARIFY_TOPIC_LABELS[topicId as ClarifyTopic] : topicId;
}

function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** One question waiting for an answer: the scripted interviewer's suggestion, then send it, edit it or write another. */
function OpenQuestion({ question, number, onReply, disabled }: { question: RoomQuestion; number: number; onReply: SendReply; disabled: boolean }) {
  const [mode, setMode] = useState<'choose' | 'edit' | 'write'>('choose');
  const [draft, setDraft] = useState('');
  const id = useId();
  const suggestion = question.suggested?.answer;
  const topic = topicLabel(question.suggested?.topicId);

  // No maxLength: a paste past the limit stays whole, says how much to cut, and only sending waits.
  const tooLong = draft.length > MAX_REPLY_LENGTH;

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = draft.trim();
    if (text === '' || tooLong) return;
    // An edit that changes nothing is the suggestion as it was.
    const how: ReplyKind = mode === 'edit' ? (text === suggestion?.trim() ? 'as-suggested' : 'edited') : 'written';
    onReply(question.id, text, how);
  }

  return (
    <li className="inbox-item inbox-open">
      <p className="chat-question">
        <span className="chat-speaker">Candidate · {timeOf(question.askedAt)}</span> {question.text}
      </p>
      {suggestion ? (
        <p className="inbox-suggestion">
          <span className="chat-speaker">Suggested answer</span> {suggestion}
          {topic ? <span className="chat-topic">{topic}</span> : null}
        </p>
      ) : (
        <p className="muted">No suggestion from the case facts: write your own answer.</p>
      )}
      {mode === 'choose' ? (
        <div className="button-row" role="group" aria-label={`Answer question ${number}`}>
          {suggestion ? (
            <button type="button" className="button button-primary" disabled={disabled} onClick={() => onReply(question.id, suggestion, 'as-suggested')}>
              Send as is
            </button>
          ) : null}
          {suggestion ? (
            <button
              type="button"
              className="button"
              disabled={disabled}
              onClick={() => {
                setDraft(suggestion);
                setMode('edit');
              }}
            >
              Edit
            </button>
          ) : null}
          <button
            type="button"
            className="button"
            disabled={disabled}
            onClick={() => {
              setDraft('');
              setMode('write');
            }}
          >
            Write another
          </button>
        </div>
      ) : (
        <form className="inbox-reply" onSubmit={submit}>
          <label htmlFor={`${id}-reply`}>{mode === 'edit' ? `Edit the answer to question ${number}` : `Your answer to question ${number}`}</label>
          <textarea
            id={`${id}-reply`}
            className="notes-input"
            rows={3}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            aria-describedby={lengthNoteIds(`${id}-reply`, draft.length, MAX_REPLY_LENGTH)}
            aria-invalid={tooLong || undefined}
          />
          <LengthNote id={`${id}-reply`} length={draft.length} max={MAX_REPLY_LENGTH} what="Your answer" action="send it" />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={disabled || draft.trim() === '' || tooLong}>
              Send answer
            </button>
            <button type="button" className="button" onClick={() => setMode('choose')}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

/**
 * The interviewer's inbox of the candidate's clarifying questions, oldest open question first. Each
 * arrives with the answer the scripted interviewer would give (from the case facts) and its topic;
 * the interviewer sends it as is, edits it, or writes another. The candidate sees only what is sent.
 */
export function QuestionInbox({ questions, onReply, disabled = false }: { questions: readonly RoomQuestion[]; onReply: SendReply; disabled?: boolean }) {
  const id = useId();
  const open = questions.filter((question) => !question.reply).length;
  return (
    <section className="panel question-inbox" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Questions{open > 0 ? ` · ${open} waiting` : ''}</h2>
      {questions.length === 0 ? <p className="muted">No questions yet. The candidate&apos;s clarifying questions arrive here.</p> : null}
      <ol className="inbox" aria-label="Candidate questions">
        {questions.map((question, index) =>
          question.reply ? (
            <li key={question.id} className="inbox-item">
              <p className="chat-question">
                <span className="chat-speaker">Candidate · {timeOf(question.askedAt)}</span> {question.text}
              </p>
              <p className="chat-answer">
                <span className="chat-speaker">You · {HOW_LABEL[question.reply.how]}</span> {question.reply.text}
              </p>
            </li>
          ) : (
            <OpenQuestion key={question.id} question={question} number={index + 1} onReply={onReply} disabled={disabled} />
          ),
        )}
      </ol>
    </section>
  );
}
