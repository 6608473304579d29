import { createHash } from 'node:crypto';
import path from 'node:path';
import { compileMdx } from './compile-mdx';
import { loadWriteUp, referencePath } from './reference-files';

/** Per case (and content root): the hash of the write-up last compiled and its compiled code. */
const compiled = new Map<string, { hash: string; code: Promise<string> }>();

/**
 * A case's model write-up compiled for the report page (the code string compileMdx returns), compiled
 * once per case and content: the file is read on each call (a few KB) and compiled again only when
 * its body has changed (a SHA-256 of the body and its line offset), so a mentor's edit shows on the
 * next request in development and production alike. One entry per case; a failed compile is not kept,
 * so the next request reports the error again. Throws as loadWriteUp does when the file is missing or
 * its frontmatter is invalid. Server and scripts only (node:crypto).
 */
export function getCompiledWriteUp(slug: string, root = process.cwd()): Promise<string> {
  const writeUp = loadWriteUp(slug, root);
  const hash = createHash('sha256').update(`${writeUp.bodyLineOffset}\n${writeUp.body}`).digest('hex');
  const key = `${path.resolve(root)}\n${slug}`;
  const cached = compiled.get(key);
  if (cached?.hash === hash) return cached.code;
  const code = compileMdx(writeUp.body, referencePath(slug, 'writeUp'), writeUp.bodyLineOffset);
  compiled.set(key, { hash, code });
  code.catch(() => {
    if (compiled.get(key)?.code === code) compiled.delete(key);
  });
  return code;
}
