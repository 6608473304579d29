'use client';

import { lengthAnnouncement, NEAR_LIMIT_SHARE } from './character-count';

const count = (value: number) => value.toLocaleString('en-US');

/**
 * The sentence for a text of `length` characters past `max`, saying by how much and what to do:
 * "Your question is 530 characters, 30 over the 500 limit: shorten it to send it." (`what` starts the sentence,
 * `action` ends it.) Pure.
 */
export function tooLongSentence(what: string, length: number, max: number, action: string): string {
  return `${what} is ${count(length)} characters, ${count(length - max)} over the ${count(max)} limit: shorten it to ${action}.`;
}

/**
 * For a box saved as the learner types: where the over-limit text is and what counts meanwhile. "Your text is kept
 * here; until then the last version within the limit (1,980 characters) is the one saved." Pure.
 */
export function keptSentence(savedLength: number): string {
  return `Your text is kept here; until then the last version within the limit (${count(savedLength)} characters) is the one saved.`;
}

/** The field's aria-describedby for a LengthNote under `id`: the count, and the error while over the limit. */
export function lengthNoteIds(id: string, length: number, max: number): string {
  return length > max ? `${id}-count ${id}-error` : `${id}-count`;
}

/**
 * What replaces a field's `maxLength` (which cuts a paste without a word): a count read with the field (shown as the
 * limit nears) and, past `max`, an error that says how much to cut. The field keeps every character and stays
 * editable; its owner disables only the submit while `length > max`. Give the field `aria-describedby` from
 * lengthNoteIds and `aria-invalid` while over. A box saved as the learner types passes `savedLength`, the length of
 * the version within the limit that is saved meanwhile, and the error says so (keptSentence). The bands of `lengthAnnouncement` are spoken from a polite live region
 * without the status role: these boxes sit beside a checker's verdict, which is the box's one status.
 */
export function LengthNote({ id, length, max, what, action, savedLength }: { id: string; length: number; max: number; what: string; action: string; savedLength?: number }) {
  return (
    <>
      <span id={`${id}-count`} className={`character-count${length >= max * NEAR_LIMIT_SHARE ? ' character-count-near' : ' visually-hidden'}${length > max ? ' character-count-over' : ''}`}>
        {count(length)} / {count(max)} characters
      </span>
      <span className="visually-hidden" aria-live="polite">
        {lengthAnnouncement(length, max)}
      </span>
      {length > max ? (
        <p id={`${id}-error`} className="field-error">
          {tooLongSentence(what, length, max, action)}
          {savedLength === undefined ? null : ` ${keptSentence(savedLength)}`}
        </p>
      ) : null}
    </>
  );
}
