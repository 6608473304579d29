import type { DeepDivePrompt } from '../content/rubric-schema';
import type { ProbeAnswer } from './probe';

/** How many answers per prompt are remembered: the one being typed and a few it was before (an undo, a paste). */
const PER_PROMPT = 4;

type Entry<Result> = { answer: string; probes: string; result: Result };

/**
 * Remembers the last few results of `compute` per prompt, by answer text and probe answers, so re-grading the
 * deep-dive step after one answer changed computes only that prompt (the others give back their last result).
 * Input: the prompt (parsed content, never mutated, compared by identity), the answer and its probe answers
 * (compared by content); `compute` must be pure in them, as the deep-dive scorer is. Output: `compute`'s result,
 * shared between callers (read it, never mutate it). Speed only: the result is the same as calling `compute`.
 */
export function memoPromptResult<Result>(
  memo: WeakMap<DeepDivePrompt, Entry<Result>[]>,
  prompt: DeepDivePrompt,
  answer: string,
  probeAnswers: Readonly<Record<string, ProbeAnswer>>,
  compute: () => Result,
): Result {
  const probes = JSON.stringify(probeAnswers);
  let entries = memo.get(prompt);
  if (!entries) {
    entries = [];
    memo.set(prompt, entries);
  }
  const known = entries.find((entry) => entry.answer === answer && entry.probes === probes);
  if (known) return known.result;
  const result = compute();
  if (entries.length >= PER_PROMPT) entries.shift();
  entries.push({ answer, probes, result });
  return result;
}

/** A memo for `memoPromptResult`: one per scorer, results per prompt. */
export function promptMemo<Result>(): WeakMap<DeepDivePrompt, Entry<Result>[]> {
  return new WeakMap();
}
