import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileMdx } from './compile-mdx';
import { ContentError } from './content-error';
import { CASES_DIR, loadCase, readCaseFiles } from './load-cases';
import { mdxCodeToTree } from './mdx-to-tree';
import { PACK_FORMAT, PACK_VERSION } from './pack-schema';
import type { CasePack, PackedCase, PackedFiles } from './pack-schema';
import { compileWriteUp, hasReferenceFile, REFERENCE_FILES } from './reference-files';

/**
 * A case folder's files as source text, by name, as a pack carries them (and /author checks them).
 * Throws a ContentError when case.mdx or the rubric is missing, or the rubric is named rubric.yml.
 */
export function readCaseFolderFiles(slug: string, root = process.cwd()): PackedFiles {
  const raw = readCaseFiles(slug, root);
  const files: PackedFiles = { 'case.mdx': raw.mdxSource };
  const rubricName = path.basename(raw.rubricPath);
  if (rubricName === 'rubric.json') files['rubric.json'] = raw.rubricSource;
  else if (rubricName === 'rubric.yaml') files['rubric.yaml'] = raw.rubricSource;
  else throw new ContentError(raw.rubricPath, 'a pack carries rubric.yaml or rubric.json; rename rubric.yml to rubric.yaml');
  for (const name of Object.values(REFERENCE_FILES)) {
    const file = path.resolve(root, CASES_DIR, slug, name);
    if (existsSync(/*turbopackIgnore: true*/ file)) files[name] = readFileSync(/*turbopackIgnore: true*/ file, 'utf8');
  }
  return files;
}

/**
 * Packs case folders into one versioned file (Node only: `npm run content:pack`). Each case carries
 * its files as written and its brief and write-up compiled to the inert tree the browser renders.
 * Throws a ContentError for a case that does not load or compile (check it with content:check first).
 */
export async function buildCasePack(slugs: readonly string[], now: Date, root = process.cwd()): Promise<CasePack> {
  const cases: PackedCase[] = [];
  for (const slug of slugs) {
    const raw = readCaseFiles(slug, root);
    const content = loadCase(slug, root);
    const files = readCaseFolderFiles(slug, root);
    const brief = mdxCodeToTree(await compileMdx(content.body, raw.mdxPath, content.bodyLineOffset));
    const writeUp = hasReferenceFile(slug, 'writeUp', root) ? mdxCodeToTree(await compileWriteUp(slug, root)) : undefined;
    cases.push({ slug, files, compiled: { brief, ...(writeUp ? { writeUp } : {}) } });
  }
  return { format: PACK_FORMAT, packVersion: PACK_VERSION, createdAt: now.toISOString(), cases };
}

/** The pack as written to disk: compact JSON (the trees make indented JSON several times larger). */
export function casePackText(pack: CasePack): string {
  return `${JSON.stringify(pack)}\n`;
}
