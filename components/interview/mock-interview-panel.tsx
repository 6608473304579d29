'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState } from 'react';
import { stepBudgets } from '@/lib/interview/budgets';
import { curveballMinute, elapsedMs, formatClock, isCurveballDue, isPaused, remainingMs } from '@/lib/interview/interview-clock';
import type { CurveballForSteps } from '@/lib/interview/score-curveball';
import { designFieldsOverLimit } from '@/lib/session/design-over-limit';
import type { Session } from '@/lib/session/session-schema';
import { getStep, STEP_IDS } from '@/lib/steps/steps';
import type { StepId } from '@/lib/steps/steps';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import { ConfirmGroup } from '@/components/shared/confirm-group';
import { overLimitDrafts } from '@/components/shared/over-limit-drafts';
import type { OverLimitDraft } from '@/components/shared/over-limit-drafts';
import { useDepartures } from '@/components/shared/use-departures';
import { CURVEBALL_PANEL_ID } from './curveball-panel-id';
import { useNow } from './use-now';

const MINUTE_MS = 60_000;

/** Every box of the attempt whose text is past its limit: design fields (kept in the session) and the drafts of other boxes. */
function boxesOverLimit(session: Session): OverLimitDraft[] {
  const design = designFieldsOverLimit(session.answers.design).map((item): OverLimitDraft => ({ step: 'design', label: item.label }));
  return [...overLimitDrafts(session.id), ...design].sort((a, b) => STEP_IDS.indexOf(a.step) - STEP_IDS.indexOf(b.step));
}

/** The boxes over their limit, in a sentence, each linking to its step: "The SLA (High-level design), Your notes on Clarify (Clarify)". */
function OverLimitList({ caseSlug, items }: { caseSlug: string; items: readonly OverLimitDraft[] }) {
  return (
    <>
      {items.map((item, index) => (
        <span key={`${item.step}-${index}`}>
          {index > 0 ? ', ' : ' '}
          <Link href={`/cases/${caseSlug}/${item.step}`}>{item.label}</Link> ({getStep(item.step).title})
        </span>
      ))}
      .{' '}
    </>
  );
}

/**
 * The mock interview's clock in the sidebar: time left, this step's budget, pause and finish; it also
 * announces the case's curveball when the clock reaches it. Rendered by InterviewPanel (interview-panel.tsx)
 * for a mock attempt only, so a practice attempt's pages do not download it.
 */
export function MockInterviewPanel({ caseSlug, step, curveball }: { caseSlug: string; step?: StepId; curveball?: CurveballForSteps }) {
  const context = useSessionContext();
  const session = useSession((state) => state.session);
  const actions = useSession((state) => state);
  const running = session?.interview.mode === 'mock' && !session.interview.finishedAt;
  const now = useNow(1_000, running);
  const [confirming, setConfirming] = useState(false);
  const [overLimit, setOverLimit] = useState<readonly OverLimitDraft[]>([]);
  const router = useRouter();
  const depart = useDepartures();
  const id = useId();

  const curveballDue = session ? isCurveballDue(session.interview, curveball, now) : false;
  const store = context.phase === 'ready' ? context.opened.store : undefined;
  useEffect(() => {
    if (!curveballDue || !curveball || !store) return;
    let cancelled = false;
    // The baseline reads the diagram, so its code loads only when the curveball actually comes.
    void import('@/lib/session/curveball-answer').then(({ sessionCurveballBaseline }) => {
      if (cancelled) return;
      const { session: current, announceCurveball } = store.getState();
      announceCurveball(sessionCurveballBaseline(current, curveball));
    });
    return () => {
      cancelled = true;
    };
  }, [curveballDue, curveball, store]);

  if (!session || !actions || context.phase !== 'ready') return null;
  const { interview } = session;
  if (interview.mode === 'practice') return null;

  const budgets = stepBudgets(interview.durationMinutes);
  if (interview.finishedAt) {
    return (
      <section className="interview-panel" aria-label="Interview mode">
        <p className="interview-mode">Mock interview · finished</p>
        <p className="muted">
          {formatClock(elapsedMs(interview, now))} used of {interview.durationMinutes}:00. The attempt is locked: its work and scores stay as they were. Keep
          practising on a copy from the report.
        </p>
        {step ? <Link href={`/cases/${caseSlug}/report`}>Read your report</Link> : null}
      </section>
    );
  }

  const left = remainingMs(interview, now);
  const paused = isPaused(interview);
  const onStep = step ? Math.floor((session.stepTimes[step] ?? 0) / MINUTE_MS) : undefined;
  async function finish() {
    // The panel stays while the learner moves between steps: the report opens only if they stayed on this one.
    const departure = depart();
    actions?.finishInterview();
    // Saved before leaving; a failed save is reported by the save status and must not trap the learner here.
    if (context.phase === 'ready') await context.opened.flush().catch(() => undefined);
    departure.go(() => router.push(`/cases/${caseSlug}/report`));
  }

  return (
    <section className="interview-panel interview-panel-mock" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="interview-mode">
        Mock interview{paused ? ' · paused' : ''}
      </h2>
      <p className={left < 0 ? 'interview-clock interview-clock-over' : 'interview-clock'} role="timer" aria-label={left < 0 ? 'Time over' : 'Time left'}>
        {left < 0 ? `${formatClock(-left)} over` : `${formatClock(left)} left`}
      </p>
      {step && onStep !== undefined ? (
        <p className={onStep > budgets[step] ? 'interview-budget interview-budget-over' : 'interview-budget'}>
          {getStep(step).title}: {onStep} of {budgets[step]} min
        </p>
      ) : null}
      {interview.curveballAt ? (
        <p className="interview-curveball">
          <span aria-hidden="true">⚑ </span>New requirement at minute {curveballMinute(interview)}: <a href={`#${CURVEBALL_PANEL_ID}`}>read it</a>
        </p>
      ) : null}
      <div className="button-row">
        {paused ? (
          <button type="button" className="button button-primary" onClick={() => actions.resumeInterview()}>
            Resume
          </button>
        ) : (
          <button type="button" className="button" onClick={() => actions.pauseInterview()}>
            Pause
          </button>
        )}
        {confirming ? null : (
          <button
            type="button"
            className="button"
            onClick={() => {
              // What is still over a limit is read when the learner asks to finish, not on every tick of the clock.
              setOverLimit(boxesOverLimit(session));
              setConfirming(true);
            }}
          >
            Finish interview
          </button>
        )}
      </div>
      {paused ? <p className="muted">The clock is stopped; the pause is recorded on your report.</p> : null}
      {left < 0 && !paused ? <p className="muted">Time is up. Wrap up and finish; the report shows how far over you went.</p> : null}
      {confirming ? (
        overLimit.length > 0 ? (
          <ConfirmGroup label="Finish the interview?" confirm="Finish anyway" onConfirm={() => void finish()} cancel="Shorten first" onCancel={() => setConfirming(false)}>
            Some of your text is past its length limit and would not be graded in full:
            <OverLimitList caseSlug={caseSlug} items={overLimit} />
            Shorten it first, or finish now: the report then grades only the part of each that fits (the first characters of a design field, the
            last saved version of any other box) and the attempt is locked.
          </ConfirmGroup>
        ) : (
          <ConfirmGroup label="Finish the interview?" confirm="Finish and see the report" onConfirm={() => void finish()} cancel="Keep going" onCancel={() => setConfirming(false)}>
            Finish now? The clock stops and your scores and findings appear on the report.
          </ConfirmGroup>
        )
      ) : null}
    </section>
  );
}
