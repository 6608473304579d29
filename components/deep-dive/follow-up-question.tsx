'use client';

import { useMemo } from 'react';
import type { ProbeAnswer } from '@/lib/deep-dive/probe';
import type { ProbeTurn } from '@/lib/deep-dive/probe-flow';
import { probeQuestion } from '@/lib/interview/probe-question';
import { ProbeQuestionForm } from '@/components/interview/probe-question-form';

/**
 * The scripted interviewer's follow-up on a key point (deep dive, practice, the mock's curveball):
 * the probe as the learner sees it (components/interview/probe-question-form.tsx). `onAnswer` gets
 * the answer once.
 */
export function FollowUpQuestion({ turn, onAnswer, disabled = false }: { turn: ProbeTurn; onAnswer: (answer: ProbeAnswer) => void; disabled?: boolean }) {
  const question = useMemo(() => probeQuestion(turn), [turn]);
  return <ProbeQuestionForm question={question} onAnswer={onAnswer} disabled={disabled} />;
}
