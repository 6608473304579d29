import { DEFAULT_MAX_CHARS } from '../text/normalise';
import { readText } from '../text/read-text';
import { deniedSubjects } from '../text/subject-denial';
import { opensWithVerdict } from '../text/not-applicable';

/**
 * A form field is terse: a semicolon or a colon (not the one in "06:00") ends a statement and the
 * reach of its negation ("no need to stream: a nightly batch fits" affirms the batch).
 */
const FIELD_BREAK_KEPT = /(;|:(?!\d))/;

/** A stretch of a clause in the learner's own words, and whether a negation covers it (cue words left out). */
export type PolarPiece = { text: string; negated: boolean };

/** One clause as written, cut into affirmed and negated pieces in order. */
export type PolarClause = { text: string; pieces: PolarPiece[] };

/**
 * A design field read by lib/text (clauses, negation scope) and regrouped into affirmed and
 * negated stretches of the learner's own words, so a value parser can read each stretch whole:
 * "We do NOT need real-time; weekly is fine" gives a negated "need real-time" and an affirmed
 * "weekly is fine". Reads the first `maxChars` characters; never throws; a non-string reads as ''.
 */
export function polarClauses(text: string, maxChars = DEFAULT_MAX_CHARS): PolarClause[] {
  const cut = (typeof text === 'string' ? text : '').slice(0, Math.max(0, maxChars));
  return fieldParts(cut).flatMap(readPart);
}

/** A field cut at its statement breaks, each part to be read by lib/text on its own. */
export function fieldParts(text: string): string[] {
  // "Fraud: N/A": a colon before a not-applicable verdict joins the label to it (lib/text/not-applicable.ts).
  const pieces = (typeof text === 'string' ? text : '').split(FIELD_BREAK_KEPT);
  const parts: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i] ?? '';
    if (i > 0 && pieces[i - 1] === ':' && opensWithVerdict(piece) && parts.length > 0) parts[parts.length - 1] += `:${piece}`;
    else parts.push(piece);
  }
  return parts.filter((part) => part.trim() !== '');
}

function readPart(part: string): PolarClause[] {
  const read = readText(part);
  const denied = deniedSubjects(read);
  const clauses: PolarClause[] = [];
  for (const clause of read.clauses) {
    const pieces: PolarPiece[] = [];
    let current: { start: number; end: number; negated: boolean } | undefined;
    const close = () => {
      if (current) pieces.push({ text: read.text.slice(current.start, current.end).trim(), negated: current.negated });
      current = undefined;
    };
    for (let i = clause.from; i < clause.to; i += 1) {
      const token = read.tokens[i];
      // Marks stay inside the stretch they fall in ("06:00"); cue words end it.
      if (!token || token.kind !== 'word') continue;
      if (read.cue[i]) {
        close();
        continue;
      }
      const negated = (read.negated[i] ?? false) || denied.has(i);
      if (current && current.negated === negated) current.end = token.end;
      else {
        close();
        current = { start: token.start, end: token.end, negated };
      }
    }
    close();
    if (pieces.length > 0) clauses.push({ text: clause.text, pieces });
  }
  return clauses;
}
