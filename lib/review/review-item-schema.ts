import { z } from 'zod';
import { uniqueIds } from '../content/unique-ids';
import { assertNever } from '../util/assert-never';
import { emptyReviewQueue } from './queue-reading';

export { emptyReviewQueue };

/**
 * The review queue as kept in the browser. It is read back from localStorage, which a user or
 * another tab can damage, so every field is bounded and anything off is rejected as a whole.
 */

export const MAX_QUEUE_ITEMS = 500;
export const MAX_TITLE_CHARS = 200;
const MAX_COUNT = 1_000_000;
const MAX_DAYS = 100_000;

/** Content ids are kebab-case (cases, topics, questions, prompts, drill generators). */
const contentId = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const isoDate = z.iso.datetime();
const count = z.number().int().min(0).max(MAX_COUNT);
const days = z.number().int().min(0).max(MAX_DAYS);

/** An FSRS card as plain JSON: ts-fsrs's own field names, dates as ISO strings, state as its number. */
export const storedCardSchema = z.object({
  due: isoDate,
  stability: z.number().min(0).max(MAX_DAYS),
  difficulty: z.number().min(0).max(11),
  elapsed_days: days,
  scheduled_days: days,
  learning_steps: z.number().int().min(0).max(100),
  reps: count,
  lapses: count,
  /** New 0, Learning 1, Review 2, Relearning 3. */
  state: z.number().int().min(0).max(3),
  last_review: isoDate.optional(),
});
export type StoredCard = z.infer<typeof storedCardSchema>;

const title = z.string().trim().min(1).max(MAX_TITLE_CHARS);

/** A concept question of a practice topic. */
const questionSubjectSchema = z.object({ kind: z.literal('question'), topic: contentId, questionId: contentId, title });
/** A drill generator: each review serves a new seed (see drill-seed.ts); lastSeed is the drill last shown. */
const drillSubjectSchema = z.object({
  kind: z.literal('drill'),
  generatorId: contentId,
  topic: contentId,
  title,
  lastSeed: z.number().int().min(0).max(0xffffffff).optional(),
});
/** A deep-dive prompt of a case. */
const promptSubjectSchema = z.object({ kind: z.literal('prompt'), caseSlug: contentId, promptId: contentId, topic: contentId, title });

/** What to review, without its schedule: what the practice pages and the report hand to the queue. */
export const reviewSubjectSchema = z.discriminatedUnion('kind', [questionSubjectSchema, drillSubjectSchema, promptSubjectSchema]);
export type ReviewSubject = z.infer<typeof reviewSubjectSchema>;
export type ReviewKind = ReviewSubject['kind'];

/** The stable id of a subject: the same question, drill or prompt always lands on the same queue item. */
export function reviewItemId(subject: ReviewSubject): string {
  switch (subject.kind) {
    case 'question':
      return `question:${subject.topic}:${subject.questionId}`;
    case 'drill':
      return `drill:${subject.generatorId}`;
    case 'prompt':
      return `prompt:${subject.caseSlug}:${subject.promptId}`;
    default:
      return assertNever(subject, 'review item kind');
  }
}

const schedule = { id: z.string().max(200), addedAt: isoDate, card: storedCardSchema };

export const reviewItemSchema = z
  .discriminatedUnion('kind', [questionSubjectSchema.extend(schedule), drillSubjectSchema.extend(schedule), promptSubjectSchema.extend(schedule)])
  .refine((item) => item.id === reviewItemId(item), { message: 'id does not match the item', path: ['id'] });
export type ReviewItem = z.infer<typeof reviewItemSchema>;

export const reviewQueueSchema = z.object({
  items: z
    .array(reviewItemSchema)
    .max(MAX_QUEUE_ITEMS)
    .check(uniqueIds((item) => item.id, 'review item id')),
});
export type ReviewQueue = z.infer<typeof reviewQueueSchema>;

/**
 * Reads a stored queue, keeping every item that is still valid: one damaged item (a hand edit, an
 * older app) costs that item, not the learner's whole queue.
 */
export function readReviewQueue(stored: unknown): ReviewQueue {
  const whole = reviewQueueSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const items = (stored as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return emptyReviewQueue();
  const kept = new Map<string, ReviewItem>();
  for (const raw of items.slice(0, MAX_QUEUE_ITEMS)) {
    const item = reviewItemSchema.safeParse(raw);
    if (item.success && !kept.has(item.data.id)) kept.set(item.data.id, item.data);
  }
  return { items: [...kept.values()] };
}
