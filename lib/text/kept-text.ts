import { readText } from './read-text';

/**
 * The text with every word the learner took back blanked out ("Surge within 30 seconds - actually,
 * scratch that, an hourly refresh is enough" keeps only "actually, scratch that, an hourly refresh is
 * enough"), read by lib/text/retraction.ts (readRetractions, the one take-back reader). Blanks keep
 * their length, so offsets and the words left stay where they were; a text with nothing taken back
 * comes back unchanged. Reads up to `maxChars` characters (default 2,000). Pure; never throws; a
 * non-string reads as empty.
 */
export function keptText(raw: string, maxChars = 2000): string {
  const read = readText(typeof raw === 'string' ? raw : '', maxChars);
  if (!read.retracted.includes(true)) return read.text;
  let kept = '';
  let at = 0;
  read.tokens.forEach((token, index) => {
    if (!read.retracted[index]) return;
    kept += read.text.slice(at, token.start) + ' '.repeat(token.end - token.start);
    at = token.end;
  });
  return kept + read.text.slice(at);
}
