import { findPhrases } from './find-phrases';
import { namesPeople } from './people-label';
import { readText } from './read-text';

/**
 * Readers that are the business's own product rather than a data platform's consumers: its customers ("shoppers",
 * "customers", "buyers"), the pages and apps they use ("product page", "storefront", "checkout"), and the software that
 * acts on them one by one ("recommendation engine", "marketing automation", "ad platform"). A data platform serves the
 * people who run the business (leadership, analysts, ops, finance, data science) and the systems the case names; an
 * output handed to the shop's customers or its marketing tools is a product feature, whatever store it comes from.
 * Source: the cases' briefs (each names its consumers as internal teams and systems) and the usual interview reading
 * of "who is this platform for". Data: add a phrase here.
 */
const PRODUCT_READERS: readonly string[] = [
  'shopper', 'shoppers', 'customer', 'customers', 'buyer', 'buyers', 'end users', 'end user',
  'product page', 'product pages', 'storefront', 'web shop', 'webshop', 'shop frontend', 'frontend', 'front end', 'website', 'checkout', 'shopping app',
  'recommendation engine', 'recommendation service', 'recommendation api', 'recommendation system', 'personalisation', 'personalization',
  'marketing automation', 'marketing emails', 'marketing email', 'email tool', 'email campaigns', 'email platform', 'crm campaigns', 'ad platform', 'ad bidding', 'ads platform',
];

/** A consumer field is a few words: longer text is not read as one. */
const MAX_CONSUMER_CHARS = 200;

/** The reader is what a consumer field leads with: a product reader this many words in or later only says what for ("data scientists for the recommendation engine"). */
const LEADING_WORDS = 2;

/** How many words of `text` come before `verbatim` (case-insensitive), or Infinity when it is not there as written. */
function wordsBefore(text: string, verbatim: string): number {
  const at = text.toLowerCase().indexOf(verbatim.toLowerCase());
  if (at < 0) return Number.POSITIVE_INFINITY;
  return text.slice(0, at).split(/[^A-Za-z0-9]+/).filter((word) => word !== '').length;
}

/**
 * Whether a consumer field names the business's own product as the reader (see PRODUCT_READERS): "shoppers (product
 * page)", "marketing automation", "recommendation engine". A team is a consumer whatever it is named after
 * ("customer support team", "marketing team": lib/text/people-label.ts), and a negated mention ("not the shoppers")
 * names nobody, as does one the field does not lead with ("data scientists training recommendation models"). Pure; never throws.
 */
export function namesProductReader(consumer: string): boolean {
  if (typeof consumer !== 'string' || consumer.trim() === '' || consumer.length > MAX_CONSUMER_CHARS) return false;
  if (namesPeople(consumer)) return false;
  return findPhrases(readText(consumer), [{ id: 'product', phrases: PRODUCT_READERS }]).some((found) => found.polarity !== 'negated' && wordsBefore(consumer, found.verbatim) < LEADING_WORDS);
}
