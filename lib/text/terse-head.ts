import type { ReadText } from './read-text';

/** Fewest words the sentence after a lone term must have to explain it ("Each driver's position is a key ..."). */
const MIN_EXPLAINING_WORDS = 6;

/**
 * Which bare sentences are headings rather than lists: a lone short term ("Redis.", "Key: machine_id.", at most three
 * words, no list marks, no number) standing where a list cannot be running (first, or after a sentence that explains) and followed
 * by a sentence that explains it (not bare, at least six words), in a text that is mostly explained (no more bare
 * sentences than explaining ones once the headings are taken out). A heading says what the next sentence is about, the
 * way a learner writes "Redis. Each driver's latest position as a key ..."; a bare list is a text (or a run of
 * sentences) that is mostly terms with no predicates, so "Redis. TTL. Geo index. We use them." keeps its terms listed.
 *
 * `bare` is the per-sentence bare-list reading and `lone` the lone term of each sentence that is one (see bare-list.ts).
 * Returns one flag per sentence. Pure; linear in the number of sentences.
 */
export function terseHeads(read: ReadText, bare: readonly boolean[], lone: readonly (string | undefined)[]): boolean[] {
  const heads = bare.map(() => false);
  for (let index = 0; index < bare.length - 1; index += 1) {
    if (!bare[index] || lone[index] === undefined) continue;
    if (index > 0 && bare[index - 1]) continue;
    // A term with a number is a setting said in prose ("Replication factor 3."), read as such (claims.ts), not a heading.
    const own = read.sentences[index];
    if (!own || read.tokens.slice(own.from, own.to).some((token) => /\d/.test(token.norm))) continue;
    const next = read.sentences[index + 1];
    if (!next || bare[index + 1]) continue;
    let words = 0;
    for (let i = next.from; i < next.to; i += 1) if (read.tokens[i]?.kind === 'word') words += 1;
    if (words >= MIN_EXPLAINING_WORDS) heads[index] = true;
  }
  const left = bare.filter((flag, index) => flag && !heads[index]).length;
  const explaining = bare.filter((flag) => !flag).length;
  return left <= explaining ? heads : bare.map(() => false);
}

/** Fewest columns a signature lists ("fact_sales(date_key, customer_key, quantity)"). */
const MIN_SIGNATURE_COLUMNS = 3;

/** Whether the tokens from `from` to `to` open with a parenthesis and close it at the end, holding `min` comma items or more. */
function tuple(read: ReadText, open: number, to: number, min: number): boolean {
  if (read.tokens[open]?.norm !== '(') return false;
  let close = to - 1;
  while (close > open && read.tokens[close]?.kind === 'mark' && read.tokens[close]?.norm !== ')') close -= 1;
  if (read.tokens[close]?.norm !== ')') return false;
  let commas = 0;
  for (let i = open + 1; i < close; i += 1) {
    const norm = read.tokens[i]?.norm;
    if (norm === '(' || norm === ')') return false;
    if (norm === ',') commas += 1;
  }
  return commas + 1 >= min;
}

/**
 * Which sentences are a table written out rather than a list of terms: a signature, an identifier with its columns in
 * parentheses right after it ("fact_sales(date_key, customer_key, quantity, net_amount)"), and the tuple of values
 * under it ("example row: (20261130, 884, 2, 53.98)"). A learner who writes the table's columns defines it, the way
 * DDL or a config block does; the columns name what the table holds. Only in a text with a sentence that explains
 * (`bare` false somewhere), so an answer of nothing but a signature stays a list. Pure; linear in the tokens.
 */
export function signatureRows(read: ReadText, bare: readonly boolean[]): boolean[] {
  const rows = bare.map(() => false);
  if (!bare.some((flag) => !flag)) return rows;
  read.sentences.forEach((sentence, index) => {
    // The identifier: words joined by "_" or "." up to a "(" written against it.
    let i = sentence.from;
    while (i < sentence.to && (read.tokens[i]?.kind === 'word' || read.tokens[i]?.norm === '_' || read.tokens[i]?.norm === '.') && read.tokens[i + 1]?.norm !== '(') i += 1;
    const name = read.tokens[i];
    const open = read.tokens[i + 1];
    if (name?.kind === 'word' && open?.norm === '(' && open.start === name.end && tuple(read, i + 1, sentence.to, MIN_SIGNATURE_COLUMNS)) {
      rows[index] = true;
      return;
    }
    // The row under a signature: a short label, then one tuple ("example row: (...)").
    if (index === 0 || !rows[index - 1]) return;
    const colon = read.tokens.slice(sentence.from, sentence.to).findIndex((token) => token.norm === ':');
    if (colon >= 0 && colon <= 3 && tuple(read, sentence.from + colon + 1, sentence.to, MIN_SIGNATURE_COLUMNS)) rows[index] = true;
  });
  return rows;
}
