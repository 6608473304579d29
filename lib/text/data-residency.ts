import { firstCue } from './normalise';

/**
 * Where data may live by country: "are the three countries served from one region, or do we need data in each?",
 * "do the five countries each need their own region for the data?", "must the Irish data stay in the EU?". A cloud
 * region or data centre named with the countries or jurisdictions it serves asks the data residency rules (GDPR's
 * transfer rules, national health-data laws), which interview guides file under personal data and compliance. A
 * region asked for uptime ("one region or active-active across two?", "a second region for failover?") names no
 * country and is left to the availability cues. General English only.
 */

/** A place the data is kept: a cloud region, a data centre, in-country storage. */
const PLACE = String.raw`(?:regions?|data ?cent(?:er|re)s?|in[- ]country|on[- ]shore|onshore|hosted|stored|kept|served|processed|stay|stays|live|lives|leave|leaves)`;
/** Whose borders: countries, each country, a jurisdiction, the EU. */
const BORDERS = String.raw`(?:countr(?:y|ies)|each|every|per country|(?:their|its) own|jurisdictions?|borders?|the eu|eu|european union|the uk|the us|residency|sovereignty)`;

const PATTERNS = [
  new RegExp(String.raw`\b${BORDERS}\b[^?.;]{0,50}?\b${PLACE}\b`, 'i'),
  new RegExp(String.raw`\b${PLACE}\b[^?.;]{0,50}?\b${BORDERS}\b`, 'i'),
];

/** A region or data centre for uptime: these say the line asks availability, not where the law wants the data. */
const UPTIME = /\b(?:active[- ]active|active[- ]passive|failover|fail over|standby|disaster|outage|goes down|down|uptime|redundan\w*|latency)\b/i;

/**
 * The words with which `text` asks where data may live by country (see the module comment), or null: the line must
 * name a region, data centre or in-country storage, and countries or a jurisdiction, and no uptime words. Gated on
 * the words "region", "country", "data centre" or "residency", so other lines pay one test. Pure; never throws.
 */
export function residencyCue(text: string): string | null {
  if (typeof text !== 'string' || !/\b(?:regions?|countr(?:y|ies)|data ?cent(?:er|re)s?|residency|sovereignty)\b/i.test(text)) return null;
  if (!/\b(?:regions?|data ?cent(?:er|re)s?|in[- ]country|residency|sovereignty)\b/i.test(text) || UPTIME.test(text)) return null;
  return firstCue(text, PATTERNS);
}
