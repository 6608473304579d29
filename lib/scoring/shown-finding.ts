import type { Finding, StepResult } from './finding';

/**
 * What a learner sees of feedback in practice: findings teach without handing over the answer until
 * the learner asks to see it. Engines write both texts (`message` with the answer, `neutral`
 * without); pages only choose, with these helpers.
 */

/** The full message once the answer was shown, otherwise the neutral one when the engine wrote one. */
export function visibleMessage(finding: Finding, answerShown: boolean): string {
  return answerShown ? finding.message : (finding.neutral ?? finding.message);
}

/** A finding as shown: its message chosen by `visibleMessage`, and no neutral copy left to leak. */
export function asShown(finding: Finding, answerShown: boolean): Finding {
  const { neutral: _neutral, ...rest } = finding;
  return { ...rest, message: visibleMessage(finding, answerShown) };
}

/**
 * A step's result as shown: each finding through `asShown`; findings that read the same once
 * neutral (six "a core entity is missing") are shown once, their points added and their refs joined,
 * with how many they were. The score is unchanged.
 */
export function resultAsShown(result: StepResult, answerShown: boolean): StepResult {
  if (answerShown) return { score: result.score, findings: result.findings.map((finding) => asShown(finding, true)) };
  const merged = new Map<string, { finding: Finding; count: number }>();
  for (const finding of result.findings) {
    const shown = asShown(finding, false);
    const key = `${shown.severity}\u0000${shown.message}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { finding: shown, count: 1 });
      continue;
    }
    const refs = [...(seen.finding.refs ?? []), ...(shown.refs ?? [])];
    seen.count += 1;
    seen.finding = { ...seen.finding, points: Math.round((seen.finding.points + shown.points) * 100) / 100, ...(refs.length > 0 ? { refs } : {}) };
  }
  const findings = [...merged.values()].map(({ finding, count }) => (count > 1 ? { ...finding, message: `${finding.message} (${count} of these)` } : finding));
  return { score: result.score, findings };
}
