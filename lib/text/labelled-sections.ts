/**
 * A text the learner organised under their own headings: "Inputs: ... Use cases and SLAs: ... Outputs: ... Why: ...".
 * A heading is a short run of words (at most MAX_LABEL_WORDS) that opens the text, a line or a sentence and ends with a
 * colon that is not a clock's ("06:00"); it counts only when it names one of the caller's labels.
 */

/** One stretch of the text: the labels its heading names (none for text before the first heading) and its body. */
export type LabelledSection<Id extends string> = { ids: Id[]; heading: string; body: string };

/** The most words a heading may have ("Use cases and their SLAs"). */
export const MAX_LABEL_WORDS = 6;

// A heading: at the start, after a line break, or after a sentence end or semicolon; words, then a colon not before a digit.
const HEADING = /(^|\n|[.!?;]\s+)\s*(?:[-*#]+\s*)?(?:\*\*)?([A-Za-z][A-Za-z/&+' -]{0,60}?)(?:\*\*)?\s*:(?!\d)/g;

/**
 * The sections of `text` under the headings that name a label: each label is a list of words, one of which must be a
 * word of the heading ("Use cases and SLAs" names both `useCase: ['use', 'usecase']`-style labels whose words it
 * holds). Text before the first such heading is a section with no ids. Headings naming no label stay in the body.
 * Pure; a non-string reads as no sections.
 */
export function labelledSections<Id extends string>(text: string, labels: Readonly<Record<Id, readonly string[]>>): LabelledSection<Id>[] {
  const source = typeof text === 'string' ? text : '';
  const cuts: { at: number; bodyAt: number; ids: Id[]; heading: string }[] = [];
  for (const match of source.matchAll(HEADING)) {
    const heading = (match[2] ?? '').trim();
    const words = heading.toLowerCase().split(/[^a-z]+/).filter((word) => word !== '');
    if (words.length === 0 || words.length > MAX_LABEL_WORDS) continue;
    const ids = (Object.keys(labels) as Id[]).filter((id) => labels[id].some((label) => words.includes(label)));
    if (ids.length === 0) continue;
    const at = (match.index ?? 0) + (match[1] ?? '').length;
    cuts.push({ at, bodyAt: (match.index ?? 0) + match[0].length, ids, heading });
  }
  const sections: LabelledSection<Id>[] = [];
  const lead = source.slice(0, cuts[0]?.at ?? source.length).trim();
  if (lead !== '') sections.push({ ids: [], heading: '', body: lead });
  cuts.forEach((cut, k) => {
    sections.push({ ids: cut.ids, heading: cut.heading, body: source.slice(cut.bodyAt, cuts[k + 1]?.at ?? source.length).trim() });
  });
  return sections;
}

// "see above", "as above", "see the use case", "above", "same", "n/a", "-", "...".
const POINTER = /^(?:(?:see|as)\s+(?:above|below|(?:the\s+)?(?:use[- ]?case|first field|notes?|text)(?:\s+(?:field|above))?)|above|below|same(?:\s+as\s+above)?|ditto|n\/?a|-+|\.+|\?)\W*$/i;

/** Whether a field says nothing of its own but points at another ("see above", "as above", "n/a"). Pure. */
export function pointsElsewhere(text: string): boolean {
  return POINTER.test((typeof text === 'string' ? text : '').trim());
}
