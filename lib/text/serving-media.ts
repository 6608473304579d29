import { phraseKey } from './analyse';

/**
 * Names of the medium a result is shown or handed over in, rather than what the result is: a
 * dashboard, a report, a BI tool, an API, a screen. "Bed managers / dashboard" says how the bed
 * managers read, not that they read the quality dashboards; "Finance / fraud scores on a daily
 * dashboard" serves fraud scores. Tool names are the common BI and monitoring products.
 */
export const SERVING_MEDIA: readonly string[] = [
  'dashboard',
  'dashboards',
  'report',
  'reports',
  'reporting',
  'bi',
  'bi tool',
  'looker',
  'looker studio',
  'tableau',
  'power bi',
  'superset',
  'metabase',
  'grafana',
  'kibana',
  'api',
  'rest api',
  'view',
  'screen',
  'ui',
  'app',
  'table',
  'tables',
  'live',
  'real time dashboard',
];

let keys: Set<string> | undefined;

/** Whether a phrase, as written, only names a serving medium ("Grafana", "dashboards"). */
export function isServingMedium(phrase: string): boolean {
  keys ??= new Set(SERVING_MEDIA.map(phraseKey));
  return keys.has(phraseKey(phrase));
}
