'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useDepartures } from '@/components/shared/use-departures';
import { formatClock, remainingMs } from '@/lib/interview/interview-clock';
import { getStep } from '@/lib/steps/steps';
import { useSavedSession } from '@/components/catalogue/use-saved-session';

/** Start or resume the case in practice, or start a timed mock interview as a new attempt. */
export function StartOptions({ caseSlug, durationMinutes, hasCurveball }: { caseSlug: string; durationMinutes: number; hasCurveball: boolean }) {
  const saved = useSavedSession(caseSlug);
  const router = useRouter();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [starting, setStarting] = useState(false);
  // The attempt starts either way; its first step opens only if the learner is still on the brief.
  const depart = useDepartures();

  async function startMock() {
    const departure = depart();
    setStarting(true);
    setProblem(undefined);
    try {
      const [{ openBrowserStore }, { startMockSession }] = await Promise.all([import('@/lib/storage/idb-store'), import('@/lib/storage/session-history')]);
      const { store, problem: storageProblem } = await openBrowserStore();
      if (storageProblem) {
        setProblem(`A mock interview needs browser storage to keep its clock: ${storageProblem}`);
        setStarting(false);
        return;
      }
      await startMockSession(store, caseSlug, durationMinutes, new Date());
      departure.go(() => router.push(`/cases/${caseSlug}/clarify`));
    } catch (error) {
      setProblem(`The mock interview could not start: ${error instanceof Error ? error.message : String(error)}`);
      setStarting(false);
    }
  }

  // A mock is the case's active session: practice starts a new attempt beside it, not inside it.
  async function startPractice() {
    const departure = depart();
    setStarting(true);
    try {
      const [{ openBrowserStore }, { startNewSession }] = await Promise.all([import('@/lib/storage/idb-store'), import('@/lib/storage/session-history')]);
      await startNewSession((await openBrowserStore()).store, caseSlug);
      departure.go(() => router.push(`/cases/${caseSlug}/clarify`));
    } catch (error) {
      setProblem(`The practice attempt could not start: ${error instanceof Error ? error.message : String(error)}`);
      setStarting(false);
    }
  }

  const session = saved.state === 'found' ? saved.session : undefined;
  const runningMock = session?.interview.mode === 'mock' && !session.interview.finishedAt ? session : undefined;
  // A finished mock keeps its report as it was: practice goes on in a new attempt.
  const finishedMock = session?.interview.mode === 'mock' && session.interview.finishedAt !== undefined;
  const step = session ? getStep(session.currentStep) : undefined;
  return (
    <div className="start-options">
      <section className="start-option" aria-labelledby="start-practice">
        <h2 id="start-practice">Practice</h2>
        <p className="muted">Untimed, with feedback and hints as you work.</p>
        {runningMock || finishedMock ? (
          <button type="button" className="button" onClick={() => void startPractice()} disabled={starting}>
            Start a practice attempt
          </button>
        ) : session && step ? (
          <Link className="button button-primary" href={`/cases/${caseSlug}/${step.id}`}>
            Resume at step {step.number}: {step.title}
          </Link>
        ) : (
          <Link className="button button-primary" href={`/cases/${caseSlug}/clarify`} aria-busy={saved.state === 'loading'}>
            Start the interview
          </Link>
        )}
      </section>
      <section className="start-option" aria-labelledby="start-mock">
        <h2 id="start-mock">Mock interview</h2>
        <p className="muted">
          {durationMinutes} minutes on a clock with a budget per step; feedback at the end{hasCurveball ? '; the interviewer may change a requirement along the way' : ''}. A mock is a new attempt: your current one stays in your history.
        </p>
        {runningMock && step ? (
          <Link className="button button-primary" href={`/cases/${caseSlug}/${step.id}`}>
            Resume the mock ({formatClock(Math.max(0, remainingMs(runningMock.interview, new Date())))} left)
          </Link>
        ) : (
          <button type="button" className="button" onClick={() => void startMock()} disabled={starting}>
            {starting ? 'Starting…' : 'Start a mock interview'}
          </button>
        )}
      </section>
      {problem ? (
        <p className="notice notice-warn start-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
