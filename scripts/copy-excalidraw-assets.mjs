// Serves Excalidraw's fonts and its font-subsetting worker from our own origin
// (public/excalidraw-assets/) so the canvas never fetches them from a CDN, and the worker is not
// requested from a file:// URL the bundler wrote into the chunk. Runs before `next build` and
// `next dev`; the copy is not committed.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const dist = path.join('node_modules', '@excalidraw', 'excalidraw', 'dist', 'prod');
const target = path.join('public', 'excalidraw-assets');
const WORKER_ENTRY = 'subset-worker.chunk.js';
if (!existsSync(path.join(dist, 'fonts')) || !existsSync(path.join(dist, WORKER_ENTRY))) {
  console.error(`copy-excalidraw-assets: ${dist} is missing its fonts or ${WORKER_ENTRY}; run npm ci`);
  process.exit(1);
}
mkdirSync(target, { recursive: true });
cpSync(path.join(dist, 'fonts'), path.join(target, 'fonts'), { recursive: true });

/** The worker entry and every chunk it imports (static or dynamic), followed transitively. */
function workerFiles(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(path.join(dist, file), 'utf8');
    for (const match of source.matchAll(/(?:from\s*|import\s*\(?\s*)["']\.\/([\w.-]+\.js)["']/g)) queue.push(match[1]);
  }
  return [...seen];
}

const workerDir = path.join(target, 'worker');
rmSync(workerDir, { recursive: true, force: true });
mkdirSync(workerDir, { recursive: true });
for (const file of workerFiles(WORKER_ENTRY)) cpSync(path.join(dist, file), path.join(workerDir, file));
