import Link from 'next/link';
import { CurveballNotice } from '@/components/interview/curveball-notice';
import { InterviewPanel } from '@/components/interview/interview-panel';
import { StepTimer } from '@/components/interview/step-timer';
import { SaveStatus } from '@/components/session/save-status';
import { SessionNotices } from '@/components/session/session-notices';
import { stepInstructions } from '@/lib/steps/step-instructions';
import { getStep, neighbouringSteps } from '@/lib/steps/steps';
import type { StepId } from '@/lib/steps/steps';
import type { Rubric } from '@/lib/content/rubric-schema';
import type { CurveballForSteps } from '@/lib/interview/score-curveball';
import type { StepPresets } from '@/components/scoring/preset-grade';
import { LockedWork } from './locked-work';
import { NotesPanel } from './notes-panel';
import { StepWorkspace } from './step-workspace';
import { Stepper } from './stepper';
import { StepVisit } from './step-visit';

type StepPageProps = { caseSlug: string; caseTitle: string; step: StepId; casePrompt?: string; rubric: Rubric; curveball?: CurveballForSteps; presets?: StepPresets };

/**
 * The frame every step shares: stepper, instructions, the step's workspace and notes. Rendered on the server for a
 * shipped case, so the instructions arrive as text (lib/steps/step-instructions.ts) and the stepper's steps.ts stays small.
 */
export function StepPage({ caseSlug, caseTitle, step, casePrompt, rubric, curveball, presets }: StepPageProps) {
  const definition = getStep(step);
  const { previous, next } = neighbouringSteps(step);
  return (
    <>
      <StepVisit step={step} />
      <StepTimer step={step} />
      <div className="step-layout">
        <aside className="step-sidebar">
          <p className="breadcrumb">
            <Link href={`/cases/${caseSlug}`}>{caseTitle}</Link>
          </p>
          <Stepper caseSlug={caseSlug} current={step} />
          <InterviewPanel caseSlug={caseSlug} step={step} curveball={curveball} />
          <SaveStatus />
        </aside>
        <div className="step-main">
          <SessionNotices />
          <CurveballNotice curveball={curveball} />
          <p className="step-kicker">
            Step {definition.number} of 5
          </p>
          <h1>{definition.title}</h1>
          <section className="panel" aria-labelledby="instructions-heading">
            <h2 id="instructions-heading">What this step asks for</h2>
            {casePrompt ? <p className="case-prompt">{casePrompt}</p> : null}
            <ul className="instructions">
              {stepInstructions(step).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
          <LockedWork>
            <StepWorkspace step={step} rubric={rubric} caseSlug={caseSlug} presets={presets} />
            <NotesPanel step={step} stepTitle={definition.title} />
          </LockedWork>
          <nav className="step-nav" aria-label="Previous and next step">
            {previous ? (
              <Link className="button" href={`/cases/${caseSlug}/${previous.id}`} rel="prev">
                ← {previous.title}
              </Link>
            ) : (
              <Link className="button" href={`/cases/${caseSlug}`}>
                ← Brief
              </Link>
            )}
            {next ? (
              <Link className="button button-primary" href={`/cases/${caseSlug}/${next.id}`} rel="next">
                {next.title} →
              </Link>
            ) : (
              <Link className="button button-primary" href={`/cases/${caseSlug}/report`}>
                Report →
              </Link>
            )}
          </nav>
        </div>
      </div>
    </>
  );
}
