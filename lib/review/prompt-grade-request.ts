import { z } from 'zod';
import type { DeepDivePrompt } from '../content/rubric-schema';
import { deepDiveAnswerTextSchema } from '../deep-dive/answer-text-schema';
import { promptFollowUpSchema } from '../deep-dive/follow-up-schema';
import { promptInterview } from '../deep-dive/follow-ups';
import type { PromptInterview } from '../deep-dive/follow-ups';

/**
 * What a review card sends to be graded (POST /api/review/prompt): the case and prompt by id, the answer as typed and
 * the card's follow-ups. The case's rubric stays on the server.
 */
export const promptGradeRequestSchema = z.strictObject({
  caseSlug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120),
  promptId: z.string().min(1).max(120),
  answer: deepDiveAnswerTextSchema,
  followUp: promptFollowUpSchema,
});
export type PromptGradeRequest = z.infer<typeof promptGradeRequestSchema>;

/** The case a request names, as far as grading needs it: its deep-dive prompts and its whole rubric (any shape). */
export type GradingCase = { prompts: readonly DeepDivePrompt[]; rubric: unknown };

export type PromptGradeOutcome = { ok: true; state: PromptInterview } | { ok: false; status: 400 | 404; error: string };

/**
 * Grades a review card's deep-dive answer as the deep-dive step and the report do: with the case's rubric, so an
 * answer written for another business is capped (lib/deep-dive/off-case.ts), and with the card's follow-ups.
 * Input: the request body (unknown, checked here) and a lookup of a case by slug. Output: the prompt's interview
 * state, or a 400 (the body is not a request; the message names the field) or a 404 (no such case or prompt). Pure.
 */
export function gradePromptRequest(body: unknown, findCase: (slug: string) => GradingCase | undefined): PromptGradeOutcome {
  const parsed = promptGradeRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, status: 400, error: `${where}${issue?.message ?? 'not a grading request'}` };
  }
  const { caseSlug, promptId, answer, followUp } = parsed.data;
  const content = findCase(caseSlug);
  if (!content) return { ok: false, status: 404, error: `There is no case "${caseSlug}".` };
  const prompt = content.prompts.find((candidate) => candidate.id === promptId);
  if (!prompt) return { ok: false, status: 404, error: `The case "${caseSlug}" has no deep-dive question "${promptId}".` };
  return { ok: true, state: promptInterview(prompt, answer, followUp, content.rubric) };
}
