import type { ReadText } from './read-text';

// Words a summary may open with before its pronoun ("and together that gives", "so all of this means").
const LEAD_INS: ReadonlySet<string> = new Set(['and', 'so', 'then', 'together', 'combined', 'altogether', 'overall', 'all', 'of', 'both', 'with']);
// Pronouns that stand for what was just said ("that makes it WORM", "together these give exactly-once").
const SUMMARY_PRONOUNS: ReadonlySet<string> = new Set(['that', 'this', 'these', 'those', 'together', 'combined', 'both']);
// Verbs a summary says its outcome with ("that makes it WORM", "this gives you exactly-once", "these guarantee ...").
const SUMMARY_VERBS: ReadonlySet<string> = new Set([
  'make', 'makes', 'made', 'give', 'gives', 'gave', 'mean', 'means', 'guarantee', 'guarantees', 'ensure', 'ensures', 'provide',
  'provides', 'get', 'gets', 'is', 'are', 'was', 'equals', 'amounts', 'covers', 'cover', 'keeps', 'keep', 'achieves', 'achieve',
  'delivers', 'deliver', 'yields', 'yield', 'adds', 'turns', 'counts', 'works', 'should', 'will', 'would', 'can', 'does', 'do',
]);
/** How many words a summary's opening may take before its verb. */
const REACH = 5;

/**
 * Whether the clause at `index` is a summary of what came before it: its subject is a pronoun standing for the
 * previous clause ("Put them in S3 with versioning on and an IAM policy denying DeleteObject, THAT MAKES IT WORM";
 * "idempotent producer, transactions and read_committed; TOGETHER THAT GIVES YOU exactly-once"; "Versioning is on.
 * That makes the records immutable."). Read from the clause's first words: optional lead-ins ("and", "so", "together",
 * "all of"), a summary pronoun ("that", "this", "these", "together"), then a verb a summary says its outcome with
 * ("makes", "gives", "means", "guarantees", "is"). A pronoun used as a determiner ("that table is ...") is not one: the
 * verb must follow the pronoun at once. What the summary asserts is then claimed of the clause it sums up, so a wrong
 * claim split over the two ("versioning ... that makes it WORM") is read as one claim. Pure; false for the text's first
 * clause.
 */
export function summarisesPrevious(read: ReadText, index: number): boolean {
  if (index <= 0) return false;
  const clause = read.clauses[index];
  if (!clause) return false;
  const words: string[] = [];
  for (let i = clause.from; i < clause.to && words.length < REACH; i += 1) {
    const token = read.tokens[i];
    if (!token) break;
    if (token.kind === 'mark') {
      if (token.norm === ',' && words.length > 0) continue;
      if (words.length === 0) continue;
      break;
    }
    words.push(token.norm);
  }
  // "that's exactly-once": the contraction's verb is not a word of its own.
  const first = read.tokens.slice(clause.from, clause.to).find((token) => token.kind === 'word');
  if (first && SUMMARY_PRONOUNS.has(first.norm) && /['’]s$/iu.test(read.text.slice(first.start, first.end))) words.splice(1, 0, 'is');
  let at = 0;
  while (at < words.length && LEAD_INS.has(words[at] ?? '') && !(SUMMARY_PRONOUNS.has(words[at] ?? '') && SUMMARY_VERBS.has(words[at + 1] ?? ''))) at += 1;
  // "together, these give": a lead-in pronoun may precede the pronoun proper.
  if (!SUMMARY_PRONOUNS.has(words[at] ?? '')) return false;
  return SUMMARY_VERBS.has(words[at + 1] ?? '');
}
