'use client';

import type { Rubric } from '@/lib/content/rubric-schema';
import type { RoomQuestion } from '@/lib/rooms/room-state-schema';
import { stepInstructions } from '@/lib/steps/step-instructions';
import { getStep } from '@/lib/steps/steps';
import type { StepId } from '@/lib/steps/steps';
import { NotesPanel } from '@/components/step/notes-panel';
import { StepWorkspace } from '@/components/step/step-workspace';
import { RoomClarify } from './room-clarify';

/**
 * One step of the interview as a mock shows it: what it asks for, the step's own workspace (the
 * same components as a mock, fed by the room's session) and its notes. Clarify is the room's own:
 * a person answers.
 */
export function RoomStepView({ step, rubric, caseSlug, questions, canAsk }: { step: StepId; rubric: Rubric; caseSlug: string; questions: readonly RoomQuestion[]; canAsk: boolean }) {
  const definition = getStep(step);
  const prompt = rubric.steps[step].prompt;
  return (
    <>
      <p className="step-kicker">Step {definition.number} of 5</p>
      <h2 className="room-step-title">{definition.title}</h2>
      <section className="panel" aria-label="What this step asks for">
        {prompt ? <p className="case-prompt">{prompt}</p> : null}
        <ul className="instructions">
          {stepInstructions(step).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      {step === 'clarify' ? <RoomClarify questions={questions} canAsk={canAsk} /> : <StepWorkspace step={step} rubric={rubric} caseSlug={caseSlug} />}
      <NotesPanel step={step} stepTitle={definition.title} />
    </>
  );
}
