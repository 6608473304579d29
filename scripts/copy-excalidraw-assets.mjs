// Serves Excalidraw's fonts from our own origin (public/excalidraw-assets/) so the canvas never
// fetches them from a CDN. Runs before `next build` and `next dev`; the copy is not committed.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const source = path.join('node_modules', '@excalidraw', 'excalidraw', 'dist', 'prod', 'fonts');
const target = path.join('public', 'excalidraw-assets', 'fonts');
if (!existsSync(source)) {
  console.error(`copy-excalidraw-assets: ${source} is missing; run npm ci`);
  process.exit(1);
}
mkdirSync(target, { recursive: true });
cpSync(source, target, { recursive: true });
