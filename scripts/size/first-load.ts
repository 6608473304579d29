import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type FirstLoad = { scripts: number; raw_kb: number; gzip_kb: number };

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/**
 * The JavaScript a page's HTML asks for at once (`<script src>` and script preloads under
 * /_next/static), raw and gzipped at level 9, read from the build in `distDir` (`.next`).
 */
export function firstLoad(html: string, distDir = '.next'): FirstLoad {
  const sources = new Set(
    [...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/g), ...html.matchAll(/<link[^>]+href="(\/_next\/static\/[^"]+\.js)"[^>]*as="script"/g)].map((match) => match[1] ?? ''),
  );
  let raw = 0;
  let gzip = 0;
  for (const source of sources) {
    const content = readFileSync(path.join(distDir, source.replace(/^\/_next\//, '')));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { scripts: sources.size, raw_kb: kb(raw), gzip_kb: kb(gzip) };
}
