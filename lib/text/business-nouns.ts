import { analyse, contentStems } from './analyse';

/**
 * Nouns that name a business's own things (its sources, entities and consumers) in the domains data-
 * engineering design interviews are set in: retail, mobility, payments, healthcare, manufacturing,
 * media, advertising, travel, logistics, education and lending. A box whose label names one of these
 * that the case never uses ("Shop Postgres" or "Snowflake sales" in a factory-telemetry case) is another
 * business's box. Data, not logic: add a noun here, never a branch in code. Tool, store and generic
 * data words ("orders", "events", "store", "product") are not listed: every business has them.
 * Sources: the entities and consumers of the shipped cases (content/cases/*) and of the usual
 * interview domains.
 */
export const BUSINESS_NOUNS_BY_DOMAIN: Readonly<Record<string, readonly string[]>> = {
  // retail and e-commerce
  retail: [
    'shop', 'shops', 'storefront', 'cart', 'carts', 'basket', 'baskets', 'checkout', 'checkouts', 'sales', 'revenue', 'sku', 'skus',
    'inventory', 'stock', 'merchandise', 'merchandising', 'shopper', 'shoppers', 'buyer', 'seller', 'marketplace', 'wishlist', 'coupon',
    'promotion', 'promotions', 'fulfilment', 'fulfillment', 'shipment', 'shipments', 'parcel', 'courier',
  ],
  // mobility
  mobility: [
    'trip', 'trips', 'rider', 'riders', 'driver', 'drivers', 'surge', 'fare', 'fares', 'pickup', 'pickups', 'dispatch', 'ride', 'rides',
  ],
  // payments and lending
  payments: [
    'merchant', 'merchants', 'cardholder', 'cardholders', 'card', 'cards', 'fraud', 'chargeback', 'chargebacks', 'authorisation',
    'authorisations', 'authorization', 'authorizations', 'acquirer', 'issuer', 'clearing', 'settlement', 'settlements', 'ledger',
    'payment', 'payments', 'reconciliation', 'loan', 'loans', 'borrower', 'borrowers',
  ],
  // healthcare
  healthcare: [
    'patient', 'patients', 'encounter', 'encounters', 'admission', 'admissions', 'discharge', 'clinician', 'clinicians', 'physician',
    'nurse', 'nurses', 'diagnosis', 'diagnoses', 'prescription', 'prescriptions', 'medication', 'medications', 'hospital', 'hospitals',
    'clinic', 'clinics', 'ward', 'wards', 'ehr',
  ],
  // manufacturing and telemetry
  manufacturing: [
    'sensor', 'sensors', 'machine', 'machines', 'plant', 'plants', 'oee', 'spindle', 'vibration', 'technician', 'technicians', 'plc',
    'plcs', 'scrap', 'factory', 'factories',
  ],
  // media, advertising, gaming, travel, education
  media: [
    'advert', 'adverts', 'impression', 'impressions', 'campaign', 'campaigns', 'advertiser', 'advertisers', 'player', 'players', 'game',
    'games', 'subscriber', 'subscribers', 'song', 'songs', 'playlist', 'playlists', 'viewer', 'viewers', 'booking', 'bookings',
    'flight', 'flights', 'hotel', 'hotels', 'reservation', 'reservations', 'guest', 'guests', 'listing', 'listings', 'student',
    'students', 'course', 'courses',
  ],
};

/** Every business noun, of any domain. */
export const BUSINESS_NOUNS: readonly string[] = Object.values(BUSINESS_NOUNS_BY_DOMAIN).flat();

let stems: ReadonlySet<string> | undefined;
let domains: ReadonlyMap<string, string> | undefined;

/** Whether a word (any spelling or plural) is one of BUSINESS_NOUNS. Pure; never throws. */
export function isBusinessNoun(word: string): boolean {
  stems ??= new Set(BUSINESS_NOUNS.flatMap((noun) => contentStems(analyse(noun))));
  if (typeof word !== 'string') return false;
  const own = contentStems(analyse(word));
  return own.length > 0 && own.every((stem) => stems!.has(stem));
}

/**
 * The domain a business noun belongs to (a key of BUSINESS_NOUNS_BY_DOMAIN: "mobility" for "drivers"), or
 * null when the word is no business noun. Pure; never throws.
 */
export function businessDomainOf(word: string): string | null {
  if (typeof word !== 'string') return null;
  domains ??= new Map(Object.entries(BUSINESS_NOUNS_BY_DOMAIN).flatMap(([domain, nouns]) => nouns.flatMap((noun) => contentStems(analyse(noun)).map((stem) => [stem, domain] as const))));
  const own = contentStems(analyse(word));
  const found = own.length > 0 ? own.map((stem) => domains!.get(stem)) : [];
  const first = found[0];
  return first !== undefined && found.every((domain) => domain === first) ? first : null;
}
