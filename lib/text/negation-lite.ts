import { DEFAULT_MAX_CHARS } from './normalise';

/** A stretch of a clause in the learner's own words, and whether a negation covers it. */
export type PolarPiece = { text: string; negated: boolean };

/** One clause as written, cut into affirmed and negated pieces in order (the negation cues themselves dropped). */
export type PolarClause = { text: string; pieces: PolarPiece[] };

/**
 * Clause boundaries: sentence and list punctuation, brackets, dashes between words and the contrast
 * words that start a new claim ("not real-time but hourly"). A colon does not end a clause: it labels
 * ("inventory: sub-minute"). A full stop inside a number ("1.5 hours") does not end one either.
 */
const CLAUSE_BREAK = /[;\n!?()[\]]+|,\s*|\.(?!\d)|\s[-\u2013\u2014]+\s|\s+(?:but|however|whereas|although|though|yet|while)\s+/i;

/**
 * Phrases with a negation word that do not negate: bounds ("no more than 5 minutes", "no later than
 * 06:00" state the requirement), "not only", and the hedge "not sure" (a hedge, not a denial).
 */
const NOT_NEGATION =
  /\b(?:no|not|never)\s+(?:more|later|longer|older|slower|staler|worse|less|fewer|greater|higher|over|beyond|after|exceeding)\b(?:\s+than)?|\bnot\s+to\s+exceed\b|\bnot\s+(?:only|just|sure|certain)\b|\bno\s+(?:matter|doubt)\b/gi;

/** A negation that covers what comes before it in its clause: "real-time is overkill", "sub-second isn't needed". */
const POSTFIX =
  /\b(?:(?:is|are|was|be)\s+)?(?:not|\w+n['\u2019]t)\s+(?:needed|required|necessary|wanted|a\s+requirement|in\s+scope|worth\s+it)\b|\b(?:(?:is|are|would\s+be)\s+)?(?:overkill|unnecessary|unneeded|out\s+of\s+scope|a\s+waste)\b/gi;

/** A negation that covers the rest of its clause: "we do not need real-time", "no CDC", "rather than streaming". */
const PREFIX =
  /\b(?:no\s+need\s+(?:for|to)|instead\s+of|rather\s+than|not|no|never|without|neither|nor|none|nothing|cannot|avoid(?:s|ed|ing)?|skip(?:s|ped|ping)?|\w+n['\u2019]t)\b/gi;

/** A colon ends a negation's scope without ending the clause: "no need to stream: a nightly batch fits". */
const SCOPE_END = /:/g;

type Cue = { start: number; end: number; kind: 'prefix' | 'postfix' | 'scope-end' };

const blank = (text: string, pattern: RegExp) => text.replace(pattern, (found) => ' '.repeat(found.length));

function cuesIn(clause: string): Cue[] {
  // Bounds are blanked (same length, so offsets hold) before looking for cues.
  let masked = blank(clause, NOT_NEGATION);
  const cues: Cue[] = [];
  for (const found of masked.matchAll(POSTFIX)) cues.push({ start: found.index, end: found.index + found[0].length, kind: 'postfix' });
  masked = blank(masked, POSTFIX);
  for (const found of masked.matchAll(PREFIX)) cues.push({ start: found.index, end: found.index + found[0].length, kind: 'prefix' });
  // "06:00" keeps its colon: only a colon outside a number ends a scope.
  for (const found of clause.matchAll(SCOPE_END)) {
    if (!/\d/.test(clause[found.index - 1] ?? '') || !/\d/.test(clause[found.index + 1] ?? '')) cues.push({ start: found.index, end: found.index + 1, kind: 'scope-end' });
  }
  return cues.sort((a, b) => a.start - b.start);
}

function pushPiece(pieces: PolarPiece[], text: string, negated: boolean): void {
  const trimmed = text.trim();
  if (trimmed !== '') pieces.push({ text: trimmed, negated });
}

/** Cuts one clause at its cues: a prefix cue negates up to the clause end (or a colon), a postfix cue what precedes it. */
function polarPieces(clause: string): PolarPiece[] {
  const pieces: PolarPiece[] = [];
  let at = 0;
  let negated = false;
  for (const cue of cuesIn(clause)) {
    if (cue.start < at) continue;
    if (cue.kind === 'postfix') {
      pushPiece(pieces, clause.slice(at, cue.start), true);
      negated = false;
    } else if (cue.kind === 'scope-end') {
      pushPiece(pieces, clause.slice(at, cue.start), negated);
      negated = false;
    } else {
      pushPiece(pieces, clause.slice(at, cue.start), negated);
      negated = true;
    }
    at = cue.end;
  }
  pushPiece(pieces, clause.slice(at), negated);
  return pieces;
}

/**
 * Splits prose into clauses and marks which words are under a negation. Minimal and rule-based:
 * "We do NOT need real-time; weekly is fine" gives a negated "need real-time" and an affirmed
 * "weekly is fine"; "real-time is overkill, hourly is enough" a negated "real-time" and an affirmed
 * "hourly is enough"; "no more than 5 minutes" stays affirmed. Never throws; non-strings read as ''.
 */
export function polarClauses(text: string, maxChars = DEFAULT_MAX_CHARS): PolarClause[] {
  const cut = typeof text === 'string' ? text.slice(0, Math.max(0, maxChars)) : '';
  const clauses: PolarClause[] = [];
  for (const part of cut.split(CLAUSE_BREAK)) {
    const clause = part.trim();
    if (clause === '') continue;
    const pieces = polarPieces(clause);
    if (pieces.length > 0) clauses.push({ text: clause, pieces });
  }
  return clauses;
}
