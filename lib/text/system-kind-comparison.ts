import { firstCue } from './normalise';

/**
 * Two kinds of system set side by side: "should the ledger behave more like a bank ledger or like an append-only
 * log?", "is this closer to a metrics monitoring system or to a data warehouse?", "more like a live lookup table or a
 * report?". Asking which kind of system this is asks whether it serves transactions or analysis (the interview guides'
 * OLTP-or-OLAP question), whatever the format words in its kinds ("append-only"). A comparison with a company or
 * product ("more like Amazon or eBay?") names no kind of system and is the reference product, and kinds told apart
 * by their refresh ("a live view or a nightly report?") ask freshness: both are left to the cues.
 * General English only.
 */

/** Generic kinds of data system. */
const KIND = String.raw`(?:ledger|log|journal|database|db|warehouse|data warehouse|lake|data lake|report|reports|reporting (?:system|tool|warehouse|database)|dashboard|lookup(?: table)?|cache|queue|stream|event stream|time[- ]series (?:db|database|store)|metrics (?:system|store|monitoring system)|monitoring system|system of record|record system|operational (?:database|store|system|view)|analytics (?:store|system|platform)|transactional (?:system|database|store)|key[- ]value store|store)`;
/** Up to four words before the kind ("a bank ...", "an append-only ...", "a live lookup ..."). */
const LEAD = String.raw`(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?`;

const PATTERNS = [
  new RegExp(String.raw`\b(?:more like|closer to|behave (?:more )?like|act (?:more )?like|work (?:more )?like|like)\s+${LEAD}${KIND}\b[^?.;]{0,30}?\bor\s+(?:more\s+)?(?:like\s+|to\s+)?${LEAD}${KIND}\b`, 'i'),
];

/** The words comparing two kinds of system (see the module comment), or null. Gated on "like"/"closer". Pure; never throws. */
export function systemKindComparisonCue(text: string): string | null {
  if (typeof text !== 'string' || !/\b(?:like|closer)\b/i.test(text) || !/\bor\b/i.test(text)) return null;
  const cue = firstCue(text, PATTERNS);
  // Kinds told apart by how often they refresh ("a live view or a nightly report?") ask freshness, not the kind.
  return cue !== null && CADENCE.test(cue) ? null : cue;
}

/** A refresh cadence in the compared kinds: the comparison is then one of freshness. */
const CADENCE = /\b(?:nightly|daily|hourly|weekly|monthly|real[- ]?time|overnight|end[- ]of[- ]day|(?:once|twice) a (?:day|night|week))\b/i;
