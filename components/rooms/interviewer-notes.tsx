'use client';

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { formatClock } from '@/lib/interview/interview-clock';
import { MAX_NOTE_LENGTH } from '@/lib/rooms/room-limits';
import type { InterviewerNote } from '@/lib/rooms/room-state-schema';
import { LengthNote, lengthNoteIds } from '@/components/shared/length-note';

/** Where a note falls on the interview clock (mm:ss from the start, pauses not counted), or its wall time before the start. */
export type NoteTime = (note: InterviewerNote) => string;

/**
 * The interviewer's private notes, each time-stamped on the interview clock when added. The candidate
 * sees them only after the interviewer releases them (and then read-only, with `onAdd` absent).
 */
export function InterviewerNotes({ notes, noteTime, onAdd, title = 'Private notes' }: { notes: readonly InterviewerNote[]; noteTime: NoteTime; onAdd?: (text: string) => void; title?: string }) {
  const [draft, setDraft] = useState('');
  const id = useId();
  // No maxLength: a paste past the limit stays whole, says how much to cut, and only adding waits.
  const tooLong = draft.length > MAX_NOTE_LENGTH;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.trim() === '' || tooLong || !onAdd) return;
    onAdd(draft.trim());
    setDraft('');
  }
  return (
    <section className="panel interviewer-notes" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {notes.length === 0 ? <p className="muted">No notes{onAdd ? ' yet' : ''}.</p> : null}
      <ol className="note-list" aria-label={title}>
        {notes.map((note) => (
          <li key={note.id}>
            <time dateTime={note.at} className="note-time">
              {noteTime(note)}
            </time>{' '}
            {note.text}
          </li>
        ))}
      </ol>
      {onAdd ? (
        <form onSubmit={submit} className="note-form">
          <label htmlFor={`${id}-note`}>New note</label>
          <textarea
            id={`${id}-note`}
            className="notes-input"
            rows={2}
            value={draft}
            aria-describedby={lengthNoteIds(`${id}-note`, draft.length, MAX_NOTE_LENGTH)}
            aria-invalid={tooLong || undefined}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) submit(event);
            }}
            placeholder="What you noticed, as it happens (Ctrl+Enter adds it)"
          />
          <LengthNote id={`${id}-note`} length={draft.length} max={MAX_NOTE_LENGTH} what="Your note" action="add it" />
          <button type="submit" className="button" disabled={draft.trim() === '' || tooLong}>
            Add note
          </button>
        </form>
      ) : null}
    </section>
  );
}

/** Times a note on the room's clock: minutes and seconds since the start, pauses not counted. */
export function clockNoteTime(startedAt: string | undefined, pauses: readonly { startedAt: string; endedAt?: string }[]): NoteTime {
  return (note) => {
    if (!startedAt) return new Date(note.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
    const at = Date.parse(note.at);
    const paused = pauses.reduce((sum, pause) => {
      const start = Date.parse(pause.startedAt);
      if (start >= at) return sum;
      return sum + Math.max(0, Math.min(at, pause.endedAt ? Date.parse(pause.endedAt) : at) - start);
    }, 0);
    return formatClock(Math.max(0, at - Date.parse(startedAt) - paused));
  };
}
