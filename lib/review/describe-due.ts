const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** When a review falls, in words a learner reads at a glance: "now", "in 3 hours", "tomorrow", "in 3 days". */
export function describeDue(due: Date, now: Date): string {
  const wait = due.getTime() - now.getTime();
  if (wait <= 0) return 'now';
  if (wait < HOUR) return `in ${plural(Math.max(1, Math.round(wait / MINUTE)), 'minute')}`;
  if (wait < DAY) return `in ${plural(Math.round(wait / HOUR), 'hour')}`;
  const days = Math.round(wait / DAY);
  return days === 1 ? 'tomorrow' : `in ${plural(days, 'day')}`;
}
