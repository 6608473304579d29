'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { sessionProgress } from '@/lib/session/session-progress';
import type { StepStatus } from '@/lib/session/session-progress';
import { STEPS, getStep } from '@/lib/steps/steps';
import type { StepId } from '@/lib/steps/steps';
import { useSession } from '@/components/session/session-provider';

const statusText: Record<StepStatus, string> = {
  'not-started': 'not started',
  visited: 'visited',
  'in-progress': 'has work',
};

/** What the compact stepper (phones) says while closed: where the learner is. */
function compactLabel(current: StepId | undefined): string {
  if (current === undefined) return 'Report · the five steps';
  const step = getStep(current);
  return `Step ${step.number} of ${STEPS.length}: ${step.title}`;
}

/**
 * Where the learner is among the five steps; every step is a link, so they move freely. On a wide
 * screen the whole list shows in the sidebar; on a narrow one (CSS `.stepper-compact`) one line,
 * "Step 2 of 5: Estimate", opens the same list, so the work is not pushed below it.
 */
export function Stepper({ caseSlug, current }: { caseSlug: string; current?: StepId }) {
  const session = useSession((state) => state.session);
  const progress = useMemo(() => (session ? sessionProgress(session) : undefined), [session]);
  const items = (
    <ol>
      {STEPS.map((step) => {
        const status = progress?.byStep[step.id] ?? 'not-started';
        const isCurrent = step.id === current;
        return (
          <li key={step.id} className={`stepper-item stepper-${status}${isCurrent ? ' stepper-current' : ''}`}>
            <Link href={`/cases/${caseSlug}/${step.id}`} aria-current={isCurrent ? 'step' : undefined}>
              <span className="stepper-number" aria-hidden="true">
                {status === 'in-progress' && !isCurrent ? '✓' : step.number}
              </span>
              <span className="stepper-text">
                <span className="stepper-title">
                  <span className="visually-hidden">Step {step.number}: </span>
                  {step.title}
                </span>
                <span className="stepper-asks">{step.asksFor}</span>
                <span className="visually-hidden"> ({isCurrent ? 'current step, ' : ''}{statusText[status]})</span>
              </span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
  const report = (
    <p className="stepper-report">
      <Link href={`/cases/${caseSlug}/report`} aria-current={current === undefined ? 'page' : undefined}>
        Report: all scores
      </Link>
    </p>
  );
  return (
    <nav aria-label="Interview steps" className="stepper">
      {/* Phones: one line that opens the list. Only one of the two is displayed at a time (globals.css). */}
      <details className="stepper-compact">
        <summary>
          <span className="stepper-compact-label">{compactLabel(current)}</span>
          <span className="stepper-compact-action" aria-hidden="true">
            All steps
          </span>
        </summary>
        {items}
        {report}
      </details>
      <div className="stepper-full">
        {items}
        {report}
      </div>
    </nav>
  );
}
