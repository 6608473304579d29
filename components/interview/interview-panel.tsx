'use client';

import { lazyPart } from '@/components/shared/lazy-part';
import type { CurveballForSteps } from '@/lib/interview/score-curveball';
import type { StepId } from '@/lib/steps/steps';
import { useSession, useSessionContext } from '@/components/session/session-provider';

// The clock, budgets, pause and finish of a mock attempt (with the confirm and departure guards they use):
// its own chunk, loaded once the opened attempt turns out to be a mock, so practice pages never download it.
const MockInterviewPanel = lazyPart(() => import('./mock-interview-panel').then((module) => module.MockInterviewPanel));

/**
 * The interview mode in the sidebar: in practice mode it says so; a mock attempt gets its clock
 * (mock-interview-panel.tsx). Nothing while the session opens.
 */
export function InterviewPanel({ caseSlug, step, curveball }: { caseSlug: string; step?: StepId; curveball?: CurveballForSteps }) {
  const ready = useSessionContext().phase === 'ready';
  const mode = useSession((state) => state.session.interview.mode);
  if (!ready || mode === undefined) return null;
  if (mode === 'practice') {
    return (
      <section className="interview-panel" aria-label="Interview mode">
        <p className="interview-mode">Practice · untimed</p>
        <p className="muted interview-practice-note">Feedback as you work. Start a mock interview from the case brief for a timed run.</p>
      </section>
    );
  }
  return <MockInterviewPanel caseSlug={caseSlug} step={step} curveball={curveball} />;
}
