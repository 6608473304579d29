import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The repository root: this file sits in scripts/cli/ (inside a bundle, which lives elsewhere, the
 * launcher passes it on in SDT_CLI_REPO_ROOT). Not the working directory: tests run the CLIs from a
 * copy of content/.
 */
export const REPO_ROOT = process.env.SDT_CLI_REPO_ROOT ?? path.resolve(import.meta.dirname, '..', '..');

/**
 * Where the CLIs keep what they cache (bundles, compiled-MDX verdicts): node_modules/.cache/sdt-cli,
 * the usual place for tool caches, or the system temp folder when there is no node_modules.
 */
export function cliCacheDir(): string {
  const modules = path.join(REPO_ROOT, 'node_modules');
  try {
    statSync(modules);
    return path.join(modules, '.cache', 'sdt-cli');
  } catch {
    return path.join(tmpdir(), 'sdt-cli-cache');
  }
}

/** Writes `text` to `file` whole or not at all (a temp file renamed), so a parallel run never reads half a file. */
export function writeFileAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/** What a cached bundle was built from: its file name in the cache, and each input's path (repository-relative), size and modification time. */
export type BundleManifest = { bundle: string; inputs: [file: string, size: number, mtimeMs: number][] };

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** The installed version of a package (its package.json in node_modules); throws when it is not installed. */
export function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** True when the bundle is in `dir` and every file it was built from still has the size and modification time it had then. */
export function isBundleCurrent(manifest: BundleManifest, dir: string): boolean {
  try {
    statSync(path.join(dir, manifest.bundle));
    return manifest.inputs.every(([file, size, mtimeMs]) => {
      const stat = statSync(path.resolve(REPO_ROOT, file));
      return stat.size === size && stat.mtimeMs === mtimeMs;
    });
  } catch {
    return false;
  }
}

/** Bundles `entry` (repository-relative) and its imports into one ES module; returns its path and its content hash. */
async function buildBundle(entry: string, external: readonly string[], dir: string, key: string): Promise<BundleManifest> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(REPO_ROOT, entry)],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node}`,
    external: [...external],
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Bundled CommonJS packages call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __sdtCreateRequire } from 'node:module'; const require = __sdtCreateRequire(import.meta.url);" },
  });
  const code = result.outputFiles[0]?.text ?? '';
  const bundle = `${key}-${sha(code).slice(0, 16)}.mjs`;
  const inputs = Object.keys(result.metafile.inputs).map((file): BundleManifest['inputs'][number] => {
    const stat = statSync(path.resolve(REPO_ROOT, file));
    return [file, stat.size, stat.mtimeMs];
  });
  writeFileAtomic(path.join(dir, bundle), code);
  const manifest: BundleManifest = { bundle, inputs };
  writeFileAtomic(path.join(dir, `${key}.json`), JSON.stringify(manifest));
  return manifest;
}

/**
 * Runs a command line's program (`entry`, such as `scripts/content-check-main.ts`) from one esbuild
 * bundle of it and everything it imports, in a plain Node process, instead of module by module
 * through tsx: loading some thousand modules through tsx's loader (mathjs alone is over a thousand
 * files, and its index builds every function) costs seconds before any work starts, and even one big
 * module costs a second more through the loader than without it. The bundle is tree-shaken, cached
 * under `cliCacheDir()` and rebuilt when any file it was built from changes (size or modification
 * time, as make does) or when Node or esbuild change. Packages in `external` (those that spawn esbuild
 * or read their own files, such as mdx-bundler) load from node_modules when the program imports them.
 * The program sees the same arguments, working directory and streams, plus SDT_CLI_REPO_ROOT and
 * SDT_CLI_CODE_HASH (the bundle's content hash, for caches keyed on the code). Returns its exit code.
 * When bundling fails (a syntax error in the code, an unwritable cache) the entry is imported here,
 * as it is, so tsx reports the error in its usual words.
 */
export async function runBundled(entry: string, external: readonly string[]): Promise<number | undefined> {
  const dir = cliCacheDir();
  let manifest: BundleManifest | undefined;
  try {
    const key = sha(JSON.stringify([REPO_ROOT, entry, external, process.version, packageVersion('esbuild')])).slice(0, 16);
    try {
      const stored = JSON.parse(readFileSync(path.join(dir, `${key}.json`), 'utf8')) as BundleManifest;
      if (isBundleCurrent(stored, dir)) manifest = stored;
    } catch {
      // No bundle yet, or a damaged manifest: build one.
    }
    manifest ??= await buildBundle(entry, external, dir, key);
  } catch {
    await import(pathToFileURL(path.join(REPO_ROOT, entry)).href);
    return undefined;
  }
  const child = spawnSync(process.execPath, [path.join(dir, manifest.bundle), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, SDT_CLI_REPO_ROOT: REPO_ROOT, SDT_CLI_CODE_HASH: manifest.bundle.replace(/\.mjs$/, '') },
  });
  if (child.error) throw child.error;
  return child.status ?? 1;
}
