import { z } from 'zod';

const topicStatsSchema = z.object({ attempts: z.number().int().min(0), correct: z.number().int().min(0) });

/** What the practice area remembers in the browser: accuracy per topic and a streak of practice days. */
export const practiceStatsSchema = z.object({
  byTopic: z.record(z.string().max(40), topicStatsSchema),
  /** Consecutive days (UTC) with at least one correct answer, ending on `lastDay`. */
  streak: z.object({ current: z.number().int().min(0), best: z.number().int().min(0), lastDay: z.string().nullable() }),
});
export type PracticeStats = z.infer<typeof practiceStatsSchema>;

export function emptyPracticeStats(): PracticeStats {
  return { byTopic: {}, streak: { current: 0, best: 0, lastDay: null } };
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const previousDay = (day: string) => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000));

/** Records one answered question or drill; pure, so the same history always gives the same stats. */
export function recordAttempt(stats: PracticeStats, topic: string, correct: boolean, now: Date): PracticeStats {
  const before = stats.byTopic[topic] ?? { attempts: 0, correct: 0 };
  const byTopic = { ...stats.byTopic, [topic]: { attempts: before.attempts + 1, correct: before.correct + (correct ? 1 : 0) } };
  if (!correct) return { ...stats, byTopic };
  const today = dayOf(now);
  const { lastDay, current, best } = stats.streak;
  const next = lastDay === today ? current : lastDay === previousDay(today) ? current + 1 : 1;
  return { byTopic, streak: { current: next, best: Math.max(best, next), lastDay: today } };
}

/** The streak as it stands today: it lapses when a whole day passed without a correct answer. */
export function currentStreak(stats: PracticeStats, now: Date): number {
  const { lastDay, current } = stats.streak;
  const today = dayOf(now);
  return lastDay === today || lastDay === previousDay(today) ? current : 0;
}

export function topicAccuracy(stats: PracticeStats, topic: string): { attempts: number; percent: number | null } {
  const entry = stats.byTopic[topic];
  if (!entry || entry.attempts === 0) return { attempts: 0, percent: null };
  return { attempts: entry.attempts, percent: Math.round((entry.correct / entry.attempts) * 100) };
}
