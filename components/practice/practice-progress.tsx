'use client';

import { currentStreak, shownBeforeSettling, topicAccuracy } from '@/lib/practice/practice-stats';
import { usePracticeStats } from './practice-store';

export function PracticeStreak() {
  const stats = usePracticeStats();
  if (!stats) return null;
  const streak = currentStreak(stats, new Date());
  return (
    <p className="practice-streak" role="status">
      {streak > 0 ? `${streak}-day streak` : 'No streak yet: answer one question or drill correctly today.'} · best {stats.streak.best} {stats.streak.best === 1 ? 'day' : 'days'}
    </p>
  );
}

export function TopicAccuracy({ topic }: { topic: string }) {
  const stats = usePracticeStats();
  const accuracy = stats ? topicAccuracy(stats, topic) : undefined;
  if (!accuracy || accuracy.percent === null) return <p className="muted topic-accuracy">Not practised yet</p>;
  const shown = stats ? shownBeforeSettling(stats, topic) : 0;
  return (
    <p className="topic-accuracy">
      {accuracy.percent}% correct over {accuracy.attempts} {accuracy.attempts === 1 ? 'answer' : 'answers'}
      {shown > 0 ? ` · ${shown} ${shown === 1 ? 'answer' : 'answers'} shown before settling` : ''}
    </p>
  );
}
