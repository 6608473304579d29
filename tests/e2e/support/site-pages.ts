import { readdirSync } from 'node:fs';
import path from 'node:path';

const STEP_IDS = ['clarify', 'estimate', 'design', 'diagram', 'deep-dive'];

const dirs = (folder: string) =>
  readdirSync(path.join('content', folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/** Every kind of page the app serves: all case briefs and lessons, and every step and the report of the seed case. */
export function sitePages(): string[] {
  const cases = dirs('cases');
  const seed = 'ecommerce-data-platform';
  return [
    '/',
    ...cases.map((slug) => `/cases/${slug}`),
    ...STEP_IDS.map((step) => `/cases/${seed}/${step}`),
    `/cases/${seed}/report`,
    '/practice',
    ...dirs('lessons').map((topic) => `/practice/${topic}`),
    '/review',
    '/history',
    '/no-such-page',
  ];
}
