'use client';

import { STEPS } from '@/lib/steps/steps';
import type { StepId } from '@/lib/steps/steps';

/**
 * The five steps as tabs of one room page: the candidate moves between them (and every device and
 * the interviewer follow); without `onGo` they only show where the candidate is.
 */
export function RoomSteps({ current, viewing, onGo, label = 'Interview steps' }: { current: StepId; viewing: StepId; onGo?: (step: StepId) => void; label?: string }) {
  return (
    <nav aria-label={label}>
      <ol className="room-steps">
        {STEPS.map((step) => (
          <li key={step.id} className={step.id === current ? 'room-step-current' : undefined}>
            <button type="button" className="button button-toggle" aria-pressed={step.id === viewing} disabled={!onGo} onClick={() => onGo?.(step.id)}>
              {step.number}. {step.title}
              {step.id === current ? <span className="visually-hidden"> (the candidate is here)</span> : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
