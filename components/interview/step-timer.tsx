'use client';

import { useEffect } from 'react';
import { isPaused } from '@/lib/interview/interview-clock';
import type { StepId } from '@/lib/steps/steps';
import { useSession, useSessionContext } from '@/components/session/session-provider';

const TICK_MS = 5_000;
/** Time is added up here and saved about once a minute (and on leaving), not on every tick: each save rewrites the session. */
const SAVE_EVERY_MS = 60_000;
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
    let unsaved = 0;
    const clockRunning = () => {
      const { interview } = store.getState().session;
      return interview.mode === 'practice' || (!isPaused(interview) && interview.finishedAt === undefined);
    };
    const save = () => {
      if (unsaved > 0) addStepTime(step, unsaved);
      unsaved = 0;
    };
    // Called while the page was visible up to now: a tick, hiding the tab, or leaving the step.
    const count = () => {
      const now = Date.now();
      const gap = now - last;
      last = now;
      if (gap > 0 && gap <= MAX_TICK_GAP_MS && clockRunning()) unsaved += gap;
    };
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'hidden') last = Date.now();
      else count();
      if (unsaved >= SAVE_EVERY_MS) save();
    }, TICK_MS);
    // Hiding the tab closes the current stretch and saves it; coming back starts a new one.
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        count();
        save();
      } else last = Date.now();
    };
    const onPageHide = () => {
      count();
      save();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      count();
      save();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [store, addStepTime, step]);
  return null;
}
