'use client';

import { useState } from 'react';
import dynamic from 'next/dynamic';
import { curveballMinute } from '@/lib/interview/interview-clock';
import type { CurveballForSteps } from '@/lib/interview/score-curveball';
import { useSession } from '@/components/session/session-provider';

// The follow-ups read the learner's work with the text engines (about 40 KB): loaded only once a curveball has arrived.
const CurveballFollowUps = dynamic(() => import('./curveball-follow-ups').then((module) => module.CurveballFollowUps), { ssr: false });

/** The id of the curveball panel on a step page, which the sidebar clock links to. */
export const CURVEBALL_PANEL_ID = 'curveball';

/**
 * The interviewer's changed requirement, once announced: a panel above the step's title on every step,
 * and, when it comes while the learner is on the page, a toast fixed in the window (seen at any scroll
 * position, over the full-width canvas too) inside a polite live region that was already in the page,
 * so screen readers say it without the learner's focus moving. The toast stays until dismissed.
 */
export function CurveballNotice({ curveball }: { curveball?: CurveballForSteps }) {
  const interview = useSession((state) => state.session.interview);
  const [openedAt] = useState(() => Date.now());
  const [dismissed, setDismissed] = useState(false);
  if (!curveball) return null;
  // After the mock, the report's curveball section takes over.
  const announced = interview?.curveballAt && !interview.finishedAt ? interview : undefined;
  const minute = announced ? curveballMinute(announced) : undefined;
  const title = `The interviewer changes a requirement${minute !== undefined ? ` (minute ${minute})` : ''}`;
  // Announced after this page opened (less a second for the clock's tick): tell the learner where they are.
  const fresh = announced?.curveballAt !== undefined && new Date(announced.curveballAt).getTime() >= openedAt - 1_000;
  return (
    <>
      {/* Present from the start (an empty live region), so the toast put in it is announced. */}
      <div className="toast-region" role="status" aria-live="polite" aria-atomic="true">
        {fresh && !dismissed ? (
          <div className="notice notice-warn curveball-toast">
            <div>
              <p>
                <strong>{title}.</strong> {curveball.announcement}
              </p>
              <p className="curveball-toast-more">
                <a href={`#${CURVEBALL_PANEL_ID}`}>Read it above the step</a>
              </p>
            </div>
            <button type="button" className="link-button" onClick={() => setDismissed(true)}>
              Dismiss
            </button>
          </div>
        ) : null}
      </div>
      {announced ? (
        <section id={CURVEBALL_PANEL_ID} className="panel curveball-notice" aria-label="New requirement from the interviewer" tabIndex={-1}>
          <h2>{title}</h2>
          <p>{curveball.announcement}</p>
          <p className="muted">Address it in your design, your diagram or your notes: the report checks that you did.</p>
          <CurveballFollowUps curveball={curveball} />
        </section>
      ) : null}
    </>
  );
}
