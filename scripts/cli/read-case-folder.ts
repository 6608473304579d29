import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CASES_DIR } from '../../lib/content/load-cases';
import { CHECKED_FILE_NAMES } from '../../lib/content/check/case-folder';
import type { CaseFolder } from '../../lib/content/check/case-folder';

/** Reads the files `checkCase` looks at from `content/cases/<slug>/` under `root` (those that exist). */
export function readCaseFolder(slug: string, root = process.cwd()): CaseFolder {
  const dir = path.join(CASES_DIR, slug);
  const files: Record<string, string> = {};
  for (const name of CHECKED_FILE_NAMES) {
    const full = path.resolve(root, dir, name);
    if (existsSync(full)) files[name] = readFileSync(full, 'utf8');
  }
  return { slug, dir: dir.split(path.sep).join('/'), files };
}
