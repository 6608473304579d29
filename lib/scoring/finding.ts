import { z } from 'zod';

/** good: earned points; missing: something expected is absent; wrong: something present is incorrect; hint: advice, no points. */
export const severitySchema = z.enum(['good', 'missing', 'wrong', 'hint']);
export type Severity = z.infer<typeof severitySchema>;

export const findingSchema = z.object({
  /** Stable machine code, e.g. `clarify.topic-missing`; tests and reports key on it. */
  code: z.string().min(1),
  severity: severitySchema,
  message: z.string().min(1),
  /** Never negative: the points earned (good) or the points at stake that were not earned (missing/wrong); 0 for hints. */
  points: z.number().min(0),
  /** What the finding is about: element ids on the canvas, worksheet row names, fact ids. */
  refs: z.array(z.string()).optional(),
  /**
   * The same finding with the answer left out: what is missing or wrong, quoting the learner, without
   * naming the expected content ("Your answer does not say what happens to the offsets after a
   * restart"). Practice shows it until the learner asks to see the answer; absent when `message`
   * gives nothing away.
   */
  neutral: z.string().min(1).optional(),
  /**
   * Complete but not exemplary: the points this finding holds back are depth (the why, a failure walked through, an
   * alternative weighed; lib/scoring/depth.ts), not a key point missed, so study-next and review do not send the
   * learner back to the lesson for it. Absent on every other finding.
   */
  depth: z.literal(true).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const stepResultSchema = z.object({
  score: z.number().min(0).max(100),
  findings: z.array(findingSchema),
});
export type StepResult = z.infer<typeof stepResultSchema>;

/** Every scoring engine has this shape: a pure function of the learner's answer and the case's rubric. */
export type ScoringEngine<Answer, Rubric> = (answer: Answer, rubric: Rubric) => StepResult;
