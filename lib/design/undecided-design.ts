import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { readText } from '../text/read-text';
import { listedOptions, readUnchosenOptions } from '../text/unchosen-options';
import type { DesignAnswer } from './design-answer-schema';
import { DEFERRED_DESIGN_MAX } from './uncommitted-design';
import { quote } from './tally';

/**
 * The most a design can score when its reason lays out whole designs side by side ("Option A (lambda): ... Option B
 * (kappa): ...") and never chooses one, or hands the choice to nothing ("both are valid; it depends on the team"): the
 * fields around it may be right, but the decision the candidate was asked to make is left to the interviewer. Signed
 * as a deferred design is (DEFERRED_DESIGN_MAX; golden round 23: an e-commerce design with two fair options and no
 * choice, 45). One chosen at the end ("I choose B: ...") is a weighed alternative and earns full credit for it.
 */
export const UNDECIDED_DESIGN_MAX = DEFERRED_DESIGN_MAX;

/** The fewest words an option needs to be a design of its own rather than one part's candidate ("Option 1: Redis"). */
export const MIN_DESIGN_OPTION_WORDS = 8;

/** The share of the reason's words the unchosen options must cover: then they are the reason, not an aside in it. */
export const MIN_OPTIONS_SHARE = 1 / 2;

const wordCount = (text: string) => text.split(/\s+/).filter((word) => /\w/.test(word)).length;

/**
 * Reads whether a design's reason sets out two or more whole designs and chooses none (see UNDECIDED_DESIGN_MAX):
 * options set out under headings or after an intro (lib/text/unchosen-options.ts) with nothing chosen and the choice
 * handed to no named condition, each at least MIN_DESIGN_OPTION_WORDS words, together at least MIN_OPTIONS_SHARE of the
 * reason. Output: the options verbatim and the cue that offered them, or undefined. Pure.
 */
export function readUndecidedDesign(answer: Pick<DesignAnswer, 'reason'>): { options: string[]; cue: string } | undefined {
  if (answer.reason.trim() === '') return undefined;
  const total = wordCount(answer.reason);
  const set = readUnchosenOptions(readText(answer.reason)).find(
    (candidate) =>
      candidate.verdict === 'unchosen' &&
      candidate.options.length >= 2 &&
      candidate.options.every((option) => wordCount(option) >= MIN_DESIGN_OPTION_WORDS) &&
      candidate.options.reduce((sum, option) => sum + wordCount(option), 0) >= total * MIN_OPTIONS_SHARE,
  );
  return set ? { options: set.options, cue: set.cue } : undefined;
}

/** Caps at UNDECIDED_DESIGN_MAX a design whose reason lays out whole designs and chooses none, with a finding naming them. */
export function capUndecided(result: StepResult, answer: DesignAnswer): StepResult {
  if (result.score <= UNDECIDED_DESIGN_MAX) return result;
  const undecided = readUndecidedDesign(answer);
  if (!undecided) return result;
  const shown = listedOptions({ options: undecided.options.map((option) => option.replace(/[:.].*$/s, '').trim()) });
  return capScore(result, UNDECIDED_DESIGN_MAX, () => ({
    code: 'design.undecided-cap',
    severity: 'wrong',
    message: `Your reason lays out ${undecided.options.length} designs (${quote(shown)}) and never chooses one, so the design is scored at most ${UNDECIDED_DESIGN_MAX} out of 100: weighing options is good, but the interviewer asked what you would build. Choose one, say why it fits this case's requirements better, and what you give up.`,
    neutral: `Your reason sets out options without choosing one, so the design is scored at most ${UNDECIDED_DESIGN_MAX} out of 100: choose, and say why.`,
    refs: ['processingStyle'],
  }));
}
