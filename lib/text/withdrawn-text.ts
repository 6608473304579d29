import { withdrawnWords } from './find-phrases';
import { readText } from './read-text';

/** A stretch the learner took back: their words (`said`) and the words that took them back (`by`), verbatim. */
export type WithdrawnStretch = { said: string; by: string };

/** A text with what the learner took back blanked out, and what was taken back. */
export type WithdrawnText = { text: string; withdrawn: WithdrawnStretch[] };

const MAX_REMEMBERED = 200;
const remembered = new Map<string, WithdrawnText>();

/**
 * The text as the learner finally meant it, for readers that cut a field into pieces before reading
 * it (an SLA list, a form field): every stretch taken back ("Surge within 30 seconds - actually,
 * scratch that, hourly is enough") is replaced by spaces of the same length, so offsets and the
 * words that follow stay as written, and a claim restated after the take-back stands. The take-back's own words
 * are blanked too, so a reader of the result never takes back a second time. Read whole by
 * lib/text (retraction.ts); `withdrawn` lists each stretch and its take-back, in order, for a finding.
 * Reads the first 2,000 characters (the rest is kept as is); never throws; a non-string reads as ''.
 */
export function withoutWithdrawn(raw: string): WithdrawnText {
  const text = typeof raw === 'string' ? raw : '';
  const known = remembered.get(text);
  if (known) return known;
  const read = readText(text);
  let out = text;
  const withdrawn: WithdrawnStretch[] = [];
  for (const withdrawal of read.withdrawals) {
    const start = read.tokens[withdrawal.from]?.start;
    const end = read.tokens[withdrawal.to - 1]?.end;
    if (start === undefined || end === undefined || end <= start) continue;
    const said = withdrawnWords(read, withdrawal.from, withdrawal.to).replace(/[\s,;:.\-\u2013\u2014]+$/u, '');
    if (said === '') continue;
    withdrawn.push({ said, by: withdrawnWords(read, withdrawal.cueFrom, withdrawal.cueTo) });
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
    // The take-back's own words ("skip that", "scratch that") go too: read again without the stretch they took
    // back, a cue opening its sentence would take back the sentence before it as well.
    const cueStart = read.tokens[withdrawal.cueFrom]?.start;
    const cueEnd = read.tokens[withdrawal.cueTo - 1]?.end;
    if (cueStart !== undefined && cueEnd !== undefined && cueEnd > cueStart && cueStart >= end) out = out.slice(0, cueStart) + ' '.repeat(cueEnd - cueStart) + out.slice(cueEnd);
  }
  const result = { text: out, withdrawn };
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(text, result);
  return result;
}
