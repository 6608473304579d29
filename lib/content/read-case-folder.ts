import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHECKED_FILE_NAMES } from './check/case-folder';
import type { CaseFolder } from './check/case-folder';
import { CASES_DIR } from './load-cases';

/** Reads the files `checkCase` looks at from `content/cases/<slug>/` under `root` (those that exist). Node only: the CLIs, /author and the tests. */
export function readCaseFolder(slug: string, root = process.cwd()): CaseFolder {
  const dir = path.join(CASES_DIR, slug);
  const files: Record<string, string> = {};
  for (const name of CHECKED_FILE_NAMES) {
    const full = path.resolve(root, dir, name);
    if (existsSync(/*turbopackIgnore: true*/ full)) files[name] = readFileSync(/*turbopackIgnore: true*/ full, 'utf8');
  }
  return { slug, dir: dir.split(path.sep).join('/'), files };
}
