import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository's root, for the paths below. */
export const ROOT = path.resolve(__dirname, '../..');

/**
 * The files a module loads at once: its value imports (not `import type`, not `import()`), resolved within
 * the app to absolute paths; an import of zod (or `zod/...`) is listed as 'zod', other packages not at all.
 */
export function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^import (?!type )[^;]*?from '([^']+)';/gms)) {
    const spec = match[1]!;
    if (spec === 'zod' || spec.startsWith('zod/')) {
      found.push('zod');
      continue;
    }
    const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : undefined;
    if (!base) continue;
    const resolved = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((candidate) => existsSync(candidate));
    if (resolved) found.push(resolved);
  }
  return found;
}

/** Every app file `entry` (a path relative to the root) loads at once, directly or through others, relative to the root. */
export function loadedAtOnce(entry: string): Set<string> {
  const seen = new Set<string>([path.join(ROOT, entry)]);
  const queue = [...seen];
  while (queue.length > 0) {
    for (const next of staticImports(queue.shift()!)) {
      if (next === 'zod' || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return new Set([...seen].map((file) => path.relative(ROOT, file)));
}
