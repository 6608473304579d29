import type { Sentence } from './clauses';
import type { TextToken } from './tokens';

// Phrases that take back what was just said, wherever a clause starts with them ("..., scratch that, ...").
const TAKE_BACKS: readonly (readonly string[])[] = [
  ['scratch', 'that'], ['never', 'mind'], ['nevermind'], ['on', 'second', 'thought'], ['on', 'second', 'thoughts'], ['forget', 'that'],
  ['forget', 'it'], ['strike', 'that'], ['i', 'take', 'that', 'back'], ['take', 'that', 'back'], ['no', 'wait'], ['wait', 'no'], ['ignore', 'that'],
  ['on', 'reflection'], ['then', 'again'],
  // Dismissals ("Doesn't matter, I'll assume a year", "Peak load? Skip that."); contractions arrive expanded.
  ['nvm'], ['does', 'not', 'matter'], ['it', 'does', 'not', 'matter'], ['no', 'matter'], ['not', 'important'], ['cancel', 'that'],
  ['skip', 'that'], ['skip', 'it'], ['ignore', 'it'], ['forget', 'about', 'it'], ['forget', 'about', 'that'], ['ignore', 'my', 'question'],
  ['ignore', 'my', 'last', 'question'], ['let', 'skip', 'that'], ['let', 'skip', 'it'], ['let', 'ignore', 'that'], ['let', 'ignore', 'it'],
];
// Take-backs that lead into what the learner says instead, so nothing need set them apart ("No, let's assume it's modest").
const LEADING_TAKE_BACKS: readonly (readonly string[])[] = ['ignore', 'skip', 'assume', 'not', 'just', 'say', 'drop', 'leave', 'forget', 'move'].flatMap(
  (verb) => [['no', 'let', verb], ['no', 'let', 'us', verb], ['nah', 'let', verb]],
);
// Words that take back the sentence before only when they open a sentence and stand apart ("Actually, ...", "Although, ...").
const SENTENCE_TAKE_BACKS: ReadonlySet<string> = new Set(['actually', 'although']);
// Fillers that may come before a take-back ("Well, actually", "Oh wait, no").
const FILLERS: ReadonlySet<string> = new Set(['well', 'oh', 'hmm', 'um', 'uh', 'ok', 'okay', 'so', 'but', 'and', 'no', 'actually', 'wait']);

// Marks after which "correction" announces a take-back rather than names a thing.
const COLON_MARKS: ReadonlySet<string> = new Set([':', '-', '\u2013', '\u2014']);

const STANDS_APART: ReadonlySet<string> = new Set([',', ';', ':', '-', '\u2013', '\u2014', '(']);

// The sequence at word k, set apart after it by a mark or the sentence end ("never mind, ..." but not "never mind the cost").
function matches(tokens: readonly TextToken[], words: readonly number[], k: number, sequence: readonly string[], leading = false): boolean {
  if (!sequence.every((word, offset) => tokens[words[k + offset] ?? -1]?.norm === word)) return false;
  if (leading) return true;
  const after = tokens[(words[k + sequence.length - 1] ?? -1) + 1];
  return after === undefined || after.kind === 'mark';
}

/**
 * Per token: whether the learner took it back. A take-back ("scratch that", "never mind", "on second
 * thought", "forget that", "no wait", "I take that back", "doesn't matter", "skip that", "no, let's
 * assume ..."; at the start of a sentence also "Actually," and "Although,") must open its sentence or
 * follow a comma, semicolon or dash. One inside a sentence
 * withdraws the words before it in that sentence; one that opens a sentence withdraws the sentence
 * before. The take-back and what follows stand ("..., actually never mind, we'd skip it": the skip is
 * what the learner says). Pure; never throws.
 */
export function readRetractions(tokens: readonly TextToken[], sentences: readonly Sentence[]): boolean[] {
  const retracted = new Array<boolean>(tokens.length).fill(false);
  for (const sentence of sentences) {
    const words: number[] = [];
    for (let i = sentence.from; i < sentence.to; i += 1) if (tokens[i]?.kind === 'word') words.push(i);
    for (let k = 0; k < words.length; k += 1) {
      const index = words[k] as number;
      const before = tokens[index - 1];
      const opens = k === 0 || (before !== undefined && before.kind === 'mark' && STANDS_APART.has(before.norm));
      if (!opens) continue;
      // Skip fillers ("Well, actually", "Oh wait, no"), trying the take-backs at each step.
      let found = false;
      let sentenceOnly = false;
      for (let j = k; j < words.length && j <= k + 3 && !found; j += 1) {
        if (TAKE_BACKS.some((sequence) => matches(tokens, words, j, sequence))) found = true;
        // "Correction:" takes back; "correction" in a list of terms ("snapshot, correction, restate") is a noun.
        else if (tokens[words[j] as number]?.norm === 'correction' && COLON_MARKS.has(tokens[(words[j] as number) + 1]?.norm ?? '')) found = true;
        else if (LEADING_TAKE_BACKS.some((sequence) => matches(tokens, words, j, sequence, true))) found = true;
        else if (SENTENCE_TAKE_BACKS.has(tokens[words[j] as number]?.norm ?? '') && tokens[(words[j] as number) + 1]?.norm === ',') {
          found = true;
          sentenceOnly = true;
        } else if (!FILLERS.has(tokens[words[j] as number]?.norm ?? '')) break;
      }
      if (!found) continue;
      if (k === 0) {
        const previous = sentences[sentence.index - 1];
        if (previous) for (let i = previous.from; i < previous.to; i += 1) retracted[i] = true;
      } else if (!sentenceOnly || before?.norm === ';' || before?.norm === '\u2014' || before?.norm === '-') {
        for (let i = sentence.from; i < index; i += 1) retracted[i] = true;
      }
      break;
    }
  }
  return retracted;
}
