'use client';

import type { StepResult } from '@/lib/scoring/finding';
import { resultAsShown } from '@/lib/scoring/shown-finding';
import type { AnswerStep } from '@/lib/session/session-schema';
import { StepScore } from './step-score';
import { ShowStepAnswer, useStepAnswerShown } from './show-step-answer';

/** A step's score as practice shows it: neutral findings until "Show the answer", then the full ones. */
export function TeachingStepScore({ step, result, title }: { step: AnswerStep; result: StepResult; title: string }) {
  const shown = useStepAnswerShown(step);
  return (
    <>
      <StepScore result={resultAsShown(result, shown)} title={title} />
      <ShowStepAnswer step={step} />
    </>
  );
}
