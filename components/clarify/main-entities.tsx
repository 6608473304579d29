'use client';

import { useId } from 'react';
import { MAX_ENTITIES_LENGTH } from '@/lib/session/session-bounds';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import { LengthNote, lengthNoteIds } from '@/components/shared/length-note';
import { overLimitDraftKey } from '@/components/shared/over-limit-drafts';
import { useLimitedText } from '@/components/shared/use-limited-text';

/**
 * The clarify step's "Main entities" box, read from and written to the open session (a mock's or a room's). A paste
 * past MAX_ENTITIES_LENGTH stays whole in the box (and in a draft across a reload) with a count and a sentence saying
 * how much to cut; meanwhile the last list within the limit is the one saved and graded.
 */
export function MainEntities() {
  const ready = useSessionContext().phase === 'ready';
  const entities = useSession((state) => state.session.answers.clarify.entities) ?? '';
  const sessionId = useSession((state) => state.session.id);
  const setEntities = useSession((state) => state.setEntities);
  const { text, tooLong, change } = useLimitedText(sessionId ? overLimitDraftKey(sessionId, { kind: 'entities' }) : undefined, entities, MAX_ENTITIES_LENGTH, setEntities);
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-entities-heading`}>
      <h2 id={`${id}-entities-heading`}>Main entities</h2>
      <label htmlFor={`${id}-entities`} className="field-hint">
        The business objects the platform deals with, one per line or separated by commas
      </label>
      <textarea
        id={`${id}-entities`}
        className="entities-input"
        rows={3}
        value={text}
        disabled={!ready}
        aria-describedby={lengthNoteIds(`${id}-entities`, text.length, MAX_ENTITIES_LENGTH)}
        aria-invalid={tooLong || undefined}
        onChange={(event) => change(event.target.value)}
        placeholder="order, customer, product…"
      />
      <LengthNote id={`${id}-entities`} length={text.length} max={MAX_ENTITIES_LENGTH} what="Your list of main entities" action="have it saved and graded" savedLength={tooLong ? entities.length : undefined} />
    </section>
  );
}
