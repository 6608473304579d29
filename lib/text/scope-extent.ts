import { cueLine } from './normalise';

/**
 * Whether a line asks how far the build reaches over the business's units: one country, site or group of them, or
 * all of them ("is this only for the Dutch stores or all four countries?", "just the first factory, or the others
 * too?", "one depot to start with, or every depot at once?"). How many of the units the platform covers is what is
 * being built (scope), however the units are named: a nationality or a country in such a line is the unit counted,
 * not where data may be stored. The interview guides' scope questions (which markets, sites or business lines are
 * in). General English only.
 */

/** The units a build may cover: a country, a site, a market, a shop, a group of people served there. */
const UNIT =
  '(?:country|countries|site|sites|region|regions|city|cities|market|markets|plant|plants|factory|factories|hospital|hospitals|clinic|clinics|shop|shops|store|stores|brand|brands|business unit|business units|subsidiary|subsidiaries|branch|branches|depot|depots|warehouse|warehouses|state|states|office|offices|entity|entities|cardholders|customers|ones)';
/** "only ... or all/every/both ...", "just ... or ... too/as well". */
const ONLY_OR_ALL = new RegExp(
  String.raw`\b(?:only|just|solely)\b[^?.;:]{0,60}?\bor\b\s+(?:(?:for|in|across|over)\s+)?(?:all|every|each|both|the whole|the rest|the other|any other|everywhere)\b`,
  'i',
);
const ONLY_OR_TOO = new RegExp(String.raw`\b(?:only|just|solely)\b[^?.;:]{0,60}?\bor\b[^?.;:]{0,50}?\b(?:too|as well|also)\b`, 'i');
/** "all five countries, or only Germany?" */
const ALL_OR_ONLY = new RegExp(String.raw`\b(?:all|every|each|both)\b[^?.;:]{0,50}?\bor\b\s+(?:(?:for|in)\s+)?(?:only|just)\b`, 'i');
/** "one plant to start with, or all five at once?": a first unit, then the rest. */
const ONE_FIRST = new RegExp(
  String.raw`\b(?:one|a single|a first|the first|a pilot)\s+(?:\w+\s+)?${UNIT}\s+(?:to start with|to begin with|to start|first|at first|initially|as a pilot)\b[^?.;:]{0,30}?\bor\b\s+(?:all|every|each|the whole|the rest)\b`,
  'i',
);
const NAMES_UNIT = new RegExp(String.raw`\b${UNIT}\b`, 'i');

/**
 * The words with which `text` asks whether the build covers one or some of the business's units or all of them, or
 * null. The line must name a unit (see UNIT), so "only the latest position or all the history?" is not read. Reads the
 * first 500 characters. Pure; never throws.
 */
export function scopeExtentCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const line = cueLine(text);
  const match = ONE_FIRST.exec(line) ?? ONLY_OR_ALL.exec(line) ?? ONLY_OR_TOO.exec(line) ?? ALL_OR_ONLY.exec(line);
  if (match === null) return null;
  // The unit sits in the span or within three words after it ("or all three countries"), not further on in a reason
  // ("HIPAA only, or also GDPR because of the hospitals in Ireland?" weighs rules, not sites).
  const after = line.slice(match.index + match[0].length).split(/\s+/).slice(0, 4).join(' ');
  return NAMES_UNIT.test(`${match[0]} ${after}`) ? match[0] : null;
}
