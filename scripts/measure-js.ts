// `npm run -s size [-- --json]` after a build: the JavaScript a first visit to each page downloads,
// raw and gzipped, read from the prerendered HTML of `next build`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const PAGES: Record<string, string> = {
  catalogue: 'index.html',
  'case brief': 'cases/ecommerce-data-platform.html',
  'step (clarify)': 'cases/ecommerce-data-platform/clarify.html',
  'step (estimate)': 'cases/ecommerce-data-platform/estimate.html',
  'step (diagram)': 'cases/ecommerce-data-platform/diagram.html',
  report: 'cases/ecommerce-data-platform/report.html',
  practice: 'practice.html',
  review: 'review.html',
  history: 'history.html',
};

const { values } = parseArgs({ args: process.argv.slice(2), options: { json: { type: 'boolean', default: false } } });
const appDir = path.join('.next', 'server', 'app');
if (!existsSync(appDir)) {
  process.stderr.write('size: no build found; run `npm run build` first\n');
  process.exit(2);
}

const results = Object.entries(PAGES)
  .filter(([, file]) => existsSync(path.join(appDir, file)))
  .map(([name, file]) => {
    const html = readFileSync(path.join(appDir, file), 'utf8');
    // Scripts the page loads at once: <script src> and the chunks it preloads as scripts.
    const sources = new Set([...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/g), ...html.matchAll(/<link[^>]+href="(\/_next\/static\/[^"]+\.js)"[^>]*as="script"/g)].map((match) => match[1] ?? ''));
    let raw = 0;
    let gzip = 0;
    for (const source of sources) {
      const content = readFileSync(path.join('.next', source.replace(/^\/_next\//, '')));
      raw += content.length;
      gzip += gzipSync(content, { level: 9 }).length;
    }
    return { name, scripts: sources.size, raw_kb: Math.round(raw / 102.4) / 10, gzip_kb: Math.round(gzip / 102.4) / 10 };
  });

if (results.length === 0) {
  process.stderr.write('size: no prerendered pages found in .next/server/app; run `npm run build` first\n');
  process.exit(2);
}

if (values.json) process.stdout.write(`${JSON.stringify({ results }, null, 2)}\n`);
else for (const result of results) process.stdout.write(`${result.name.padEnd(18)} ${String(result.gzip_kb).padStart(7)} KB gzip  ${String(result.raw_kb).padStart(7)} KB raw  ${result.scripts} scripts\n`);
