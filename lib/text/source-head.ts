import { normaliseText, tokenise } from './normalise';
import { isStopword } from './stopwords';
import { stemWord } from './stem';

/** Words of a requirement's wording that say what role a box plays, not what it is ("as a source"). */
const ROLE_WORDS: ReadonlySet<string> = new Set(['source', 'sources', 'input', 'inputs', 'origin', 'upstream']);

/** Content words of a text (normaliseText's plain words, letters only), without function words or role words. */
function contentWords(text: string): string[] {
  return tokenise(normaliseText(text, 300)).filter((word) => /^[a-z]+$/.test(word) && !isStopword(word) && !ROLE_WORDS.has(word));
}

/**
 * The stems of the words a case uses to name one of its sources ("The authorisation switch as a source"
 * -> authoris, switch; "The hospital systems as a source" -> hospit, system), so a box named by a bare
 * word of that source ("Switch", "Hospitals") can be read as it. Pure; never throws.
 */
export function sourceNameStems(wording: string): Set<string> {
  return new Set(contentWords(wording).map(stemWord));
}

/**
 * Whether a box label's head noun (its last content word outside brackets: "card network switch" ->
 * switch) is one of `stems` (see sourceNameStems). Only the head counts: "network" in "card network
 * switch" does not make it the network's clearing files. Pure; never throws.
 */
export function headNamesSource(label: string, stems: ReadonlySet<string>): boolean {
  const head = label.replace(/[([{][^)\]}]*[)\]}]?/g, ' ');
  const words = contentWords(head);
  const last = words[words.length - 1];
  return last !== undefined && stems.has(stemWord(last));
}

/**
 * Whether every content word of a box label (outside brackets) is one of `stems` (see sourceNameStems):
 * the label is a bare name of that source ("Gateways" for "Sensors and edge gateways"), with nothing that
 * names another thing ("API gateway" names an API). False for a label with no content word. Pure; never throws.
 */
export function labelOnlyNamesSource(label: string, stems: ReadonlySet<string>): boolean {
  const words = contentWords(label.replace(/[([{][^)\]}]*[)\]}]?/g, ' '));
  return words.length > 0 && words.every((word) => stems.has(stemWord(word)));
}

/**
 * Whether the first content word of a box label (outside brackets) is one of `stems` (see sourceNameStems)
 * while its head, a plural noun, is not: the label names what a source sends, qualified by the source ("driver pings" are
 * what the driver app sends, "hospital feeds" what the hospital systems send). False for a one-word label or
 * one whose head already names the source (headNamesSource reads those). Pure; never throws.
 */
export function qualifierNamesSource(label: string, stems: ReadonlySet<string>): boolean {
  const words = contentWords(label.replace(/[([{][^)\]}]*[)\]}]?/g, ' '));
  const head = words[words.length - 1];
  if (words.length < 2 || head === undefined) return false;
  // What a source sends is counted in items: a plural head ("pings", "requests"), not a thing ("clipboard").
  const plural = head.length > 3 && head.endsWith('s') && !head.endsWith('ss');
  return plural && stems.has(stemWord(words[0]!)) && !stems.has(stemWord(head));
}
