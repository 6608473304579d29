import type { ReadText } from './read-text';

/** Words that open a phrase saying when something holds, not what it is: "ops team during sales", "stock throughout a flash sale". */
const OPENERS: ReadonlySet<string> = new Set(['during', 'throughout', 'amid', 'amidst']);
/** Words that end such a phrase: the next preposition, conjunction or relative word starts something else ("during sales for ops"). */
const CLOSERS: ReadonlySet<string> = new Set(
  'for from with via by to into onto through and or but so which that who whose where when because while as than then'.split(' '),
);

/**
 * Stems of nouns that name a stretch of the calendar, so a word right before one names an occasion: "sale days",
 * "peak hours", "holiday season", "match weekends". ("period" is left out: "retention period" is a setting.)
 */
const OCCASION_HEADS: ReadonlySet<string> = new Set(['dai', 'weekend', 'season', 'hour']);

/**
 * The tokens of a text that lie inside a phrase naming a time or an occasion ("during sales",
 * "throughout peak hours", "amid a sale event"): from the word after the opener up to the next mark
 * (comma, slash, bracket...) or preposition/conjunction. Words there say when something holds, not
 * who or what it is: in "ops team during sales" the reader is the ops team, and "sales" names the
 * sale events, not the sales dashboard. A word that qualifies a calendar noun is one too, with no
 * opener ("ops (sale days)", "peak hours": the days of a sale, not the sales). Returns token indexes
 * into `read.tokens`. Pure; never throws.
 */
export function timeAdjunctTokens(read: ReadText): Set<number> {
  const inside = new Set<number>();
  read.tokens.forEach((token, at) => {
    const before = read.tokens[at - 1];
    if (token.kind !== 'word' || !OCCASION_HEADS.has(token.stem) || before?.kind !== 'word' || before.stop || !/^[a-z]/.test(before.norm)) return;
    inside.add(at - 1);
    inside.add(at);
  });
  let open = false;
  read.tokens.forEach((token, at) => {
    if (token.kind === 'mark') {
      open = false;
      return;
    }
    if (OPENERS.has(token.norm)) {
      open = true;
      return;
    }
    if (open && CLOSERS.has(token.norm)) open = false;
    if (open) inside.add(at);
  });
  return inside;
}
