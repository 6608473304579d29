import { mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBundleCurrent } from '../../scripts/cli/run-bundled';
import type { BundleManifest } from '../../scripts/cli/run-bundled';

/** A cache folder with a bundle, and one source file the bundle was built from. */
function cached(): { dir: string; source: string; manifest: () => BundleManifest } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sdt-bundle-'));
  const source = path.join(dir, 'rubric-schema.ts');
  writeFileSync(source, 'export const a = 1;\n');
  writeFileSync(path.join(dir, 'abc.mjs'), '// bundle\n');
  const stat = statSync(source);
  const inputs: BundleManifest['inputs'] = [[source, stat.size, stat.mtimeMs]];
  return { dir, source, manifest: () => ({ bundle: 'abc.mjs', inputs }) };
}

describe('the cached bundle of a command line', () => {
  it('is used while every file it was built from is unchanged', () => {
    const { dir, manifest } = cached();
    expect(isBundleCurrent(manifest(), dir)).toBe(true);
  });

  it('is rebuilt when a source file is saved (a new modification time), even with the same size', () => {
    const { dir, source, manifest } = cached();
    const before = manifest();
    writeFileSync(source, 'export const b = 2;\n');
    utimesSync(source, new Date(), new Date(Date.now() + 5_000));
    expect(isBundleCurrent(before, dir)).toBe(false);
  });

  it('is rebuilt when a source file is gone, or the bundle itself is', () => {
    const first = cached();
    expect(isBundleCurrent({ ...first.manifest(), inputs: [...first.manifest().inputs, [path.join(first.dir, 'deleted.ts'), 1, 1]] }, first.dir)).toBe(false);
    const second = cached();
    expect(isBundleCurrent({ ...second.manifest(), bundle: 'missing.mjs' }, second.dir)).toBe(false);
  });
});
