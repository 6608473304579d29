'use client';

import { useId } from 'react';
import type { StoredScoreStatus } from '@/lib/session/attempt-lock';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Says where the report's numbers come from when they are stored: as scored at finish, and, when the
 * case's rubric has changed since, that they may differ from a grade today, with a re-grade button.
 * Nothing for live-scored attempts. `readOnly` (why this tab cannot change the attempt) disables the
 * re-grade and says why.
 */
export function StoredScoreNotice({ status, onRegrade, readOnly }: { status: StoredScoreStatus; onRegrade: () => void; readOnly?: string }) {
  const reasonId = useId();
  if (status.kind === 'live') return null;
  const when = dateFormat.format(new Date(status.scores.scoredAt));
  if (status.kind === 'current') {
    return <p className="muted">Scores as stored when this attempt was scored ({when}).</p>;
  }
  return (
    <div className="notice notice-info" role="status">
      <p>
        This case has changed since this attempt was scored ({when}). The scores shown are the ones it had then; the findings below are graded
        against the case as it is now.
      </p>
      <button type="button" className="button" onClick={onRegrade} disabled={readOnly !== undefined} aria-describedby={readOnly ? reasonId : undefined}>
        Re-grade against the current case
      </button>
      {readOnly ? (
        <p id={reasonId} className="muted">
          {readOnly}
        </p>
      ) : null}
    </div>
  );
}
