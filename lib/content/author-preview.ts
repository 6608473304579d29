import { statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../util/sha256';
import { CASES_DIR } from './load-cases';

/**
 * /author (a mentor's preview of a case folder) runs under `npm run dev`, and in a production
 * server only when started with AUTHOR_PREVIEW=1; everywhere else its pages answer 404.
 */
export function isAuthorPreviewEnabled(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.NODE_ENV === 'development' || env.AUTHOR_PREVIEW === '1';
}

/**
 * A fingerprint of a case folder's files (names, sizes, modification times), cheap enough to poll
 * each second: /author reloads its preview when it changes, that is when the mentor saves. Node only.
 */
export function caseFolderVersion(slug: string, root = process.cwd()): string {
  const dir = path.resolve(root, CASES_DIR, slug);
  const parts = readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const stat = statSync(/*turbopackIgnore: true*/ path.join(dir, entry.name));
      return `${entry.name}:${stat.size}:${stat.mtimeMs}`;
    })
    .sort();
  return sha256Hex(parts.join('\n')).slice(0, 16);
}
