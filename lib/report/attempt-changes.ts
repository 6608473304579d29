/** One attempt at a case as the history lists it: its total, or null while a mock holds it back. */
export type AttemptTotal = { id: string; createdAt: string; total: number | null };

/**
 * Each attempt's total against the attempt before it (by start time), so progress over time reads at
 * a glance: `first attempt`, `+7`, `−3` or `same`. Attempts without a total are skipped.
 */
export function changeSincePrevious(attempts: readonly AttemptTotal[]): Map<string, string> {
  const changes = new Map<string, string>();
  const chronological = attempts
    .filter((attempt): attempt is AttemptTotal & { total: number } => attempt.total !== null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  chronological.forEach((attempt, index) => {
    const previous = chronological[index - 1];
    if (!previous) return changes.set(attempt.id, 'first attempt');
    const delta = attempt.total - previous.total;
    changes.set(attempt.id, delta === 0 ? 'same' : delta > 0 ? `+${delta}` : `−${-delta}`);
  });
  return changes;
}
