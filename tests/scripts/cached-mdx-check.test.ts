import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MdxCompiler } from '../../lib/content/check/mdx-problems';
import { ContentError } from '../../lib/content/content-error';
import { cachedMdxCompiler } from '../../scripts/cli/cached-mdx-check';

/** A stand-in compiler that counts its calls and refuses any body containing "<Broken". */
function counting() {
  const calls: string[] = [];
  const compile: MdxCompiler = async (body, file) => {
    calls.push(body);
    if (body.includes('<Broken')) throw new ContentError(file, 'line 3: MDX does not compile: Unexpected closing tag');
  };
  return { calls, compile };
}

describe("content:check's memory of MDX verdicts", () => {
  it('compiles a body once, and again whenever the body, its file or the checker changes', async () => {
    const code = `test-${randomUUID()}`;
    const { calls, compile } = counting();
    const cached = cachedMdxCompiler(code, compile);
    await cached('# A brief', 'content/cases/x/case.mdx', 5);
    await cached('# A brief', 'content/cases/x/case.mdx', 5);
    expect(calls).toHaveLength(1);
    await cached('# A brief, edited', 'content/cases/x/case.mdx', 5);
    await cached('# A brief', 'content/cases/y/case.mdx', 5);
    expect(calls).toHaveLength(3);
    // Another build of the checker (its bundle's hash) remembers nothing of this one's verdicts.
    await cachedMdxCompiler(`${code}-next`, compile)('# A brief', 'content/cases/x/case.mdx', 5);
    expect(calls).toHaveLength(4);
  });

  it('remembers a refusal with its message, so the next run reports the same line', async () => {
    const { calls, compile } = counting();
    const cached = cachedMdxCompiler(`test-${randomUUID()}`, compile);
    const message = 'content/cases/x/case.mdx: line 3: MDX does not compile: Unexpected closing tag';
    await expect(cached('<Broken>', 'content/cases/x/case.mdx', 0)).rejects.toThrow(message);
    await expect(cached('<Broken>', 'content/cases/x/case.mdx', 0)).rejects.toThrow(message);
    expect(calls).toHaveLength(1);
  });

  it('does not remember a compiler that failed on its own, and caches nothing without a code hash', async () => {
    let calls = 0;
    const crashing: MdxCompiler = async () => {
      calls += 1;
      throw new Error('esbuild service stopped');
    };
    const cached = cachedMdxCompiler(`test-${randomUUID()}`, crashing);
    await expect(cached('# A brief', 'content/cases/x/case.mdx', 0)).rejects.toThrow('esbuild service stopped');
    await expect(cached('# A brief', 'content/cases/x/case.mdx', 0)).rejects.toThrow('esbuild service stopped');
    expect(calls).toBe(2);
    const { calls: uncachedCalls, compile } = counting();
    const uncached = cachedMdxCompiler(undefined, compile);
    await uncached('# A brief', 'content/cases/x/case.mdx', 0);
    await uncached('# A brief', 'content/cases/x/case.mdx', 0);
    expect(uncachedCalls).toHaveLength(2);
  });
});
