import { z } from 'zod';
import { clarifyTranscriptSchema } from '../clarify/transcript-schema';
import { designAnswerSchema } from '../design/design-answer-schema';
import { worksheetSchema } from '../estimate/worksheet-schema';

/** The kinds of answer the golden set holds; `gamed` answers use the right words for the wrong thing. */
export const GOLDEN_KINDS = ['strong', 'mediocre', 'gamed', 'empty', 'unusual'] as const;
export type GoldenKind = (typeof GOLDEN_KINDS)[number];

const base = {
  /** Unique across the whole set: `<case>-<step>-<short-name>`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  kind: z.enum(GOLDEN_KINDS),
  /** The score 0-100 an experienced interviewer gives, written down before the engine ran. Never edited to match it. */
  expected: z.number().min(0).max(100),
  /** Why the interviewer gives that score, in a sentence or two. */
  why: z.string().min(1).max(2000),
};

const caseSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * One hand-graded answer. The score compared is the engine's 0-100 for what the answer covers:
 * a whole step (clarify, estimate, design, diagram), one deep-dive prompt, or one practice question.
 */
export const goldenEntrySchema = z.discriminatedUnion('step', [
  z.strictObject({ ...base, step: z.literal('clarify'), case: caseSlug, answer: clarifyTranscriptSchema }),
  z.strictObject({ ...base, step: z.literal('estimate'), case: caseSlug, answer: worksheetSchema }),
  z.strictObject({ ...base, step: z.literal('design'), case: caseSlug, answer: designAnswerSchema }),
  z.strictObject({
    ...base,
    step: z.literal('diagram'),
    case: caseSlug,
    /** The scene file, relative to the golden JSON file that names it. */
    answer: z.strictObject({ scene: z.string().min(1) }),
  }),
  z.strictObject({
    ...base,
    step: z.literal('deep-dive'),
    case: caseSlug,
    answer: z.strictObject({ prompt: z.string().min(1), text: z.string().max(10_000) }),
  }),
  z.strictObject({
    ...base,
    step: z.literal('practice'),
    /** A lesson topic folder under content/lessons (kafka, spark-streaming, ...). */
    topic: z.string().min(1),
    answer: z.strictObject({ question: z.string().min(1), text: z.string().max(10_000) }),
  }),
]);
export type GoldenEntry = z.infer<typeof goldenEntrySchema>;
export type GoldenStep = GoldenEntry['step'];
export const GOLDEN_STEPS = ['clarify', 'estimate', 'design', 'diagram', 'deep-dive', 'practice'] as const satisfies readonly GoldenStep[];

/** `tests/golden/<area>/<name>.json`: `{ "entries": [...] }`. */
export const goldenFileSchema = z.strictObject({ entries: z.array(goldenEntrySchema).min(1) });
export type GoldenFile = z.infer<typeof goldenFileSchema>;
