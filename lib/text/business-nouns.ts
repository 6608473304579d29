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
export const BUSINESS_NOUNS: readonly string[] = [
  // retail and e-commerce
  'shop', 'shops', 'storefront', 'cart', 'carts', 'basket', 'baskets', 'checkout', 'checkouts', 'sales', 'revenue', 'sku', 'skus',
  'inventory', 'stock', 'merchandise', 'merchandising', 'shopper', 'shoppers', 'buyer', 'seller', 'marketplace', 'wishlist', 'coupon',
  'promotion', 'promotions', 'fulfilment', 'fulfillment', 'shipment', 'shipments', 'parcel', 'courier',
  // mobility
  'trip', 'trips', 'rider', 'riders', 'driver', 'drivers', 'surge', 'fare', 'fares', 'pickup', 'pickups', 'dispatch', 'ride', 'rides',
  // payments and lending
  'merchant', 'merchants', 'cardholder', 'cardholders', 'card', 'cards', 'fraud', 'chargeback', 'chargebacks', 'authorisation',
  'authorisations', 'authorization', 'authorizations', 'acquirer', 'issuer', 'clearing', 'settlement', 'settlements', 'ledger',
  'payment', 'payments', 'reconciliation', 'loan', 'loans', 'borrower', 'borrowers',
  // healthcare
  'patient', 'patients', 'encounter', 'encounters', 'admission', 'admissions', 'discharge', 'clinician', 'clinicians', 'physician',
  'nurse', 'nurses', 'diagnosis', 'diagnoses', 'prescription', 'prescriptions', 'medication', 'medications', 'hospital', 'hospitals',
  'clinic', 'clinics', 'ward', 'wards', 'ehr',
  // manufacturing and telemetry
  'sensor', 'sensors', 'machine', 'machines', 'plant', 'plants', 'oee', 'spindle', 'vibration', 'technician', 'technicians', 'plc',
  'plcs', 'scrap', 'factory', 'factories',
  // media, advertising, gaming, travel, education
  'advert', 'adverts', 'impression', 'impressions', 'campaign', 'campaigns', 'advertiser', 'advertisers', 'player', 'players', 'game',
  'games', 'subscriber', 'subscribers', 'song', 'songs', 'playlist', 'playlists', 'viewer', 'viewers', 'booking', 'bookings',
  'flight', 'flights', 'hotel', 'hotels', 'reservation', 'reservations', 'guest', 'guests', 'listing', 'listings', 'student',
  'students', 'course', 'courses',
];

let stems: ReadonlySet<string> | undefined;

/** Whether a word (any spelling or plural) is one of BUSINESS_NOUNS. Pure; never throws. */
export function isBusinessNoun(word: string): boolean {
  stems ??= new Set(BUSINESS_NOUNS.flatMap((noun) => contentStems(analyse(noun))));
  if (typeof word !== 'string') return false;
  const own = contentStems(analyse(word));
  return own.length > 0 && own.every((stem) => stems!.has(stem));
}
