'use client';

import { formatClock, remainingMs } from '@/lib/interview/interview-clock';
import { useSession, useSessionContext } from '@/components/session/session-provider';

/** A running mock keeps its feedback back; the report offers to finish it instead of showing scores early. */
export function MockStillRunning() {
  const context = useSessionContext();
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
        <button type="button" className="button button-primary" onClick={() => void finish()}>
          Finish the interview
        </button>
      </div>
    </section>
  );
}
