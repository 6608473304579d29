import { z } from 'zod';

const topicStatsSchema = z.object({ attempts: z.number().int().min(0), correct: z.number().int().min(0) });

/** When a question's answer was shown, and whether the learner had settled the question first (checked, follow-ups answered). */
export const shownAnswerSchema = z.object({ at: z.iso.datetime({ offset: true }), settled: z.boolean() });
export type ShownAnswer = z.infer<typeof shownAnswerSchema>;

/** What the practice area remembers in the browser: accuracy per topic and a streak of practice days. */
export const practiceStatsSchema = z.object({
  byTopic: z.record(z.string().max(40), topicStatsSchema),
  /** Consecutive days (UTC) with at least one correct answer, ending on `lastDay`. */
  streak: z.object({ current: z.number().int().min(0), best: z.number().int().min(0), lastDay: z.string().nullable() }),
  /** Questions whose model answer the learner asked to see, by `topic/questionId`; optional, older records have none. */
  shown: z.record(z.string().max(200), shownAnswerSchema).optional(),
});
export type PracticeStats = z.infer<typeof practiceStatsSchema>;

/**
 * The stored stats, validated; undefined when `stored` is not a valid record (a damaged record starts
 * the stats afresh instead of breaking the page).
 */
export function readPracticeStats(stored: unknown): PracticeStats | undefined {
  const parsed = practiceStatsSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}
