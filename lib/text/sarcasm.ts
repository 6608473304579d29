/**
 * Sarcasm in a learner's text: a sentence that says a claim while its own words mock it ("Sure, a nightly batch will
 * totally meet the 5-minute SLA", "Streaming is for people with too much budget. What could possibly go wrong.").
 * An interviewer does not read such a claim as affirmed: it is neither the learner's design nor a denial of it.
 *
 * Markers, from how English marks irony in writing:
 * - on their own: "/s", "what could (possibly) go wrong", "yeah right", "said no one ever", "famous last words";
 * - in pairs within one sentence: "totally", "sure," (sentence-initial), "obviously", "of course", "definitely",
 *   "absolutely". One of them alone is earnest ("Sure, a nightly job is cheaper, but...", "obviously we need CDC").
 * A sentence that is only a marker ("What could possibly go wrong?") mocks the sentence before it in the same text.
 */

/** A sarcastic sentence: its characters `[start, end)` in the text, and the marker words that made it so. */
export type SarcasticSpan = { start: number; end: number; text: string; markers: string[] };

const STRONG_MARKERS: readonly RegExp[] = [
  /(?:^|\s)\/s\b/i,
  /\bwhat could (?:possibly )?go wrong\b/i,
  /\byeah,? right\b/i,
  /\bsaid no ?one ever\b/i,
  /\bfamous last words\b/i,
];

const WEAK_MARKERS: readonly RegExp[] = [/\btotally\b/i, /^\s*sure\s*,/i, /\bobviously\b/i, /\bof course\b/i, /\bdefinitely\b/i, /\babsolutely\b/i];

/** The words a marker-only sentence may hold besides its marker ("What could possibly go wrong?!"). */
const MARKER_ONLY = /^\s*(?:\/s|what could (?:possibly )?go wrong|yeah,? right|said no ?one ever|famous last words)[\s.!?,;:)]*$/i;

type Sentence = { start: number; end: number; text: string };

/** Sentences of a text, cut after ". ", "! ", "? " and line breaks; offsets into the text. */
function sentencesOf(text: string): Sentence[] {
  const result: Sentence[] = [];
  const boundary = /[.!?]+(?=\s|$)|\n+/g;
  let start = 0;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (text.slice(start, end).trim() !== '') result.push({ start, end, text: text.slice(start, end) });
    start = end;
  }
  if (text.slice(start).trim() !== '') result.push({ start, end: text.length, text: text.slice(start) });
  return result;
}

function markersOf(sentence: string): string[] {
  const strong = STRONG_MARKERS.flatMap((marker) => sentence.match(marker)?.[0].trim() ?? []);
  const weak = WEAK_MARKERS.flatMap((marker) => sentence.match(marker)?.[0].replace(/,$/, '').trim() ?? []);
  if (strong.length > 0) return [...strong, ...weak];
  return weak.length >= 2 ? weak : [];
}

/**
 * The sarcastic sentences of a text, in order (see the module comment for the markers); a marker-only sentence makes
 * the sentence before it sarcastic too. Never throws; a non-string has none. Pure; O(length).
 */
export function sarcasticSpans(text: string): SarcasticSpan[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const sentences = sentencesOf(text);
  const result: SarcasticSpan[] = [];
  sentences.forEach((sentence, at) => {
    const markers = markersOf(sentence.text);
    if (markers.length === 0) return;
    const previous = at > 0 ? sentences[at - 1] : undefined;
    if (MARKER_ONLY.test(sentence.text) && previous && !result.some((span) => span.start === previous.start)) {
      result.push({ start: previous.start, end: previous.end, text: previous.text.trim(), markers });
    }
    result.push({ start: sentence.start, end: sentence.end, text: sentence.text.trim(), markers });
  });
  return result;
}

/**
 * The text with its sarcastic sentences blanked (replaced by spaces, so offsets hold): what the learner affirms.
 * Pure.
 */
export function withoutSarcasm(text: string): string {
  const spans = sarcasticSpans(text);
  if (spans.length === 0) return typeof text === 'string' ? text : '';
  let result = text;
  for (const span of spans) result = result.slice(0, span.start) + ' '.repeat(span.end - span.start) + result.slice(span.end);
  return result;
}
