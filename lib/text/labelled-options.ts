import type { ReadText } from './read-text';

// Words that name an option before its label ("Option A", "Design 2", "Approach B").
const OPTION_NOUNS: ReadonlySet<string> = new Set(['option', 'alternative', 'approach', 'design', 'choice']);
// Labels an option is given.
const LABELS: ReadonlySet<string> = new Set(['a', 'b', 'c', 'd', '1', '2', '3', '4', 'one', 'two', 'three']);
// Verbs that choose one option ("I'd pick B", "we go with option 2", "I recommend B").
const CHOOSING: ReadonlySet<string> = new Set(['pick', 'picks', 'choose', 'chooses', 'chose', 'prefer', 'recommend', 'take', 'select', 'go', 'opt', 'use', 'want']);
// Words allowed between the choosing verb and the label ("go with option B", "pick, in the end, B").
const BETWEEN: ReadonlySet<string> = new Set(['with', 'for', 'option', 'approach', 'design', 'alternative', 'the', ',']);
/** Farthest the chosen label stands from its verb, in tokens. */
const MAX_REACH = 4;

/** An option the learner weighed and did not choose: its label and its token range `[from, to)`. */
export type RejectedOption = { label: string; from: number; to: number };

type Labelled = { label: string; from: number };

// Where each labelled option starts ("Option A:", "Option B -"), in text order.
function labelledOptions(read: ReadText): Labelled[] {
  const found: Labelled[] = [];
  read.tokens.forEach((token, i) => {
    const next = read.tokens[i + 1];
    if (token.kind !== 'word' || !OPTION_NOUNS.has(token.norm) || next?.kind !== 'word' || !LABELS.has(next.norm)) return;
    if (!found.some((item) => item.label === next.norm)) found.push({ label: next.norm, from: i });
  });
  return found;
}

// The label of the last choice made among `labels` after `from` ("I'd pick B", "go with option 2"), with where it stands.
function chosenLabel(read: ReadText, labels: ReadonlySet<string>, from: number): { label: string; at: number } | undefined {
  let chosen: { label: string; at: number } | undefined;
  for (let i = from; i < read.tokens.length; i += 1) {
    const token = read.tokens[i];
    if (token?.kind !== 'word' || !CHOOSING.has(token.norm) || (read.negated[i] ?? false)) continue;
    for (let j = i + 1; j < read.tokens.length && j <= i + MAX_REACH; j += 1) {
      const next = read.tokens[j];
      if (!next) break;
      if (next.kind === 'word' && labels.has(next.norm) && !(next.norm === 'a' && read.tokens[j + 1]?.kind === 'word' && !labels.has(read.tokens[j + 1]?.norm ?? ''))) {
        chosen = { label: next.norm, at: i };
        break;
      }
      if (!BETWEEN.has(next.norm)) break;
    }
  }
  return chosen;
}

/**
 * The options an answer labels and weighs ("Option A: a read replica ... Option B: a warehouse ...") and then rejects by
 * choosing another ("I'd pick B"): each rejected option's words, from its label to the next option's label (or to the
 * sentence that chooses). What a rejected option is said to do ("appends the day with INSERT INTO", "history is
 * overwritten") is the trade-off that rules it out, reasoning rather than a claim about the answer's design. Empty when
 * fewer than two options are labelled or none is chosen after them. "a" counts as a label only where no word follows it
 * ("pick a" but not "pick a warehouse"). Pure.
 */
export function readRejectedOptions(read: ReadText): RejectedOption[] {
  const options = labelledOptions(read);
  if (options.length < 2) return [];
  const last = options[options.length - 1] as Labelled;
  const choice = chosenLabel(read, new Set(options.map((option) => option.label)), last.from + 2);
  if (!choice) return [];
  const choiceSentence = read.sentences.find((sentence) => sentence.from <= choice.at && choice.at < sentence.to);
  const end = choiceSentence?.from ?? choice.at;
  return options.flatMap((option, k) => {
    if (option.label === choice.label) return [];
    const to = Math.min(options[k + 1]?.from ?? end, end > option.from ? end : read.tokens.length);
    return to > option.from ? [{ label: option.label, from: option.from, to }] : [];
  });
}

/** Whether a clause (verbatim, as claim readings quote it) lies inside a rejected option. Pure. */
export function inRejectedOption(read: ReadText, rejected: readonly RejectedOption[], clauseText: string): boolean {
  if (rejected.length === 0 || clauseText === '') return false;
  const clause = read.clauses.find((item) => item.text === clauseText || item.text.includes(clauseText) || clauseText.includes(item.text));
  return clause !== undefined && rejected.some((option) => clause.from >= option.from && clause.from < option.to);
}
