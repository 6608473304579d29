/**
 * A data source or view described in plain words by what it holds instead of named by its standard term: "the list of
 * devices and where they are installed" is an asset (device) registry, the catalogue of things with their attributes;
 * "what each sensor is doing right now" is a live status view, the current state of each thing. Engines read the
 * description as the standard term, so a learner who describes the part earns what one who names it does. Sources:
 * the usual definitions (an asset registry or master data: the list of assets with their attributes; a live or
 * current-status view: the latest state per asset).
 */

/** The standard terms a description stands for. */
export type DescribedRole = 'asset registry' | 'live status';

/** Things a registry lists: physical assets and the people or places they are tied to. */
const THINGS = String.raw`(?:devices?|machines?|sensors?|assets?|equipment|meters?|gateways?|vehicles?|cars?|scooters?|pumps?|turbines?|robots?|controllers?|plcs?|instruments?|tags?|units?|things)`;
/** Words for a list that holds things with their attributes. */
const LIST = String.raw`(?:list|lists|listing|catalogue|catalog|inventory|register|directory|roster|master list|master data|spreadsheet|sheet)`;

const PATTERNS: readonly { role: DescribedRole; pattern: RegExp }[] = [
  // "the list of devices (and where they are installed)", "a catalogue of every sensor with its model".
  { role: 'asset registry', pattern: new RegExp(String.raw`\b${LIST} of (?:all |the |our |every |each )?(?:\w+ )?${THINGS}\b`, 'gi') },
  // "the machine list with alarm limits", "sensor inventory".
  { role: 'asset registry', pattern: new RegExp(String.raw`\b${THINGS} ${LIST}\b`, 'gi') },
  // "which devices are installed where", "where each sensor is installed".
  { role: 'asset registry', pattern: new RegExp(String.raw`\b(?:which ${THINGS} (?:are|is) (?:installed|fitted|mounted|located) where|where (?:each|every) \w+ (?:is|sits) (?:installed|fitted|mounted|located))\b`, 'gi') },
  // "what each sensor is doing right now", "how every machine is doing at the moment".
  {
    role: 'live status',
    pattern: new RegExp(String.raw`\b(?:what|how) (?:each|every|the|all the) (?:\w+ )?${THINGS} (?:is|are) doing (?:right now|now|at the moment|at this moment|this minute|as we speak)`, 'gi'),
  },
  // "the current state of every machine", "latest status per sensor".
  {
    role: 'live status',
    pattern: new RegExp(String.raw`\b(?:current|latest|present|up-to-the-second|up to the second) (?:state|status|condition|readings?|values?) (?:of|for|per) (?:each|every|all|the) (?:\w+ )?${THINGS}\b`, 'gi'),
  },
];

export type DescribedSpan = { role: DescribedRole; start: number; end: number; text: string };

/**
 * The stretches of `text` that describe a part by what it holds (see the module comment), each with the standard
 * term it stands for and its character offsets (end exclusive), in order. Pure; never throws; none for a non-string.
 */
export function describedRoles(text: string): DescribedSpan[] {
  if (typeof text !== 'string' || text === '') return [];
  const spans: DescribedSpan[] = [];
  for (const { role, pattern } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!spans.some((span) => span.start < end && start < span.end)) spans.push({ role, start, end, text: match[0] });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
