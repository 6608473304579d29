import { cueLine } from './normalise';
import { isGenericTerm } from './case-fit';

/**
 * A question about what another organisation does: "What does Uber do for surge pricing?", "How does
 * Netflix handle this kind of event data?", "What's Amazon's approach to clickstream?". An interviewer
 * speaks for the business in the case, not for another company, so such a line asks nothing they can
 * answer. A question about how a party sends us something ("How does Visa send us the clearing files?")
 * names our side and is a real question. General English: the organisation is a capitalised name after
 * "what/how does" (or a widely known company typed in lower case), and what it is asked to do is a
 * practice (do, use, handle, build, compute...). Whether the case itself works with that organisation is
 * for the caller to judge from the case's facts.
 */

/** Companies candidates cite as a model, for lower-case typing ("what does uber do"); capitalised names need no list. */
export const KNOWN_COMPANIES: readonly string[] = [
  'amazon', 'google', 'meta', 'facebook', 'apple', 'microsoft', 'netflix', 'uber', 'lyft', 'airbnb', 'spotify', 'linkedin',
  'twitter', 'stripe', 'adyen', 'paypal', 'square', 'shopify', 'walmart', 'ebay', 'alibaba', 'etsy', 'doordash', 'instacart',
  'tesla', 'siemens', 'grab', 'didi', 'monzo', 'revolut', 'visa', 'mastercard', 'epic', 'cerner', 'salesforce', 'pinterest',
];

const PRACTICE_VERBS =
  'do|does|did|use|uses|used|handle|handles|handled|build|builds|built|approach|approaches|solve|solves|solved|compute|computes|calculate|calculates|' +
  'implement|implements|architect|architects|design|designs|designed|tackle|tackles|manage|manages|structure|structures|run|runs|store|stores|' +
  'model|models|deal|deals|process|processes|price|prices|detect|detects|score|scores|track|tracks|set up|organise|organize';

const NAME = String.raw`([A-Za-z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})`;

const PATTERNS: readonly RegExp[] = [
  // "What does Uber do for surge?", "How would Netflix build this?", "How does Kaiser Permanente handle their census?"
  new RegExp(String.raw`\b(?:what|how)\s+(?:does|do|did|would|might|could|will|can)\s+${NAME}\s+(?:\w+\s+)?(?:${PRACTICE_VERBS})\b`, 'gi'),
  // "What's Amazon's approach to clickstream?", "Uber's architecture for surge?"
  new RegExp(String.raw`\b${NAME}'s\s+(?:\w+\s+)?(?:approach|architecture|stack|pipeline|pipelines|setup|solution|design|system|platform|way|method|model|implementation|tooling)\b`, 'gi'),
  // "... like Netflix does?"
  new RegExp(String.raw`\b(?:like|as)\s+${NAME}\s+(?:does|do|did)\b`, 'gi'),
];

/** Words that cannot be an organisation's name in the slot: pronouns, determiners, people in the case. */
const NOT_A_NAME = new Set(
  ('i you we they it he she this that these those the a an our your their its my each every any some all most people everyone someone ' +
    'anyone users customers analysts teams team one other others what whats how who where when which why there here today tomorrow ' +
    'yesterday so and but or if then also just').split(' '),
);

/** Naming our side ("send us", "our platform", "we"): the question is about the case, whoever else it names. */
const OUR_SIDE = /\b(?:we|us|our|ours|ourselves)\b/i;

const known = new Set(KNOWN_COMPANIES);

/** The organisation a captured slot names: its longest tail that starts with a capital (or a known company) and is no tool. */
function asOrganisation(raw: string): string | null {
  const words = raw.trim().split(/\s+/);
  for (let start = 0; start < words.length; start += 1) {
    const first = words[start] ?? '';
    if (NOT_A_NAME.has(first.toLowerCase())) continue;
    if (!/^[A-Z]/.test(first) && !known.has(first.toLowerCase())) continue;
    const name = words.slice(start).join(' ');
    // A tool or store ("How does Kafka handle retries?") is a technical question, not another business;
    // a known company stays one even when the lexicon lists its products ("Google").
    if (!known.has(name.toLowerCase()) && isGenericTerm(name)) return null;
    return name;
  }
  return null;
}

/**
 * The organisation whose own practice `text` asks about ("Uber" in "What does Uber do for surge
 * pricing?"), or null: also null when the line names our side ("How does Visa send us the files?") or
 * the name is a tool or store ("How does Kafka handle retries?"). Reads the first 500 characters. Pure; never throws.
 */
export function otherOrganisationAsked(text: string): string | null {
  if (typeof text !== 'string') return null;
  const line = cueLine(text);
  if (OUR_SIDE.test(line)) return null;
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
      const name = asOrganisation(match[1] ?? '');
      if (name) return name;
    }
  }
  return null;
}
