import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { readKeyPlacements } from '../text/key-placement';
import type { DesignAnswer } from './design-answer-schema';
import { designFieldTexts } from './design-field-texts';
import { mentions } from './design-index';
import type { DesignCase, Names } from './design-index';
import { quote } from './tally';

/**
 * The most a design can score when it puts a direct identifier of a person (the rubric's `identifiers`: a card number,
 * a cardholder's or patient's name, a patient number) into object paths, partition names, object keys or topic names:
 * however right the rest, the identifier now sits wherever the bucket or topics are listed, in logs and inventories,
 * outside every access control, and cannot be erased without rewriting the paths. One dangerous claim an interviewer
 * stops on (golden round 19: 52 for an otherwise good card design whose lake is partitioned by cardholder name and
 * PAN), the ceiling the other mediocre caps share.
 */
export const IDENTIFIERS_IN_PATHS_DESIGN_MAX = 55;

const cache = new WeakMap<object, Names>();

function identifierNames(rubric: DesignCase): Names {
  const items = rubric.steps.design.identifiers ?? [];
  const known = cache.get(items);
  if (known) return known;
  const names: Names = items.map((item) => ({ id: item.id, phrases: [item.label, ...item.synonyms] }));
  cache.set(items, names);
  return names;
}

/** The first sentence of the design that places a direct identifier of the case in a path, key or topic name, with its id. */
export function identifierInPath(answer: DesignAnswer, rubric: DesignCase): { id: string; sentence: string } | undefined {
  const names = identifierNames(rubric);
  if (names.length === 0) return undefined;
  for (const text of designFieldTexts(answer)) {
    for (const placement of readKeyPlacements(text)) {
      const named = mentions(names, placement.placed).find((found) => !found.negated);
      if (named) return { id: named.id, sentence: placement.sentence };
    }
  }
  return undefined;
}

/** Caps at IDENTIFIERS_IN_PATHS_DESIGN_MAX a design that puts a person's direct identifier in paths, keys or topic names. Pure. */
export function capIdentifiersInPaths(result: StepResult, answer: DesignAnswer, rubric: DesignCase): StepResult {
  const found = identifierInPath(answer, rubric);
  if (!found) return result;
  const item = rubric.steps.design.identifiers?.find((candidate) => candidate.id === found.id);
  return capScore(result, IDENTIFIERS_IN_PATHS_DESIGN_MAX, () => ({
    code: 'design.identifier-in-path',
    severity: 'wrong',
    message: `You write ${quote(found.sentence)}: that puts ${item?.label ?? 'a personal identifier'} into paths, keys or topic names, so the design is scored at most ${IDENTIFIERS_IN_PATHS_DESIGN_MAX} out of 100. ${item?.why ?? ''} Partition and name by date, region or a pseudonymous key, and look a person up through an access-controlled table.`.replace(/\s+/g, ' ').trim(),
    neutral: `Your design puts a personal identifier into paths, keys or topic names, so it is scored at most ${IDENTIFIERS_IN_PATHS_DESIGN_MAX} out of 100.`,
    refs: [found.id],
  }));
}
