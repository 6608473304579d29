import { blankNameSpans } from './name-spans';

/**
 * Spans of a text that cite a source instead of saying anything: URLs and paths (name-spans.ts), book titles with a
 * chapter, an edition or their authors ("'Designing Data-Intensive Applications', ch. 11", "The Data Warehouse Toolkit
 * (Kimball), 3rd edition", "Fundamentals of Data Engineering (Reis & Housley)"), a reading-list line that names a rule
 * by number ("SEC Rule 17a-4(f) - WORM storage requirements") and pointers to documentation ("see the Kafka docs on
 * idempotence"). A title or a pointer names nothing the learner claims: "WORM" in a regulation's title is not Object
 * Lock, and "Data-Intensive Applications" asks nothing of the business. Sources: the usual citation forms (APA, Chicago:
 * title, author in brackets, edition, chapter) and how engineers point at vendor documentation.
 */

// A capitalised title word ("Data-Intensive", "Toolkit") and the small words a title keeps in lower case.
const TITLE_WORD = "[A-Z][\\w'\u2019-]*";
const SMALL_WORD = '(?:of|the|and|for|in|on|a|an|to|with|&)';
// Three or more title words ("Designing Data-Intensive Applications", "Fundamentals of Data Engineering").
const TITLE_RUN = `${TITLE_WORD}(?:[ \\t]+(?:${SMALL_WORD}[ \\t]+)*${TITLE_WORD}){2,}`;
// A title in quotes or emphasis ("'Streaming Systems'", "*The Data Warehouse Toolkit*").
const QUOTED = `(?:'[^'\\n]{3,80}'|"[^"\\n]{3,80}"|\u201c[^\u201d\\n]{3,80}\u201d|\u2018[^\u2019\\n]{3,80}\u2019|\\*[^*\\n]{3,80}\\*|_[^_\\n]{3,80}_)`;
// Authors in brackets: capitalised names, joined by "&", "and" or commas, maybe a year ("(Kleppmann)", "(Reis & Housley, 2022)").
const AUTHORS = "\\((?:[A-Z][a-z][\\w'\u2019.-]*)(?:(?:[ \\t]*(?:&|and|,)[ \\t]*|[ \\t]+)(?:[A-Z][a-z][\\w'\u2019.-]*|et[ \\t]+al\\.?))*(?:,?[ \\t]*\\d{4})?\\)";
// Where in a source: a chapter, an edition, a page or a section ("ch. 11", "chapter on", "3rd edition", "pp. 120").
const LOCATOR = "(?:ch(?:apter)?\\.?[ \\t]*\\d+|ch\\.|chapters?\\b|\\d+(?:st|nd|rd|th)[ \\t]+ed(?:ition\\b|\\.)|pp?\\.[ \\t]*\\d+|\u00a7[ \\t]*\\d+)";
// A title followed by its authors (then anything to the end of the item) or by a locator.
const CITED_TITLE = new RegExp(`(?:${QUOTED}|${TITLE_RUN}|\\b[A-Z][A-Za-z]*[A-Z](?=,?[ \\t]*${LOCATOR}))[ \\t]*(?:${AUTHORS}(?=[ \\t]*(?:$|[?,.;:\\n-]))|,?[ \\t]*${LOCATOR})`, 'g');
// A quoted title with a locator before it ("ch. 11 of 'Streaming Systems'").
const LOCATED_QUOTE = new RegExp(`${LOCATOR}[ \\t]+(?:of|in)[ \\t]+${QUOTED}`, 'gi');
// What a cited title or a located quote cannot do without, tested before the long patterns run over a text: authors in
// brackets or a locator for a title (case as in CITED_TITLE), a locator in any case for a located quote. Most texts
// have neither, so they are not scanned position by position for title runs and quotes.
const TITLE_CUE = new RegExp(`\\([A-Z][a-z]|${LOCATOR}`);
const LOCATOR_CUE = new RegExp(LOCATOR, 'i');
// A pointer to documentation: "see the Kafka docs on idempotence", "check out the Spark guide", "cf. the RFC".
const POINTER = /\b(?:see|cf\.|check(?:[ \t]+out)?|refer[ \t]+to|read)[ \t]+(?:the[ \t]+|our[ \t]+|any[ \t]+)?(?:[\w.'\u2019-]+[ \t]+){0,4}?(?:docs|documentation|guide|manual|book|paper|whitepaper|article|blog(?:[ \t]+post)?|post|talk|spec(?:ification)?|rfc|reference[ \t]+(?:page|guide|docs))\b/gi;
// A reading-list line that opens with a rule, article or standard by its number and then its title, with no question
// ("SEC Rule 17a-4(f) - WORM storage requirements", "GDPR Art. 17: right to erasure"). Its issuer must be named: a
// learner's own heading ("Section 2: keys", "Rule 1 - never update in place") is not a citation.
const NUMBERED_RULE = /^[ \t]*(?:[-*\u2022][ \t]+|\d+[.)][ \t]+)?[A-Z]{2,}(?:[ \t]+[A-Z]{2,})?[ \t]+(?:Rule|Article|Art\.|Section|Regulation|Directive|Requirement)[ \t]*\d[\w.()/-]*[ \t]*(?:[-\u2013\u2014:][ \t]+)[^\n?]*$/gm;

// From `to`, the end of what a citation carries with it: the closing bracket when it sits inside one, else the end of
// its line or the next semicolon.
function carriedEnd(text: string, from: number, to: number): number {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const before = text.slice(lineStart, from);
  const open = before.lastIndexOf('(');
  if (open >= 0 && before.indexOf(')', open) < 0) {
    const close = text.indexOf(')', to);
    const newline = text.indexOf('\n', to);
    if (close >= 0 && (newline < 0 || close < newline)) return close;
  }
  const stops = [text.indexOf('\n', to), text.indexOf(';', to)].filter((at) => at >= 0);
  return stops.length > 0 ? Math.min(...stops) : text.length;
}

// The verb that points at a citation just before it ("Have you read", "see", "check out the"): part of the pointer.
const POINTING_VERB = /(?:\b(?:(?:have|did)[ \t]+you[ \t]+(?:ever[ \t]+)?)?(?:read|see|cf\.|check(?:[ \t]+out)?|refer[ \t]+to)[ \t]+(?:the[ \t]+)?)$/i;

// A citation's start moved back over the verb pointing at it.
function withPointingVerb(text: string, from: number): number {
  const verb = POINTING_VERB.exec(text.slice(Math.max(0, from - 40), from));
  return verb ? from - verb[0].length : from;
}

/** Where each citation of `text` starts and ends (character offsets, end exclusive), in text order, URLs excluded. Pure. */
export function findCitations(text: string): { from: number; to: number }[] {
  if (typeof text !== 'string' || text === '') return [];
  const spans: { from: number; to: number }[] = [];
  for (const pattern of [CITED_TITLE, LOCATED_QUOTE, POINTER]) {
    if ((pattern === CITED_TITLE && !TITLE_CUE.test(text)) || (pattern === LOCATED_QUOTE && !LOCATOR_CUE.test(text))) continue;
    for (const match of text.matchAll(pattern)) spans.push({ from: withPointingVerb(text, match.index), to: carriedEnd(text, match.index, match.index + match[0].length) });
  }
  for (const match of text.matchAll(NUMBERED_RULE)) spans.push({ from: match.index, to: match.index + match[0].length });
  return spans.sort((a, b) => a.from - b.from);
}

/**
 * `text` with every URL and path (name-spans.ts) and every citation (`findCitations`) blanked to spaces of the same
 * length, so offsets and the sentences around them stay as written: "The sink is idempotent (see DDIA, ch. 11)." keeps
 * its claim, "SEC Rule 17a-4(f) - WORM storage requirements" says nothing. Pure; a non-string reads as empty.
 */
export function blankCitations(text: string): string {
  const named = blankNameSpans(text);
  const spans = findCitations(named);
  if (spans.length === 0) return named;
  let out = named;
  for (const { from, to } of spans) out = `${out.slice(0, from)}${out.slice(from, to).replace(/[^\n]/g, ' ')}${out.slice(to)}`;
  return out;
}
