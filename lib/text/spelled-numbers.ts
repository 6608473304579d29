/**
 * Numbers written in words, as someone dictating a sizing says them ("two thousand five hundred",
 * "four hundred and thirty", "ninety-nine point nine five", "ten and a half", "a hundred"), rewritten as
 * digits so the same readers that take `2500` take them. English short scale (a billion is 10^9).
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The value of `word` in `table`, own keys only (`constructor` and `__proto__` are no numbers). */
function lookup(table: Readonly<Record<string, number>>, word: string): number | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

/** A word of the text with where it starts and ends. */
interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  // Identifiers (`sensor_growth_two_years`, `x2`) are one word each, never a number in words.
  return [...text.matchAll(/[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z]+)*/g)].map((match) => ({ text: match[0], lower: match[0].toLowerCase(), start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

/** Only spaces (or nothing) between two words: a number in words never runs across an operator or a comma. */
function joined(text: string, left: Word, right: Word): boolean {
  return /^\s*$/.test(text.slice(left.end, right.start));
}

/** The value of one word of a number ("forty-two" counts as one), or undefined. */
function smallValue(lower: string): number | undefined {
  const single = lookup(UNITS, lower) ?? lookup(TENS, lower);
  if (single !== undefined) return single;
  const parts = lower.split('-');
  const tens = parts.length === 2 && parts[0] !== undefined ? lookup(TENS, parts[0]) : undefined;
  const unit = parts.length === 2 && parts[1] !== undefined ? lookup(UNITS, parts[1]) : undefined;
  if (tens !== undefined && unit !== undefined && unit > 0 && unit < 10) return tens + unit;
  return undefined;
}

/** "ninety-nine" -> ["ninety", "nine"] for the digits after "point"; single words stay. */
function digitWords(lower: string): number[] | undefined {
  const parts = lower.split('-');
  const digits = parts.map((part) => lookup(UNITS, part));
  if (digits.every((digit) => digit !== undefined && digit < 10)) return digits as number[];
  return undefined;
}

interface Run {
  value: number;
  start: number;
  end: number;
}

/** Reads the number in words that starts at word `at`, or undefined when none does. */
function readRun(text: string, words: readonly Word[], at: number): { run: Run; next: number } | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let index = at;
  let end = 0;
  const first = words[at];
  if (first === undefined) return undefined;
  // "a hundred", "a thousand": the article is one.
  if ((first.lower === 'a' || first.lower === 'an') && words[at + 1] !== undefined && joined(text, first, words[at + 1] as Word)) {
    const after = (words[at + 1] as Word).lower;
    if (after === 'hundred' || lookup(SCALES, after) !== undefined) {
      current = 1;
      seen = true;
      index = at + 1;
    }
  }
  for (; index < words.length; index += 1) {
    const word = words[index] as Word;
    if (seen && index > at && !joined(text, words[index - 1] as Word, word)) break;
    const small = smallValue(word.lower);
    if (small !== undefined) {
      // "five hundred" then "twenty": adds; "twenty" then "five" (no hyphen): adds when the tens are bare.
      if (seen && current % 10 !== 0 && current < 100) break;
      if (seen && current % 100 !== 0 && small >= 10) break;
      current += small;
      seen = true;
      end = word.end;
      continue;
    }
    if (!seen) return undefined;
    if (word.lower === 'hundred') {
      current = (current === 0 ? 1 : current) * 100;
      end = word.end;
      continue;
    }
    const scale = lookup(SCALES, word.lower);
    if (scale !== undefined) {
      total += (current === 0 ? 1 : current) * scale;
      current = 0;
      end = word.end;
      continue;
    }
    // "four hundred and thirty": "and" joins only when a number word follows.
    if (word.lower === 'and') {
      const next = words[index + 1];
      if (next !== undefined && joined(text, word, next) && smallValue(next.lower) !== undefined) continue;
      // "ten and a half"
      const half = words[index + 2];
      if (next?.lower === 'a' && half?.lower === 'half' && joined(text, word, next) && joined(text, next, half)) {
        current += 0.5;
        end = half.end;
        index += 3;
      }
      break;
    }
    if (word.lower === 'point') {
      const digits: number[] = [];
      let look = index + 1;
      while (look < words.length && joined(text, words[look - 1] as Word, words[look] as Word)) {
        const read = digitWords((words[look] as Word).lower);
        if (read === undefined) break;
        digits.push(...read);
        end = (words[look] as Word).end;
        look += 1;
      }
      if (digits.length === 0) break;
      current += Number(`0.${digits.join('')}`);
      index = look;
      break;
    }
    break;
  }
  if (!seen) return undefined;
  return { run: { value: total + current, start: first.start, end }, next: index };
}

/** The result of rewriting the numbers in words of a text. */
export interface SpelledNumbers {
  /** The text with each number in words replaced by its digits. */
  text: string;
  /** One note per number rewritten: `"two thousand five hundred" was read as 2500`. */
  notes: string[];
}

/**
 * Rewrites numbers written in words as digits: "two thousand five hundred machines" -> "2500 machines",
 * "ninety-nine point nine five percent" -> "99.95 percent", "a hundred bytes" -> "100 bytes". A lone "one"
 * or "a" that reads as a pronoun or an article is left alone unless a scale word follows ("a hundred");
 * "one" before a noun ("one reading") is the number 1. Never throws; text without number words comes back
 * unchanged.
 */
export function spellNumbers(text: string): SpelledNumbers {
  const words = wordsOf(text);
  const runs: Run[] = [];
  let index = 0;
  while (index < words.length) {
    const read = readRun(text, words, index);
    if (read === undefined) {
      index += 1;
      continue;
    }
    runs.push(read.run);
    index = Math.max(read.next, index + 1);
  }
  if (runs.length === 0) return { text, notes: [] };
  let out = '';
  let from = 0;
  const notes: string[] = [];
  for (const run of runs) {
    const written = text.slice(run.start, run.end);
    const digits = String(Number(run.value.toPrecision(12)));
    out += text.slice(from, run.start) + digits;
    from = run.end;
    notes.push(`"${written}" was read as ${digits}`);
  }
  return { text: out + text.slice(from), notes };
}
