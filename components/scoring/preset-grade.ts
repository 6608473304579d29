import type { EstimateGrade } from '@/lib/estimate/grade-estimate';
import type { DeepDiveFollowUps } from '@/lib/deep-dive/follow-up-schema';
import type { StepAnswers } from '@/lib/session/session-schema';
import type { StepResult } from '@/lib/scoring/finding';
import { canonicalJson } from '@/lib/util/canonical-json';

/**
 * A grade the server computed for a step's untouched answer: `key` is the canonical JSON of the input
 * it graded (lib/util/canonical-json.ts), `result` what the engine returned for it. A page opened on an
 * untouched step shows it without downloading the engine (components/scoring/use-lazy-engine.ts).
 * Shared by the server (which builds it) and the browser (which compares), so neither is 'use client'.
 */
export type PresetGrade<R> = { key: string; result: R };

/** The estimate step's view: the worksheet's grade and the figures step 1 uncovered. */
export type EstimateView = { graded: EstimateGrade; availableValues: Record<string, string> };

/** The preset grade of each step that has one (the diagram's checklist grades in a worker instead). */
export type StepPresets = {
  clarify?: PresetGrade<StepResult>;
  estimate?: PresetGrade<EstimateView>;
  design?: PresetGrade<StepResult>;
  'deep-dive'?: PresetGrade<StepResult>;
};

/** The canonical key of a grader's input, as PresetGrade holds it. */
export function presetKey(input: unknown): string {
  return canonicalJson(input);
}

/** The preset's result when `input` is the very input the server graded; undefined otherwise. */
export function presetResult<R>(preset: PresetGrade<R> | undefined, input: unknown): R | undefined {
  return preset !== undefined && preset.key === presetKey(input) ? preset.result : undefined;
}

/** What the deep-dive feedback grades: the answers and their follow-ups. */
export function deepDiveGradeInput(answers: Readonly<Record<string, string>>, followUps: DeepDiveFollowUps | undefined): unknown {
  return { answers, followUps };
}

/** What the estimate worksheet's grade reads: the rows, the clarify answers that reveal figures, and the step's notes. */
export function estimateGradeInput(rows: StepAnswers['estimate']['rows'], clarify: StepAnswers['clarify'] | undefined, notes: string | undefined): unknown {
  return { rows, clarify, notes };
}
