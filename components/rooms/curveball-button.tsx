'use client';

import { useId, useState } from 'react';
import type { Curveball } from '@/lib/content/rubric-schema';
import { roomElapsedMs } from '@/lib/rooms/room-reducer';
import type { RoomState } from '@/lib/rooms/room-state-schema';
import { useNow } from '@/components/interview/use-now';
import { ConfirmGroup } from '@/components/shared/confirm-group';

type CurveballButtonProps = {
  curveball: Curveball | undefined;
  announcedAt: string | undefined;
  /** The room's clock, to say whether the case's planned moment has come. */
  clock: RoomState['clock'];
  disabled: boolean;
  onAnnounce: () => void;
};

/**
 * The case's curveball for the interviewer: what it says, when the case plans it, and a button that
 * announces it to the candidate now (asking once more first). Once announced it says when.
 */
export function CurveballButton({ curveball, announcedAt, clock, disabled, onAnnounce }: CurveballButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const now = useNow(1_000, curveball !== undefined && !announcedAt && !disabled);
  const id = useId();
  if (!curveball) return null;
  const due = roomElapsedMs(clock, now) >= curveball.afterMinutes * 60_000;
  return (
    <section className="panel curveball-control" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Curveball</h2>
      <p>{curveball.announcement}</p>
      <p className="field-hint">What a good answer does: {curveball.why}</p>
      {announcedAt ? (
        <p className="notice notice-info" role="status">
          Announced at {new Date(announcedAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}. The candidate sees it above their work.
        </p>
      ) : confirming ? (
        <ConfirmGroup
          label="Announce the curveball?"
          confirm="Announce to the candidate"
          disabled={disabled}
          onConfirm={() => {
            setConfirming(false);
            onAnnounce();
          }}
          cancel="Not yet"
          onCancel={() => setConfirming(false)}
        >
          Announce it now? The candidate sees it at once.
        </ConfirmGroup>
      ) : (
        <>
          <p className="muted">{due ? `The case plans it at ${curveball.afterMinutes} minutes: now is a good moment.` : `The case plans it at ${curveball.afterMinutes} minutes.`}</p>
          <button type="button" className="button" disabled={disabled} onClick={() => setConfirming(true)}>
            Announce the curveball now
          </button>
        </>
      )}
    </section>
  );
}
