'use client';

import { formatClock, remainingMs } from '@/lib/interview/interview-clock';
import { useId } from 'react';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import { useReadOnlyReason } from '@/components/session/read-only-reason';

/**
 * A running mock keeps its feedback back; the report offers to finish it instead of showing scores early.
 * Where this tab cannot change the attempt (an earlier attempt, another tab), the button is disabled and says why.
 */
export function MockStillRunning() {
  const context = useSessionContext();
  const readOnly = useReadOnlyReason();
  const reasonId = useId();
  const interview = useSession((state) => state.session.interview);
  const finishInterview = useSession((state) => state.finishInterview);
  if (!interview || !finishInterview) return null;
  const left = remainingMs(interview, new Date());
  async function finish() {
    finishInterview?.();
    // Saved at once: the learner may close the tab as soon as the report shows.
    if (context.phase === 'ready') await context.opened.flush().catch(() => undefined);
  }
  return (
    <section className="panel" aria-label="Mock interview still running">
      <h2>Your mock interview is still running</h2>
      <p>
        {left >= 0 ? `${formatClock(left)} left on the clock.` : `${formatClock(-left)} over time.`} Scores and findings appear here when you finish, as they
        would after a real interview.
      </p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void finish()} disabled={readOnly !== undefined} aria-describedby={readOnly ? reasonId : undefined}>
          Finish the interview
        </button>
      </div>
      {readOnly ? (
        <p id={reasonId} className="muted">
          {readOnly}
        </p>
      ) : null}
    </section>
  );
}
