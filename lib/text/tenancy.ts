import { cueLine } from './normalise';

/**
 * Whether one platform serves every country, site or business unit, or each gets its own: "is this one platform
 * for both the UK and the EU entity, or two separate ones?", "a deployment per country?", "is it multi-tenant?".
 * How many platforms there are, and for whom, is what is being built (scope), not the entities it models nor how
 * it is deployed for uptime: multi-tenancy in the interview guides' scope questions. General English only.
 */

/** The thing there is one of, or one per unit of. */
const THING = '(?:platform|system|solution|deployment|instance|installation|install|stack|cluster|pipeline|warehouse|lake|lakehouse|environment|setup|build|copy|version)s?';

/** The unit a platform may be split by: a country, a site, a legal entity, a customer. */
const UNIT =
  '(?:country|countries|site|sites|region|regions|city|cities|market|markets|plant|plants|factory|factories|hospital|hospitals|clinic|clinics|tenant|tenants|customer|customers|client|clients|licen[cs]e|licen[cs]es|entity|entities|legal entity|brand|brands|business unit|business units|subsidiary|subsidiaries|bank|banks|state|states|store|stores|warehouse|branch|branches|jurisdiction|jurisdictions)';

/** One shared thing across the units: "one platform for both", "a single system across all 40 cities". */
const ONE_FOR_ALL = new RegExp(`\\b(?:one|a single|single|the same|same|one shared|a shared|shared|one common|a common|one global|a global)\\s+(?:\\w+\\s+)?${THING}\\s+(?:for|across|covering|serving|shared by|over)\\s+(?:both|all|every|each|the whole|the two|the [\\w-]+ and)\\b`, 'i');

/** The units sharing one thing: "do the US and Irish hospitals share one platform?"; "run on the same cluster" is a design choice. */
const SHARE_ONE = new RegExp(`\\b(?:share|sharing|shares)\\s+(?:one|a single|the same|a common|one common)\\s+(?:\\w+\\s+)?${THING}\\b`, 'i');

/** One thing per unit: "a deployment per country", "separate ones per licence", "one per site". */
const PER_UNIT = new RegExp(`\\b(?:${THING}|ones?|separate|separately|its own|their own)\\s+(?:per|for each|for every|in each|in every|by)\\s+(?:\\w+\\s+)?${UNIT}\\b`, 'i');

/** Tenancy named outright. */
const TENANCY = /\b(?:multi[- ]?tenan\w*|single[- ]tenan\w*|tenancy|per[- ]tenant)\b/i;

/**
 * The words with which `text` asks whether one platform serves every country, site or unit or each has its own,
 * or null. Reads the first 500 characters. Pure; never throws.
 */
export function tenancyCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const line = cueLine(text);
  return (TENANCY.exec(line) ?? ONE_FOR_ALL.exec(line) ?? SHARE_ONE.exec(line) ?? PER_UNIT.exec(line))?.[0] ?? null;
}
