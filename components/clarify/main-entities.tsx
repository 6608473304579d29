'use client';

import { useId } from 'react';
import { MAX_ENTITIES_LENGTH } from '@/lib/session/session-bounds';
import { useSession, useSessionContext } from '@/components/session/session-provider';

/** The clarify step's "Main entities" box, read from and written to the open session (a mock's or a room's). */
export function MainEntities() {
  const ready = useSessionContext().phase === 'ready';
  const entities = useSession((state) => state.session.answers.clarify.entities);
  const setEntities = useSession((state) => state.setEntities);
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
        value={entities ?? ''}
        maxLength={MAX_ENTITIES_LENGTH}
        disabled={!ready}
        onChange={(event) => setEntities?.(event.target.value)}
        placeholder="order, customer, product…"
      />
    </section>
  );
}
