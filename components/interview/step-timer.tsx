'use client';

import { useEffect } from 'react';
import { isPaused } from '@/lib/interview/interview-clock';
import type { StepId } from '@/lib/steps/steps';
import { useSession, useSessionContext } from '@/components/session/session-provider';

const TICK_MS = 5_000;
/** A tick later than this means the machine slept or the tab was frozen: that gap is not work. */
const MAX_TICK_GAP_MS = 60_000;

/**
 * Adds the time the learner spends on a step's page to the session (for "time per step against
 * its budget"). Hidden tabs, a paused mock and a finished mock do not count.
 */
export function StepTimer({ step }: { step: StepId }) {
  const context = useSessionContext();
  const store = context.phase === 'ready' ? context.opened.store : undefined;
  const addStepTime = useSession((state) => state.addStepTime);

  useEffect(() => {
    if (!store || !addStepTime) return;
    let last = Date.now();
    const clockRunning = () => {
      const { interview } = store.getState().session;
      return interview.mode === 'practice' || (!isPaused(interview) && interview.finishedAt === undefined);
    };
    // Called while the page was visible up to now: a tick, hiding the tab, or leaving the step.
    const record = () => {
      const now = Date.now();
      const gap = now - last;
      last = now;
      if (gap > 0 && gap <= MAX_TICK_GAP_MS && clockRunning()) addStepTime(step, gap);
    };
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'hidden') last = Date.now();
      else record();
    }, TICK_MS);
    // Hiding the tab closes the current stretch; coming back starts a new one.
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') record();
      else last = Date.now();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      record();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store, addStepTime, step]);
  return null;
}
