'use client';

import type { Interview } from '@/lib/interview/interview-schema';
import { sessionProgress } from '@/lib/session/session-progress';
import { STEP_IDS } from '@/lib/steps/steps';
import { useSavedSession } from './use-saved-session';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** A mock in progress or just finished is worth a word on the card: the learner may want to go back to it. */
function modeNote(interview: Interview): string {
  if (interview.mode === 'practice') return '';
  return interview.finishedAt ? ' · mock interview finished' : ' · mock interview in progress';
}

export function CaseProgress({ caseSlug }: { caseSlug: string }) {
  const saved = useSavedSession(caseSlug);
  if (saved.state === 'loading') return <p className="case-progress muted">Checking your progress…</p>;
  if (saved.state === 'none') return <p className="case-progress muted">Not started</p>;
  const progress = sessionProgress(saved.session);
  return (
    <div className="case-progress">
      <progress max={STEP_IDS.length} value={progress.stepsWithWork} aria-label="Steps with work">
        {progress.stepsWithWork} of {STEP_IDS.length}
      </progress>
      <p>
        {progress.stepsWithWork} of {STEP_IDS.length} steps with work · last worked on {dateFormat.format(new Date(progress.updatedAt))}
        {modeNote(saved.session.interview)}
      </p>
    </div>
  );
}
