import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MdxCompiler } from '../../lib/content/check/check-case';
import { compileMdx } from '../../lib/content/compile-mdx';
import { ContentError } from '../../lib/content/content-error';
import { cliCacheDir, packageVersion, writeFileAtomic } from './run-bundled';

type Verdict = { error: string | null };

/** The real compiler (lib/content/compile-mdx.ts, which loads mdx-bundler on first use). */
const compileWithMdxBundler: MdxCompiler = (body, file, lineOffset) => compileMdx(body, file, lineOffset);

/**
 * content:check's MDX compiler with a memory: whether a body compiles (and the error when it does
 * not) is kept under the CLI cache, keyed by the body, the file and line offset the error names, the
 * checker's own code (`codeHash`, the bundle run-bundled.ts made) and the versions of mdx-bundler,
 * remark-gfm and esbuild, so an unchanged brief is not compiled again and any change compiles it
 * afresh. Without a `codeHash` (the checker ran unbundled) nothing is cached. `compile` is the
 * compiler behind the memory (the real one; tests pass their own). Rejects as compile-mdx
 * does, with an Error whose message is `file: line N: MDX does not compile: ...`.
 */
export function cachedMdxCompiler(codeHash: string | undefined, compile: MdxCompiler = compileWithMdxBundler): MdxCompiler {
  if (!codeHash) return compile;
  let versions: string;
  try {
    versions = ['mdx-bundler', 'remark-gfm', 'esbuild'].map(packageVersion).join(',');
  } catch {
    return compile;
  }
  const dir = path.join(cliCacheDir(), 'mdx');
  return async (body, file, lineOffset) => {
    const key = createHash('sha256').update(JSON.stringify([codeHash, versions, file, lineOffset, body])).digest('hex');
    const entry = path.join(dir, `${key.slice(0, 32)}.json`);
    let verdict: Verdict | undefined;
    try {
      verdict = JSON.parse(readFileSync(entry, 'utf8')) as Verdict;
    } catch {
      try {
        await compile(body, file, lineOffset);
        verdict = { error: null };
      } catch (error) {
        // Only the MDX's own fault is remembered; a failing compiler is not a verdict on the file.
        if (!(error instanceof ContentError)) throw error;
        verdict = { error: error.message };
      }
      try {
        writeFileAtomic(entry, JSON.stringify(verdict));
      } catch {
        // An unwritable cache only costs the next run a compile.
      }
    }
    if (verdict.error !== null) throw new Error(verdict.error);
  };
}
