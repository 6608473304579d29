import { describe, expect, it } from 'vitest';
import { currentStreak, emptyPracticeStats, recordAttempt, topicAccuracy } from '../../../lib/practice/practice-stats';
import { practiceStatsSchema } from '../../../lib/practice/practice-stats-schema';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('practice stats', () => {
  it('counts accuracy per topic', () => {
    let stats = emptyPracticeStats();
    stats = recordAttempt(stats, 'kafka', true, day('2026-11-20'));
    stats = recordAttempt(stats, 'kafka', false, day('2026-11-20'));
    stats = recordAttempt(stats, 'kafka', true, day('2026-11-20'));
    expect(topicAccuracy(stats, 'kafka')).toEqual({ attempts: 3, percent: 67 });
    expect(topicAccuracy(stats, 'airflow')).toEqual({ attempts: 0, percent: null });
    expect(practiceStatsSchema.parse(stats)).toEqual(stats);
  });

  it('keeps a streak of days with a correct answer, and lets it lapse', () => {
    let stats = emptyPracticeStats();
    stats = recordAttempt(stats, 'kafka', true, day('2026-11-20'));
    stats = recordAttempt(stats, 'kafka', true, day('2026-11-20'));
    stats = recordAttempt(stats, 'airflow', true, day('2026-11-21'));
    stats = recordAttempt(stats, 'airflow', false, day('2026-11-22'));
    expect(stats.streak).toEqual({ current: 2, best: 2, lastDay: '2026-11-21' });
    expect(currentStreak(stats, day('2026-11-22'))).toBe(2);
    expect(currentStreak(stats, day('2026-11-24'))).toBe(0);
    stats = recordAttempt(stats, 'kafka', true, day('2026-11-25'));
    expect(stats.streak).toEqual({ current: 1, best: 2, lastDay: '2026-11-25' });
  });
});
