import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const compileMdx = vi.fn(async (body: string) => (body.includes('<Broken') ? Promise.reject(new Error('MDX does not compile')) : `code for ${body.trim()}`));
vi.mock('../../../lib/content/compile-mdx', () => ({ compileMdx }));

const { getCompiledWriteUp } = await import('../../../lib/content/write-up-cache');

let root: string;

function writeUp(slug: string, body: string, title = 'Model answer') {
  const dir = path.join(root, 'content', 'cases', slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'write-up.mdx'), `---\ntitle: "${title}"\n---\n\n${body}\n`);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'write-up-cache-'));
  compileMdx.mockClear();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('getCompiledWriteUp', () => {
  it('compiles a case write-up once while its content is unchanged', async () => {
    writeUp('alpha', 'Kafka keyed by driver_id.');
    const first = await getCompiledWriteUp('alpha', root);
    const second = await getCompiledWriteUp('alpha', root);
    expect(first).toBe('code for Kafka keyed by driver_id.');
    expect(second).toBe(first);
    expect(compileMdx).toHaveBeenCalledTimes(1);
  });

  it('compiles again when the body changes, and keeps one entry per case', async () => {
    writeUp('alpha', 'First version.');
    writeUp('beta', 'Other case.');
    await getCompiledWriteUp('alpha', root);
    await getCompiledWriteUp('beta', root);
    writeUp('alpha', 'Second version.');
    expect(await getCompiledWriteUp('alpha', root)).toBe('code for Second version.');
    expect(await getCompiledWriteUp('beta', root)).toBe('code for Other case.');
    expect(compileMdx).toHaveBeenCalledTimes(3);
    // Back to the first text: compiled again (only the latest version of a case is kept).
    writeUp('alpha', 'First version.');
    expect(await getCompiledWriteUp('alpha', root)).toBe('code for First version.');
    expect(compileMdx).toHaveBeenCalledTimes(4);
  });

  it('does not recompile for a title-only change (the body is what compiles)', async () => {
    writeUp('alpha', 'Same body.', 'Model answer one');
    await getCompiledWriteUp('alpha', root);
    writeUp('alpha', 'Same body.', 'Model answer two');
    await getCompiledWriteUp('alpha', root);
    expect(compileMdx).toHaveBeenCalledTimes(1);
  });

  it('keeps no failed compile: the next request reports the error again, and a fix compiles', async () => {
    writeUp('alpha', '<Broken');
    await expect(getCompiledWriteUp('alpha', root)).rejects.toThrow('MDX does not compile');
    await expect(getCompiledWriteUp('alpha', root)).rejects.toThrow('MDX does not compile');
    expect(compileMdx).toHaveBeenCalledTimes(2);
    writeUp('alpha', 'Fixed.');
    expect(await getCompiledWriteUp('alpha', root)).toBe('code for Fixed.');
  });

  it('throws a clear content error for a missing write-up', () => {
    expect(() => getCompiledWriteUp('missing', root)).toThrow(/write-up\.mdx: file is missing/);
  });
});
