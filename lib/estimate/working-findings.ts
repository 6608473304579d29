import type { Finding } from '../scoring/finding';
import type { DetailedRow } from './evaluate-worksheet';
import { formatNumber } from './format-quantity';
import type { WorkingJudgement } from './judge-working';
import type { PreparedQuantity } from './prepare-estimate';

/** Share of a quantity's points a landing value earns without the working (a bare number, a missing fact). */
export const WORKING_CREDIT = 0.5;

const WRONG_CODES = new Set(['estimate.assumption-far', 'estimate.fact-misread', 'estimate.errors-cancel', 'estimate.wrong-facts', 'estimate.part-missing']);

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * Findings on a row's working: an assumption far from the case's figures, the answer given without the
 * working, or facts and factors the row leaves out. `points` (what the working cost) goes on the first.
 */
export function workingFindings(row: DetailedRow, item: PreparedQuantity, judgement: WorkingJudgement, refs: string[], points: number, lands = true): Finding[] {
  const findings: Omit<Finding, 'points' | 'severity'>[] = [];
  const wrote = `${row.label} = ${row.expr.trim()}`;
  // A row that lands anyway lands through another figure off the other way; one that is off is off because of it.
  const farWhy = lands
    ? 'An intermediate figure that far off means the result only lands because another figure is off the other way; check each step against the facts.'
    : 'The case gives that figure: an assumption that far from it sizes a system the case does not describe, and everything built on it is off.'
  const misreadWhy = lands ? "The result lands only because another figure is off the other way; use the case's figure." : "The row is off because of it: use the case's figure.";
  for (const far of judgement.far) {
    findings.push({
      code: 'estimate.assumption-far',
      message: `${wrote} assumes ${far.text}, ${formatNumber(far.factor)}x away from ${far.nearest}${far.relabelled === undefined ? '' : `: ${far.relabelled}`}. ${farWhy}`,
      neutral: `${wrote} assumes ${far.text}, far from the case's figures. ${farWhy.replace(/^The case gives that figure: /, '')}`,
      refs,
    });
  }
  for (const misread of judgement.misread) {
    findings.push({
      code: 'estimate.fact-misread',
      message: `${wrote} uses ${misread.text} where the case says ${misread.nearest}, ${formatNumber(misread.factor)}x apart. ${misreadWhy}`,
      neutral: `${wrote} uses ${misread.text}, which is not what the case says. ${lands ? "The result lands only because another figure is off the other way; check the case's figure." : "The row is off because of it: check the case's figure."}`,
      refs,
    });
  }
  if (judgement.cancelling.length > 0) {
    const figures = list(judgement.cancelling.map((entry) => `${entry.text} (${formatNumber(entry.factor)}x off ${entry.nearest})`));
    findings.push({
      code: 'estimate.errors-cancel',
      message: `${wrote} lands only because its errors cancel: ${figures}. One figure is too high and another too low; fix each step against the case's facts.`,
      neutral: `${wrote} lands only because its errors cancel: one figure is too high and another too low. Check each step against the case's facts.`,
      refs,
    });
  }
  if (judgement.foreign.length > 0) {
    const used = list(judgement.foreign.map((entry) => (entry.text === entry.name ? entry.name : `${entry.text} (${entry.name})`)));
    const built = list(item.facts);
    findings.push({
      code: 'estimate.wrong-facts',
      message: `${wrote} uses ${used}, a figure of another part of the case: ${item.quantity.title.toLowerCase()} is built from ${built}. Consistent arithmetic on the wrong inputs gives the wrong size.`,
      neutral: `${wrote} uses a figure of another part of the case: ${item.quantity.title.toLowerCase()} is built from other facts. Consistent arithmetic on the wrong inputs gives the wrong size.`,
      refs,
    });
  }
  if (judgement.missingParts.length > 0) {
    findings.push({
      code: 'estimate.part-missing',
      message: `${wrote} leaves out ${list(judgement.missingParts)}: ${item.quantity.title.toLowerCase()} adds up every part the case names, and a total without ${judgement.missingParts.length === 1 ? 'it' : 'them'} sizes a different system.`,
      neutral: `${wrote} leaves out a part the case names: ${item.quantity.title.toLowerCase()} adds up every part, and a total without it sizes a different system.`,
      refs,
    });
  }
    const needs = [...judgement.missingFacts, ...judgement.missingFactors];
  const built = list([...item.facts, ...item.factors.map((factor) => `${factor.label} (${factor.text})`)]);
  if (judgement.working.bare && needs.length > 0) {
    findings.push({
      code: 'estimate.working-missing',
      message: `${wrote} gives the answer without the working: show how you get there from ${built}, so the interviewer can follow each step and catch a slip.`,
      neutral: `${wrote} gives the answer without the working: show how you get there from the case's facts, so the interviewer can follow each step and catch a slip.`,
      refs,
    });
  } else if (needs.length > 0) {
    findings.push({
      code: 'estimate.working-incomplete',
      message: `${wrote} does not use ${list(needs)}: ${item.quantity.title.toLowerCase()} is built from ${built}. A value that lands without them is a guess the interviewer cannot check.`,
      neutral: `${wrote} leaves out some of the figures ${item.quantity.title.toLowerCase()} is built from. A value that lands without them is a guess the interviewer cannot check.`,
      refs,
    });
  }
  return findings.map((finding, index) => {
    const cost = index === 0 ? points : 0;
    return { ...finding, severity: cost > 0 ? (WRONG_CODES.has(finding.code) ? 'wrong' : 'missing') : 'hint', points: cost };
  });
}
