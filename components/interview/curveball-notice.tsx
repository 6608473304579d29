'use client';

import { lazyPart } from '@/components/shared/lazy-part';
import { useState } from 'react';
import type { CurveballForSteps } from '@/lib/interview/score-curveball';
import { useSession } from '@/components/session/session-provider';

export { CURVEBALL_PANEL_ID } from './curveball-panel-id';

// The toast and the panel show in a mock only, once the curveball is announced: their own chunk.
const CurveballToast = lazyPart(() => import('./curveball-announced').then((module) => module.CurveballToast));
const CurveballPanel = lazyPart(() => import('./curveball-announced').then((module) => module.CurveballPanel));

/**
 * The interviewer's changed requirement, once announced: a panel above the step's title on every step,
 * and, when it comes while the learner is on the page, a toast fixed in the window (seen at any scroll
 * position, over the full-width canvas too) inside a polite live region that was already in the page,
 * so screen readers say it without the learner's focus moving. The toast stays until dismissed.
 */
export function CurveballNotice({ curveball }: { curveball?: CurveballForSteps }) {
  const interview = useSession((state) => state.session.interview);
  const [openedAt] = useState(() => Date.now());
  if (!curveball) return null;
  // After the mock, the report's curveball section takes over.
  const announced = interview?.curveballAt && !interview.finishedAt ? interview : undefined;
  // Announced after this page opened (less a second for the clock's tick): tell the learner where they are.
  const fresh = announced?.curveballAt !== undefined && new Date(announced.curveballAt).getTime() >= openedAt - 1_000;
  return (
    <>
      {/* Present from the start (an empty live region), so the toast put in it is announced. */}
      <div className="toast-region" role="status" aria-live="polite" aria-atomic="true">
        {announced && fresh ? <CurveballToast curveball={curveball} interview={announced} /> : null}
      </div>
      {announced ? <CurveballPanel curveball={curveball} interview={announced} /> : null}
    </>
  );
}
