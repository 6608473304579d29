'use client';

import { lazyPart } from '@/components/shared/lazy-part';
import { useState } from 'react';
import { curveballMinute } from '@/lib/interview/interview-clock';
import type { Interview } from '@/lib/interview/interview-schema';
import type { CurveballForSteps } from '@/lib/interview/score-curveball';
import { CURVEBALL_PANEL_ID } from './curveball-panel-id';

const CurveballFollowUps = lazyPart(() => import('./curveball-follow-ups').then((module) => module.CurveballFollowUps));

const titleOf = (interview: Interview) => {
  const minute = curveballMinute(interview);
  return `The interviewer changes a requirement${minute !== undefined ? ` (minute ${minute})` : ''}`;
};

/**
 * The toast said when the curveball arrives while the learner is on the page, inside the polite live
 * region curveball-notice.tsx keeps in the page from the start; it stays until dismissed.
 */
export function CurveballToast({ curveball, interview }: { curveball: CurveballForSteps; interview: Interview }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div className="notice notice-warn curveball-toast">
      <div>
        <p>
          <strong>{titleOf(interview)}.</strong> {curveball.announcement}
        </p>
        <p className="curveball-toast-more">
          <a href={`#${CURVEBALL_PANEL_ID}`}>Read it above the step</a>
        </p>
      </div>
      <button type="button" className="link-button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}

/** The changed requirement above the step's title, with its follow-ups, while the mock runs. */
export function CurveballPanel({ curveball, interview }: { curveball: CurveballForSteps; interview: Interview }) {
  const title = titleOf(interview);
  return (
    <section id={CURVEBALL_PANEL_ID} className="panel curveball-notice" aria-label="New requirement from the interviewer" tabIndex={-1}>
      <h2>{title}</h2>
      <p>{curveball.announcement}</p>
      <p className="muted">Address it in your design, your diagram or your notes: the report checks that you did.</p>
      <CurveballFollowUps curveball={curveball} />
    </section>
  );
}
