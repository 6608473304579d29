'use client';

import { useId } from 'react';
import { stepBudgets } from '@/lib/interview/budgets';
import { formatClock } from '@/lib/interview/interview-clock';
import { roomElapsedMs } from '@/lib/rooms/room-reducer';
import type { RoomState } from '@/lib/rooms/room-state-schema';
import { getStep, STEP_IDS } from '@/lib/steps/steps';
import { useNow } from '@/components/interview/use-now';

type ClockControls = { onStart: () => void; onPause: () => void; onResume: () => void };

type RoomClockProps = {
  clock: RoomState['clock'];
  lengthMinutes: number;
  status: RoomState['status'];
  currentStep: RoomState['work']['currentStep'];
  /** The interviewer's buttons; absent for the candidate and the observer. */
  controls?: ClockControls;
};

/**
 * The room's clock, kept by the server (start, pauses, end): time left of the interview's length, the
 * step budgets with the candidate's current step marked, and for the interviewer start, pause, resume.
 */
export function RoomClock({ clock, lengthMinutes, status, currentStep, controls }: RoomClockProps) {
  const running = status === 'running' && !clock.pausedAt;
  const now = useNow(1_000, running);
  const id = useId();
  const left = lengthMinutes * 60_000 - roomElapsedMs(clock, now);
  const budgets = stepBudgets(lengthMinutes);
  const paused = clock.pausedAt !== undefined;
  return (
    <section className="interview-panel interview-panel-mock room-clock" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="interview-mode">
        {status === 'waiting' ? 'Waiting to start' : status === 'running' ? (paused ? 'Interview · paused' : 'Interview running') : 'Interview over'}
      </h2>
      <p className={left < 0 ? 'interview-clock interview-clock-over' : 'interview-clock'} role="timer" aria-label={left < 0 ? 'Time over' : 'Time left'}>
        {left < 0 ? `${formatClock(-left)} over` : `${formatClock(left)} left`}
      </p>
      <ol className="room-budgets" aria-label="Step budgets">
        {STEP_IDS.map((step) => (
          <li key={step} aria-current={step === currentStep ? 'step' : undefined} className={step === currentStep ? 'room-budget-current' : undefined}>
            {getStep(step).title}: {budgets[step]} min
          </li>
        ))}
      </ol>
      {controls && status !== 'ended' && status !== 'closed' ? (
        <div className="button-row">
          {status === 'waiting' ? (
            <button type="button" className="button button-primary" onClick={controls.onStart}>
              Start the clock
            </button>
          ) : paused ? (
            <button type="button" className="button button-primary" onClick={controls.onResume}>
              Resume the clock
            </button>
          ) : (
            <button type="button" className="button" onClick={controls.onPause}>
              Pause the clock
            </button>
          )}
        </div>
      ) : null}
      {paused && status === 'running' ? <p className="muted">The clock is stopped; the pause is recorded on the report.</p> : null}
    </section>
  );
}
