import type { Rubric } from '@/lib/content/rubric-schema';
import type { Question } from '@/lib/practice/question-schema';

export type DeepDivePrompt = Rubric['steps']['deep-dive']['prompts'][number];

/** What the review page needs from the content, loaded on the server: questions by topic and the cases' deep-dive prompts. */
export type ReviewContent = {
  topics: { topic: string; title: string; questions: Question[] }[];
  prompts: { caseSlug: string; caseTitle: string; prompt: DeepDivePrompt }[];
};
