import { loadCase } from '../../../lib/content/load-cases';
import type { DeepDivePrompt } from '../../../lib/content/rubric-schema';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

/** A case's deep-dive prompt by the case's slug and the prompt's id (content/cases/<slug>/rubric.yaml); throws when the case has no such prompt. */
export function promptOf(slug: string, id: string): DeepDivePrompt {
  const found = loadCase(slug).rubric.steps['deep-dive'].prompts.find((prompt) => prompt.id === id);
  if (!found) throw new Error(`no prompt ${id} in ${slug}`);
  return found;
}

/** The share of a prompt's points an answer earns, 0-100, unrounded (no probe answers, no case fit). */
export const percent = (prompt: DeepDivePrompt, answer: string) => {
  const scored = scoreDeepDivePrompt(prompt, answer);
  return (100 * scored.earned) / scored.available;
};

/** `percent` rounded to a whole number, as the step's score is. */
export const roundedPercent = (prompt: DeepDivePrompt, answer: string) => {
  const scored = scoreDeepDivePrompt(prompt, answer);
  return Math.round((100 * scored.earned) / scored.available);
};

/** How an answer fared on one key point (`id`): its result with status, earned points and quote; undefined for an unknown id. */
export const pointOf = (prompt: DeepDivePrompt, answer: string, id: string) => scoreDeepDivePrompt(prompt, answer).points.find((point) => point.id === id);

/** The status ('met', 'missing', 'contradicted', ...) of one key point (`id`) for an answer; undefined for an unknown id. */
export const statusOf = (prompt: DeepDivePrompt, answer: string, id: string) => scoreDeepDivePrompt(prompt, answer).points.find((point) => point.id === id)?.status;
