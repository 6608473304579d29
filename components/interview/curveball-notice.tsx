'use client';

import { useState } from 'react';
import { curveballMinute } from '@/lib/interview/interview-clock';
import type { CurveballForSteps } from '@/lib/interview/score-curveball';
import { useSession } from '@/components/session/session-provider';

/**
 * The interviewer's changed requirement, once announced. It is an alert only when it appears while
 * the learner is on the page; afterwards it stays as a plain reminder on every step.
 */
export function CurveballNotice({ curveball }: { curveball?: CurveballForSteps }) {
  const interview = useSession((state) => state.session.interview);
  const [openedAt] = useState(() => Date.now());
  // After the mock, the report's curveball section takes over.
  if (!interview || !curveball || !interview.curveballAt || interview.finishedAt) return null;
  const minute = curveballMinute(interview);
  // Announced after this page opened (less a second for the clock's tick): tell screen readers now.
  const fresh = new Date(interview.curveballAt).getTime() >= openedAt - 1_000;
  return (
    <section className="panel curveball-notice" role={fresh ? 'alert' : 'region'} aria-label="New requirement from the interviewer">
      <h2>The interviewer changes a requirement{minute !== undefined ? ` (minute ${minute})` : ''}</h2>
      <p>{curveball.announcement}</p>
      <p className="muted">Address it in your design, your diagram or your notes: the report checks that you did.</p>
    </section>
  );
}
