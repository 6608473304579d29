import type { Finding } from '../scoring/finding';

/** Points earned and at stake so far, with the finding that explains each one. */
export type Tally = { earned: number; available: number; findings: Finding[] };

type Detail = Omit<Finding, 'severity' | 'points'>;

export function newTally(): Tally {
  return { earned: 0, available: 0, findings: [] };
}

/** Points earned: they count towards both what was earned and what was available. */
export function earn(tally: Tally, points: number, detail: Detail): void {
  tally.earned += points;
  tally.available += points;
  tally.findings.push({ ...detail, severity: 'good', points });
}

/** Points at stake and not earned, because something is absent (missing) or incorrect (wrong). */
export function lose(tally: Tally, severity: 'missing' | 'wrong', points: number, detail: Detail): void {
  tally.available += points;
  tally.findings.push({ ...detail, severity, points });
}

/** Advice that moves no points. */
export function hint(tally: Tally, detail: Detail): void {
  tally.findings.push({ ...detail, severity: 'hint', points: 0 });
}

/** A learner's words inside a message, cut so one long field cannot flood the report. */
export const quote = (text: string) => `"${text.length > 80 ? `${text.slice(0, 77)}...` : text}"`;

/** The share of a point a bare run of keywords earns: naming topics is not stating a design. */
export const KEYWORD_RUN_SHARE = 1 / 3;

/**
 * Points for something named only inside a run of keywords: a third is earned, the rest is lost
 * with a finding quoting the run and asking for a sentence.
 */
export function earnFromKeywords(tally: Tally, points: number, detail: Detail, run: string): void {
  const earned = Math.round(points * KEYWORD_RUN_SHARE * 10) / 10;
  earn(tally, earned, detail);
  lose(tally, 'wrong', points - earned, {
    code: 'design.keyword-run',
    message: `${quote(run)} is a run of keywords, not a statement: say what is read or served, for whom, in a sentence to earn the rest.`,
    refs: detail.refs,
  });
}
