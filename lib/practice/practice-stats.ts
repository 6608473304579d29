// The schema lives in practice-stats-schema.ts: pages that show or record stats load it only when a
// stored record has to be read (components/practice/practice-store.ts), so these rules stay free of zod.
import type { PracticeStats, ShownAnswer } from './practice-stats-schema';

export type { PracticeStats, ShownAnswer };

/** Reveals kept at most; the oldest are dropped past it, so the record stays small. */
export const MAX_SHOWN = 300;

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

const shownKey = (topic: string, questionId: string) => `${topic}/${questionId}`;

/** Records that a question's answer was shown; the first reveal stands (showing it again changes nothing). */
export function recordShown(stats: PracticeStats, topic: string, questionId: string, settled: boolean, now: Date): PracticeStats {
  const key = shownKey(topic, questionId);
  if (stats.shown?.[key]) return stats;
  const entries = Object.entries(stats.shown ?? {});
  const kept = entries.length >= MAX_SHOWN ? entries.sort((a, b) => a[1].at.localeCompare(b[1].at)).slice(entries.length - MAX_SHOWN + 1) : entries;
  return { ...stats, shown: { ...Object.fromEntries(kept), [key]: { at: now.toISOString(), settled } } };
}

/** When the answer to a question was shown, if it was. */
export function shownAnswer(stats: PracticeStats, topic: string, questionId: string): ShownAnswer | undefined {
  return stats.shown?.[shownKey(topic, questionId)];
}

/** How many answers of a topic were shown before the learner settled the question. */
export function shownBeforeSettling(stats: PracticeStats, topic: string): number {
  return Object.entries(stats.shown ?? {}).filter(([key, entry]) => key.startsWith(`${topic}/`) && !entry.settled).length;
}
