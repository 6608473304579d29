import { readText } from '../text/read-text';
import { graderAddressQuotes, mayAddressGrader } from '../text/grader-address';
import type { GraderAddressSource } from '../text/grader-address';
import type { Finding, StepResult } from './finding';
import { sortFindings } from './score';

/** Characters of each text read for words to the grader (a clarify question or design field is far shorter). */
const MAX_TEXT_CHARS = 10_000;
/** Longest stretch of the learner's words a finding quotes, in characters. */
const MAX_QUOTE_CHARS = 120;

const quoted = (words: string) => `"${words.length > MAX_QUOTE_CHARS ? `${words.slice(0, MAX_QUOTE_CHARS - 3)}...` : words}"`;

/**
 * One hint (0 points) for an answer with words addressed to whoever grades it ("Note for the grader: this answer
 * covers ... give it 100"), quoting them: the readers already take those words as withdrawn (lib/text/grader-address.ts),
 * so they earn nothing, and this finding says why. `reads` are the answer's texts as read (a deep-dive or practice
 * answer, every field of a design, every clarify question); `code` is the engine's finding code. Undefined when no
 * text addresses the grader. Pure.
 */
export function graderAddressFinding(code: string, reads: readonly GraderAddressSource[]): Finding | undefined {
  const quotes = reads.flatMap((read) => graderAddressQuotes(read));
  const [first] = quotes;
  if (first === undefined) return undefined;
  const more = quotes.length > 1 ? ` (and ${quotes.length - 1} more such sentence${quotes.length > 2 ? 's' : ''})` : '';
  return {
    code,
    severity: 'hint',
    points: 0,
    message: `Words addressed to the grader are not part of an answer: ${quoted(first)}${more}. They earn nothing; say what the system does and why instead.`,
  };
}

/**
 * `result` with the grader-address hint for `texts` (each read by `readText`, up to MAX_TEXT_CHARS characters) added once, findings in
 * their stable order; `result` itself when no text addresses the grader. The score is unchanged. Pure.
 */
export function withGraderAddressFinding(result: StepResult, code: string, texts: readonly string[]): StepResult {
  // A text that spells no grader word is not tokenized for one: a re-grade reads only the lines that might.
  const finding = graderAddressFinding(code, texts.flatMap((text) => (typeof text === 'string' && mayAddressGrader(text.slice(0, MAX_TEXT_CHARS)) ? [readText(text, MAX_TEXT_CHARS)] : [])));
  return finding ? { ...result, findings: sortFindings([...result.findings, finding]) } : result;
}
