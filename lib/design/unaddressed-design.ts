import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';

/**
 * The most a design can score when it names none of the case's use cases and serves none of its consumers: whatever
 * sources, modes and words it lists ("all data sources (CDC, events, files)", "a real-time event-driven lakehouse
 * delivering actionable insights to stakeholders"), it links nothing to anyone the business named, so there is no
 * design to check against the case. An interviewer gives such vocabulary-only designs almost nothing (golden round 18:
 * 10), as for a gamed one.
 */
export const UNADDRESSED_DESIGN_MAX = 15;

/** Finding codes that credit a use case stated or an output served (lib/design/score-use-cases.ts, score-outputs.ts). */
const ADDRESSING_CODES: ReadonlySet<string> = new Set(['design.use-case-named', 'design.output-named']);

/**
 * Caps at UNADDRESSED_DESIGN_MAX a graded design none of whose findings credits a use case or an output of the case,
 * with a finding saying so. Pure.
 */
export function capUnaddressed(result: StepResult): StepResult {
  if (result.findings.some((finding) => ADDRESSING_CODES.has(finding.code) && finding.severity === 'good')) return result;
  return capScore(result, UNADDRESSED_DESIGN_MAX, () => ({
    code: 'design.unaddressed-cap',
    severity: 'wrong',
    message: `Your design states none of the case's use cases and serves none of its consumers, so it is scored at most ${UNADDRESSED_DESIGN_MAX} out of 100: sources and terms linked to no reader and no business need are vocabulary, not a design. Say which use case each part serves and which consumer reads what, from which store.`,
    neutral: `Your design names none of the case's use cases or consumers, so it is scored at most ${UNADDRESSED_DESIGN_MAX} out of 100.`,
  }));
}
