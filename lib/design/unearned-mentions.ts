import { restatesBrief } from '../text/brief-echo';
import { mentions } from './design-index';
import type { Names } from './design-index';
import { readSla } from './parse-sla';
import { VAGUE_LOOSEST_SECONDS } from './parse-sla';

/**
 * A freshness ruled out within ten times of what an item needs denies that need: "inventory doesn't
 * need to be within minutes" for an inventory view needed within 5 minutes. "Sales don't need
 * real-time" for a daily dashboard rules out what it never needed, so it is no denial.
 */
export const DENIED_NEED_FACTOR = 10;

/** Why an item named in a field earns nothing there: every mention of it only rules its need out, or reads the brief back. */
export type UnearnedMention = { kind: 'dismissed' | 'brief-echo'; clause: string };

/** A requirement of a field that rules a freshness out and asserts none ("Inventory doesn't need to be within minutes"). */
type Dismissal = { text: string; loosest: number };

function dismissals(text: string): Dismissal[] {
  return readSla(text).flatMap((clause) => {
    if (clause.pieces.some((piece) => !piece.negated && piece.seconds.length > 0)) return [];
    const ruledOut = clause.pieces.filter((piece) => piece.negated).flatMap((piece) => piece.seconds.map((seconds) => VAGUE_LOOSEST_SECONDS.get(seconds) ?? seconds));
    return ruledOut.length === 0 ? [] : [{ text: clause.text, loosest: Math.max(...ruledOut) }];
  });
}

const affirmedCount = (names: Names, text: string, id: string) => mentions(names, text).filter((found) => !found.negated && found.id === id).length;

/**
 * Items of `names` a field names in affirmed words that still earn nothing there, with the learner's
 * words: each mention sits in a requirement that only rules out a freshness the item needs (its
 * `need` in seconds, within DENIED_NEED_FACTOR of what is ruled out), or in a clause that restates a
 * sentence of the brief (`brief`). Naming the inventory use case only to say it does not need to be
 * fresh, or copying "three spindle crashes cost us more than the retrofit", states no use case of the
 * learner's own. Items also named elsewhere in the field are left out. Pure.
 */
export function unearnedMentions(names: Names, text: string, needOf: (id: string) => number | undefined, brief: readonly string[]): Map<string, UnearnedMention> {
  const result = new Map<string, UnearnedMention>();
  if (text === '') return result;
  const found = mentions(names, text).filter((mention) => !mention.negated);
  const denials = dismissals(text);
  for (const id of new Set(found.map((mention) => mention.id))) {
    const own = found.filter((mention) => mention.id === id);
    const need = needOf(id);
    const denying = need === undefined ? [] : denials.filter((denial) => need <= denial.loosest * DENIED_NEED_FACTOR && affirmedCount(names, denial.text, id) > 0);
    const inDenials = denying.reduce((sum, denial) => sum + affirmedCount(names, denial.text, id), 0);
    const echoed = own.filter((mention) => restatesBrief(mention.clause, brief));
    const [firstDenial] = denying;
    if (firstDenial && inDenials + echoed.length >= own.length) result.set(id, { kind: 'dismissed', clause: firstDenial.text });
    else if (echoed.length === own.length && echoed[0]) result.set(id, { kind: 'brief-echo', clause: echoed[0].clause });
  }
  return result;
}
