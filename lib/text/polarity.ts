import type { Clause, Sentence } from './clauses';
import type { TextToken } from './tokens';
import { cellBreakBetween } from './table-cells';
import { colonOpensStatement } from './colon-statement';
import { opensStatement } from './clause-join';

/**
 * Negation and hedging read from cue words (after contractions are opened: "won't" is "will
 * not"). How each cue reaches:
 * - before its terms ("not", "no", "never", "without", "no need to", "avoid", "instead of X",
 *   "rather than X", "turn off X"): it negates the words after it to the end of its clause;
 * - after its terms ("X is overkill", "X is unnecessary", "X is not needed"): it negates the
 *   subject, back to the clause start or the previous list item;
 * - either way ("skip", "disable(d)", "off", "false"): before its terms when words follow it in
 *   the clause, else after ("idempotence disabled", "enable.idempotence=false").
 * Two cues next to each other cancel ("not without", "never skip"); "not only X but also Y",
 * "no more than", "no older than", "not sure" are not negations. Hedges ("maybe", "might", "perhaps",
 * "probably", "possibly") hedge their clause; "I think", "I guess", "not sure", "no idea"
 * and a sentence ending in "?" hedge the sentence.
 */
export type Polarity = {
  /** Per token: inside a negation's scope. */
  negated: boolean[];
  /** Per token: part of a negation or hedge cue itself (never a term). */
  cue: boolean[];
  /** Per clause: hedged. */
  hedgedClause: boolean[];
};

const PRE_CUES: ReadonlySet<string> = new Set(['not', 'no', 'never', 'without', 'nor', 'neither', 'none', 'cannot', 'nothing', 'avoid', 'avoids', 'avoided', 'avoiding', 'nobody']);
const EITHER_CUES: ReadonlySet<string> = new Set(['skip', 'skips', 'skipped', 'skipping', 'disable', 'disables', 'disabled', 'disabling', 'false', 'drop', 'dropped', 'dropping']);
// "off" means disabled only as a setting's value ("idempotence off", "is off", "=off"), not in "left off".
const OFF_AFTER: ReadonlySet<string> = new Set(['=', ':', 'is', 'are', 'set', 'stays', 'kept', 'left', 'switched', 'turned', 'be']);
/** Words that dismiss what they are said of ("X is overkill"): read after their subject here and in predicate-denial.ts. */
export const POST_CUES: ReadonlySet<string> = new Set(['overkill', 'unnecessary', 'unneeded', 'needless', 'pointless', 'useless', 'superfluous', 'irrelevant', 'unused']);
// "X is not needed": after "not"/"never", these words make the negation fall on the subject.
const POST_PARTICIPLES: ReadonlySet<string> = new Set(['needed', 'necessary', 'required', 'used', 'enabled', 'wanted', 'worth', 'useful', 'important', 'relevant', 'supported', 'configured', 'involved', 'applied', 'an', 'a', 'the', 'option']);
// Adverbs between "not" and "matter" ("doesn't really matter", "does not much matter").
const MATTER_ADVERBS: ReadonlySet<string> = new Set(['really', 'much', 'actually', 'that', 'even', 'so']);
// "no older than 30 seconds", "no staler than a minute": a bound on a freshness or a size, asserted, not denied.
const BOUND_WORDS: ReadonlySet<string> = new Set([
  'more', 'less', 'fewer', 'later', 'earlier', 'longer', 'shorter', 'greater', 'higher', 'lower', 'bigger', 'smaller', 'worse', 'better',
  'older', 'newer', 'staler', 'slower', 'sooner', 'larger',
]);
// Verbs that put a setting's value after its name ("turn auto-commit off", "with idempotence off", "keep X off"):
// "off" then negates the words between the verb and it.
const OFF_SETTERS: ReadonlySet<string> = new Set(['turn', 'turns', 'turned', 'switch', 'switches', 'switched', 'with', 'keep', 'keeps', 'kept', 'leave', 'leaves', 'set', 'sets', 'have', 'has']);
/** Longest setting name read between a setter and its "off" ("turn enable auto commit off"). */
const MAX_OFF_NAME = 5;
// Words that are not terms when the subject of a post-posed cue is collected.
const LINK_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'be', 'was', 'were', 'been', 'being', 'set', 'to', 'would', 'will', 'seems', 'just', 'totally', 'completely', 'really', 'simply', 'probably', 'kind', 'of', 'a', 'an', 'turned', 'switched', 'left', 'kept', 'keep']);
// "drop" negates only what is dropped from the design, not "drop duplicates"; it counts as a cue
// only before words that name a component.
const DROP_OBJECTS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'it']);
const CLAUSE_HEDGES: ReadonlySet<string> = new Set(['maybe', 'might', 'perhaps', 'possibly', 'probably', 'presumably', 'hopefully', 'guess', 'unsure']);
const SENTENCE_HEDGES: readonly (readonly string[])[] = [
  ['i', 'think'], ['i', 'guess'], ['i', 'believe'], ['i', 'suppose'], ['i', 'assume'], ['not', 'sure'], ['not', 'certain'],
  ['no', 'idea'], ['not', 'know'], ['not', 'remember'], ['unsure'], ['if', 'i', 'remember'], ['or', 'something'],
];
// Words that open a purpose before "not" at the start of a clause ("for not losing", "to not lose", "so as not to").
const PURPOSE_OPENERS: readonly (readonly string[])[] = [['for'], ['to'], ['so', 'as'], ['in', 'order']];
// Words after which a negation no longer reaches: "without duplicates thanks to a checkpoint".
const SCOPE_ENDS: ReadonlySet<string> = new Set(['thanks', 'via', 'using', 'by', 'through', 'which', 'when', 'if', 'since', 'as', 'so', 'unless', 'until', 'once']);
const HEDGE_STARTS: ReadonlySet<string> = new Set(SENTENCE_HEDGES.map((sequence) => sequence[0] as string));
// Subjects that open the statement after an "instead of X" / "rather than X" contrast ("instead of polling we use CDC").
const CONTRAST_ENDS: ReadonlySet<string> = new Set(['we', 'i', 'they', 'you', 'it', 'our', 'let']);
// Marks that end an "instead of X" / "rather than X" contrast: "rather than replace them - a model without ..." ends at the dash.
const CONTRAST_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '-', '\u2013', '\u2014', '(']);
// Words that open a verb's object after a subject noun phrase: "a model without a fallback turns a scoring outage into ...".
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'every', 'each', 'any', 'our', 'their', 'its', 'your', 'his', 'her']);
const LIST_BREAKS: ReadonlySet<string> = new Set([',', ';', 'and', 'or', 'but', '/', '&']);

// Link words before a participle cue that make it passive ("is disabled", "gets skipped").
const PASSIVE_LINKS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'stays', 'stay', 'gets', 'get', 'kept', 'remains']);
// Words that follow a verb and start its object or manner ("commit the offsets", "write them", "retry once").
const PREDICATE_NEXT: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'each', 'every', 'them', 'it', 'this', 'that', 'these', 'those', 'only', 'manually', 'explicitly', 'yourself', 'by', 'from', 'after', 'once']);

/**
 * Whether the word at `k` is the verb after a "without" noun phrase: a word in "-s" (not "-ss"), after a content word
 * and before an object opener ("fallback turns a", "checkpoint means the").
 */
function endsSubjectPhrase(tokens: readonly TextToken[], words: readonly number[], k: number): boolean {
  const word = at(tokens, words[k] ?? -1);
  const before = tokens[words[k - 1] ?? -1];
  if (!/[a-z]{2}[^s]s$/.test(word) || !before || before.stop || (words[k - 1] ?? -1) !== (words[k] ?? -1) - 1) return false;
  return OBJECT_OPENERS.has(at(tokens, words[k + 1] ?? -1)) && (words[k + 1] ?? -1) === (words[k] ?? -1) + 1;
}

/** Whether the word at `k` reads as a verb opening a new predicate: a content word (not a plural "-s") followed by its object or manner. */
function opensPredicate(tokens: readonly TextToken[], words: readonly number[], k: number): boolean {
  const token = tokens[words[k] ?? -1];
  const following = tokens[words[k + 1] ?? -1];
  if (!token || !following || token.stop || PRE_CUES.has(token.norm)) return false;
  if (/[^s]s$/.test(token.norm)) return false;
  // Written together with the next word ("and commit the"): no mark between the verb and its object.
  if ((words[k + 1] ?? 0) !== (words[k] ?? 0) + 1) return false;
  return PREDICATE_NEXT.has(following.norm);
}

/** The word position of the setter before an "off" at `k` ("turn", "with", "keep"), with one to MAX_OFF_NAME words and no list break between; -1 when none. */
function offSetter(tokens: readonly TextToken[], words: readonly number[], k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - MAX_OFF_NAME - 1); j -= 1) {
    const norm = at(tokens, words[j] as number);
    if (OFF_SETTERS.has(norm)) return j < k - 1 ? j : -1;
    if (LIST_BREAKS.has(norm) || PRE_CUES.has(norm)) return -1;
    // A mark between the name's words other than a setting's own dots and dashes ends the name.
    for (let t = (words[j] as number) + 1; t < (words[j + 1] as number); t += 1) if (tokens[t]?.kind === 'mark' && !/^[.\-_]$/.test(tokens[t]?.norm ?? '')) return -1;
  }
  return -1;
}

/** Whether a content word (not a stopword) stands at or after word position `from`; `except` also skips the words it holds. */
function hasTermFrom(tokens: readonly TextToken[], words: readonly number[], from: number, except?: ReadonlySet<string>): boolean {
  for (let k = from; k < words.length; k += 1) {
    const token = tokens[words[k] as number];
    if (token && !token.stop && !except?.has(token.norm)) return true;
  }
  return false;
}

function at(tokens: readonly TextToken[], i: number): string {
  return tokens[i]?.norm ?? '';
}

// The words of a clause: [index into tokens] in order.
function wordIndices(tokens: readonly TextToken[], clause: Clause): number[] {
  const out: number[] = [];
  for (let i = clause.from; i < clause.to; i += 1) if (tokens[i]?.kind === 'word') out.push(i);
  return out;
}

function matchesAt(tokens: readonly TextToken[], words: readonly number[], k: number, sequence: readonly string[]): boolean {
  for (let offset = 0; offset < sequence.length; offset += 1) if (at(tokens, words[k + offset] ?? -1) !== sequence[offset]) return false;
  return true;
}

/** The sentence hedge ("i think", "not sure") starting at word position `k`, if any. */
function sentenceHedgeAt(tokens: readonly TextToken[], words: readonly number[], k: number): readonly string[] | undefined {
  for (const sequence of SENTENCE_HEDGES) if (matchesAt(tokens, words, k, sequence)) return sequence;
  return undefined;
}

/** Most words an option rejected before its reason's colon may have ("Not k=h3_cell:", "No per-plant key:"). */
// Words that may open a clause before its "not X:" ("and not per zone either: ...").
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'also', 'so']);
const MAX_REJECTED_OPTION = 4;

/**
 * The word position where the reason after a clause-opening "not X:" starts, when X is an option of at most
 * MAX_REJECTED_OPTION words and words follow the colon; -1 otherwise.
 */
function rejectedOptionEnd(tokens: readonly TextToken[], words: readonly number[], k: number): number {
  for (let j = k + 1; j <= k + MAX_REJECTED_OPTION && j < words.length; j += 1) {
    for (let t = (words[j] as number) + 1; t < (words[j + 1] ?? tokens.length); t += 1) {
      if (tokens[t]?.norm !== ':') continue;
      return j + 1 < words.length ? j + 1 : -1;
    }
  }
  return -1;
}

/** Reads negation scope and hedges for every token of every clause. */
export function readPolarity(tokens: readonly TextToken[], sentences: readonly Sentence[], clauses: readonly Clause[]): Polarity {
  const negated = new Array<boolean>(tokens.length).fill(false);
  const cue = new Array<boolean>(tokens.length).fill(false);
  const hedgedClause = new Array<boolean>(clauses.length).fill(false);
  const hedgedSentence = new Array<boolean>(sentences.length).fill(false);

  for (const clause of clauses) {
    const words = wordIndices(tokens, clause);
    let state = false;
    // Word position (in `words`) of the last cue, for "not without" and "never skip".
    let lastCue = -10;
    let endOfScope = words.length;
    const startScope = (k: number, span: number) => {
      for (let s = 0; s < span; s += 1) {
        cue[words[k + s] ?? -1] = true;
        negated[words[k + s] ?? -1] = state;
      }
      state = k - lastCue <= 2 ? !state : true;
      lastCue = k + span - 1;
    };
    const negateBack = (k: number) => {
      // Walk back from the cue over link words ("is", "set to"), then negate the subject; stop at a
      // list break ("X, not before" negates nothing) or at the value of an earlier "name=value".
      let linking = true;
      for (let t = (words[k] ?? clause.from) - 1; t >= clause.from; t -= 1) {
        const token = tokens[t] as TextToken;
        if (LIST_BREAKS.has(token.norm) || token.norm === '|') break;
        if (token.kind !== 'word') continue;
        if (linking && LINK_WORDS.has(token.norm)) continue;
        linking = false;
        if (!cue[t]) negated[t] = true;
        if (tokens[t - 1]?.norm === '=' || tokens[t - 1]?.norm === ':') break;
      }
    };

    // "name=false": only the setting's name is off, the written-together word before the mark
    // ("failOnDataLoss=false", "enable.idempotence = false"), not the rest of the clause.
    const negateName = (k: number) => {
      const mark = (words[k] ?? clause.from) - 1;
      for (let t = mark - 1; t >= clause.from; t -= 1) {
        const token = tokens[t] as TextToken;
        const after = tokens[t + 1] as TextToken;
        if (t < mark - 1 && token.end !== after.start) break;
        if (token.kind === 'word' && !cue[t]) negated[t] = true;
      }
    };

    if (clause.opener === 'instead of' || clause.opener === 'rather than') {
      // "instead of X, Y": X is negated up to the first comma.
      const first = words[0] ?? clause.from;
      cue[first] = true;
      cue[words[1] ?? -1] = true;
      state = true;
      lastCue = 1;
      for (let t = first; t < clause.to; t += 1) {
        // "instead of polling we use CDC": the contrast ends where a new statement starts, with or without a comma.
        if (CONTRAST_MARKS.has(tokens[t]?.norm ?? '') || (t > (words[1] ?? first) + 1 && tokens[t]?.kind === 'word' && CONTRAST_ENDS.has(tokens[t]?.norm ?? ''))) {
          endOfScope = words.findIndex((w) => (tokens[t]?.kind === 'word' ? w >= t : w > t));
          if (endOfScope < 0) endOfScope = words.length;
          break;
        }
      }
    }

    const stateBefore: boolean[] = [];
    for (let k = 0; k < words.length; k += 1) {
      const index = words[k] as number;
      if (k === endOfScope) state = false;
      // "| history | none | time travel |": a table cell's "none" is its own value; the next cell is not negated.
      // "I don't rewrite history: a crosswalk maps the old MRN": a colon opening its own statement ends the negation.
      if (state && k > 0 && (cellBreakBetween(tokens, words[k - 1] as number, index) || colonOpensStatement(tokens, words, k))) {
        state = false;
        lastCue = -10;
      }
      stateBefore[k] = state;
      const word = at(tokens, index);
      // A cue word remembers the negation before it, so a phrase containing it ("no duplicates") reads its own polarity.
      if (cue[index]) {
        negated[index] = state;
        continue;
      }
      // "never by deleting rows": a scope end right after the cue is part of what is negated.
      if (SCOPE_ENDS.has(word) && state && k - lastCue > 1) {
        state = false;
        lastCue = -10;
        continue;
      }
      const next = at(tokens, words[k + 1] ?? -1);
      // "turn off auto commit and commit the offsets once ...": "and" + a verb with its object opens a new
      // predicate the negation does not reach (a list goes on: "no checkpoint and no WAL", "no retries and acks").
      // ", and Spark keeps all state": after a comma, "and" with a subject and its verb opens a new statement.
      const afterComma = tokens[index - 1]?.norm === ',';
      if (state && (word === 'and' || word === 'then') && k - lastCue > 1 && (opensPredicate(tokens, words, k + 1) || (afterComma && opensStatement(tokens, words, k + 1)))) {
        state = false;
        lastCue = -10;
        continue;
      }

      if (CLAUSE_HEDGES.has(word)) {
        hedgedClause[clause.index] = true;
        cue[index] = true;
        continue;
      }
      const sentenceHedge = HEDGE_STARTS.has(word) ? sentenceHedgeAt(tokens, words, k) : undefined;
      if (sentenceHedge) {
        hedgedSentence[clause.sentence] = true;
        for (let s = 0; s < sentenceHedge.length; s += 1) cue[words[k + s] ?? -1] = true;
        k += sentenceHedge.length - 1;
        continue;
      }
      // "No wait, we replay", "no actually we checkpoint": an interjection, it negates nothing after it.
      // "..., wait, no, it trails the event time": after "wait", a "no" set apart by a comma negates nothing after it.
      if (word === 'no' && (next === 'wait' || next === 'actually' || (tokens[index + 1]?.norm === ',' && at(tokens, words[k - 1] ?? -1) === 'wait'))) {
        cue[index] = true;
        continue;
      }
      // "X doesn't (really) matter": the negation dismisses its subject ("ordering per driver doesn't really matter").
      const dismissed = word === 'not' && (next === 'matter' || (MATTER_ADVERBS.has(next) && at(tokens, words[k + 2] ?? -1) === 'matter'));
      if (dismissed) {
        cue[index] = true;
        negateBack(k);
        continue;
      }
      if ((word === 'not' || word === 'no') && (next === 'only' || next === 'just' || next === 'merely' || next === 'matter' || BOUND_WORDS.has(next))) {
        k += 1;
        continue;
      }
      if (POST_CUES.has(word)) {
        cue[index] = true;
        negateBack(k);
        continue;
      }
      if ((word === 'turn' || word === 'turned' || word === 'switch' || word === 'switched') && next === 'off') {
        cue[index] = true;
        cue[words[k + 1] ?? -1] = true;
        // "auto-commit is turned off so ...": passive, it falls on its subject.
        const passive = (word === 'turned' || word === 'switched') && PASSIVE_LINKS.has(at(tokens, words[k - 1] ?? -1));
        if (!passive && hasTermFrom(tokens, words, k + 2)) startScope(k, 2);
        else negateBack(k);
        k += 1;
        continue;
      }
      if (PRE_CUES.has(word)) {
        if ((word === 'not' || word === 'never') && POST_PARTICIPLES.has(next) && !hasTermFrom(tokens, words, k + 2, POST_PARTICIPLES)) {
          // "X is not needed", "X isn't an option": the subject is negated.
          cue[index] = true;
          negateBack(k);
          continue;
        }
        // A cue with nothing after it ("data loss: none") falls on what came before.
        if (hasTermFrom(tokens, words, k + 1)) {
          startScope(k, 1);
          // "For not writing twice, enable idempotence", "so as not to lose data, acks=all": a purpose opening the clause
          // ends at its comma; the negation stays in it.
          const purpose = k > 0 && k <= 2 && word === 'not' && PURPOSE_OPENERS.some((opener) => opener.length === k && opener.every((w, o) => at(tokens, words[o] ?? -1) === w));
          if (purpose) {
            const comma = words.findIndex((w, j) => j > k && tokens[w - 1]?.norm === ',');
            if (comma > k + 1) endOfScope = comma;
          }
          // "Not k=h3_cell: downtown cells = hot partitions": an option rejected at the clause's start, then the reason
          // after a colon; the negation takes the option only, the reason is said.
          // At the clause's start, after a comma or semicolon, or after "and"/"but" there ("..., and no country key: ...").
          const afterBreak = (j: number) => j === 0 || [',', ';'].includes(tokens[(words[j] ?? 0) - 1]?.norm ?? '');
          const opensClause = afterBreak(k) || (k >= 1 && CLAUSE_LINKS.has(at(tokens, words[k - 1] ?? -1)) && afterBreak(k - 1));
          const reason = opensClause && (word === 'not' || word === 'no') ? rejectedOptionEnd(tokens, words, k) : -1;
          if (reason > 0) endOfScope = reason;
        }
        else {
          cue[index] = true;
          negateBack(k);
        }
        continue;
      }
      if (word === 'off' && k === words.length - 1 && OFF_AFTER.has(tokens[index - 1]?.norm ?? '') && tokens[index - 1]?.norm !== 'left') {
        cue[index] = true;
        negateBack(k);
        continue;
      }
      if (word === 'off' && !state) {
        // "turn auto-commit off", "with idempotence off": the setting's name sits between the setter and "off".
        const setter = offSetter(tokens, words, k);
        if (setter >= 0) {
          cue[index] = true;
          if (at(tokens, words[setter] as number).startsWith('turn') || at(tokens, words[setter] as number).startsWith('switch')) cue[words[setter] as number] = true;
          for (let j = setter + 1; j < k; j += 1) negated[words[j] as number] = true;
          continue;
        }
      }
      if (EITHER_CUES.has(word)) {
        // Not a cue here, but still inside any negation before it ("nothing is ever dropped").
        if (word.startsWith('drop') && !DROP_OBJECTS.has(next)) {
          if (state) negated[index] = true;
          continue;
        }
        cue[index] = true;
        const previous = tokens[index - 1];
        const afterValueMark = previous?.kind === 'mark' && (previous.norm === '=' || previous.norm === ':');
        const hasTermsAfter = hasTermFrom(tokens, words, k + 1);
        // "auto commit is disabled for this consumer": a participle after a link word falls on its subject.
        const passive = word.endsWith('ed') && PASSIVE_LINKS.has(at(tokens, words[k - 1] ?? -1));
        if (hasTermsAfter && !afterValueMark && word !== 'false' && !passive) {
          startScope(k, 1);
          // "skip that, acks=1 is enough": a pronoun set apart by a comma is all the cue takes.
          if (DROP_OBJECTS.has(next) && next !== 'the' && tokens[(words[k + 1] ?? -1) + 1]?.norm === ',') endOfScope = k + 2;
        }
        else if (afterValueMark) negateName(k);
        else negateBack(k);
        continue;
      }
      // "a model without a fallback turns a scoring outage into declined cards": "without" negates its noun phrase; a
      // verb in "-s" after the phrase's noun and before an object ("turns a ...") starts the sentence's own predicate.
      if (state && k - lastCue >= 2 && at(tokens, words[lastCue] ?? -1) === 'without' && endsSubjectPhrase(tokens, words, k)) {
        state = false;
        lastCue = -10;
        continue;
      }
      if (state) negated[index] = true;
    }
    // A cue remembers the negation in force before it, so a phrase that contains it reads its own polarity.
    for (let k = 0; k < words.length; k += 1) {
      const index = words[k] as number;
      if (cue[index]) negated[index] = stateBefore[k] ?? false;
    }
  }
  for (const clause of clauses) {
    if (hedgedSentence[clause.sentence] || sentences[clause.sentence]?.question) hedgedClause[clause.index] = true;
  }
  return { negated, cue, hedgedClause };
}
