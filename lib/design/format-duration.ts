const STEPS: readonly { seconds: number; one: string; many: string }[] = [
  { seconds: 86_400, one: 'day', many: 'days' },
  { seconds: 3600, one: 'hour', many: 'hours' },
  { seconds: 60, one: 'minute', many: 'minutes' },
  { seconds: 1, one: 'second', many: 'seconds' },
];

/** Seconds as a learner would say them in a finding: 300 -> "5 minutes", 0.5 -> "500 ms", 5400 -> "1.5 hours". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return 'no time at all';
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  const step = STEPS.find((candidate) => seconds >= candidate.seconds) ?? STEPS[STEPS.length - 1];
  if (!step) return `${seconds} seconds`;
  // One decimal is enough to tell 1.5 hours from 2 and keeps the text stable.
  const amount = Math.round((seconds / step.seconds) * 10) / 10;
  return `${amount} ${amount === 1 ? step.one : step.many}`;
}
