import type { Finding, Severity } from '../scoring/finding';
import { assertNever } from '../util/assert-never';

/** Problems before advice before credit: what to fix first reads first. */
export const SEVERITY_ORDER: readonly Severity[] = ['wrong', 'missing', 'hint', 'good'];

export type SeverityGroup = { severity: Severity; heading: string; findings: readonly Finding[] };

export function severityHeading(severity: Severity): string {
  switch (severity) {
    case 'wrong':
      return 'Wrong';
    case 'missing':
      return 'Missing';
    case 'hint':
      return 'Hints';
    case 'good':
      return 'Earned';
    default:
      return assertNever(severity, 'severity');
  }
}

/** The findings by severity in SEVERITY_ORDER, keeping the engine's order inside a group; empty groups are left out. */
export function groupBySeverity(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITY_ORDER.map((severity) => ({ severity, heading: severityHeading(severity), findings: findings.filter((finding) => finding.severity === severity) })).filter(
    (group) => group.findings.length > 0,
  );
}
