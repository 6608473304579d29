import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { keepsHistory, readInPlaceUpdates } from '../text/in-place-update';
import type { DesignAnswer } from './design-answer-schema';
import { designFieldTexts } from './design-field-texts';
import { mentions } from './design-index';
import type { DesignCase, Names } from './design-index';
import { quote } from './tally';

/**
 * The most a design can score when it updates in place records the case must keep as history (the rubric's
 * `history`: a ledger's balances, raw messages, an access log): however right its streams and stores, the design
 * loses the trail the business asked for, which an interviewer signs as about half (golden round 18: 55 for a right
 * fraud path beside "the balance ... we are updating it in place"), the ceiling the other mediocre caps share.
 */
export const OVERWRITTEN_HISTORY_DESIGN_MAX = 55;

const cache = new WeakMap<object, Names>();

function historyNames(rubric: DesignCase): Names {
  const items = rubric.steps.design.history ?? [];
  const known = cache.get(items);
  if (known) return known;
  const names: Names = items.map((item) => ({ id: item.id, phrases: [item.label, ...item.synonyms] }));
  cache.set(items, names);
  return names;
}

/** The first sentence of the design that updates a history record in place, with the record's id; undefined when none. */
export function overwrittenHistory(answer: DesignAnswer, rubric: DesignCase): { id: string; sentence: string } | undefined {
  const names = historyNames(rubric);
  if (names.length === 0) return undefined;
  const texts = designFieldTexts(answer);
  // A design that keeps the history itself (append-only, double-entry) may update a view derived from it in place.
  if (texts.some(keepsHistory)) return undefined;
  for (const text of texts) {
    for (const update of readInPlaceUpdates(text)) {
      const named = mentions(names, update.sentence).find((found) => !found.negated);
      if (named) return { id: named.id, sentence: update.sentence };
    }
  }
  return undefined;
}

/** Caps at OVERWRITTEN_HISTORY_DESIGN_MAX a design that updates a history record of the case in place, with the case's why. Pure. */
export function capOverwrittenHistory(result: StepResult, answer: DesignAnswer, rubric: DesignCase): StepResult {
  const found = overwrittenHistory(answer, rubric);
  if (!found) return result;
  const item = rubric.steps.design.history?.find((candidate) => candidate.id === found.id);
  return capScore(result, OVERWRITTEN_HISTORY_DESIGN_MAX, () => ({
    code: 'design.history-overwritten',
    severity: 'wrong',
    message: `You write ${quote(found.sentence)}: ${item?.label ?? 'these records'} must be kept as history, so the design is scored at most ${OVERWRITTEN_HISTORY_DESIGN_MAX} out of 100. ${item?.why ?? ''} Append each change as a new row and derive the current value from them.`.trim(),
    neutral: `Your design changes in place records the case must keep as history, so it is scored at most ${OVERWRITTEN_HISTORY_DESIGN_MAX} out of 100.`,
    refs: [found.id],
  }));
}
