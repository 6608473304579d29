// `npm run -s size [-- --json] [--check] [--update] [--url http://host:port]` after a build: per page,
// the JavaScript its HTML loads at once (raw and gzipped, as before) and the JavaScript Chromium
// transfers until the page is idle (lazy chunks included). Serves the build with `next start` on a
// free port unless --url names a running server. --check exits 1 when a page loads more than its
// figure in scripts/size/budget.json; --update rewrites that file from this run.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { BUDGET_FILE, overBudget, readBudget, writeBudget } from './size/budget';
import { firstLoad } from './size/first-load';
import { SIZE_PAGES } from './size/pages';
import { serveBuild } from './size/serve';
import type { Served } from './size/serve';
import { jsUntilIdle } from './size/until-idle';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    update: { type: 'boolean', default: false },
    url: { type: 'string' },
  },
});

if (!existsSync('.next/BUILD_ID')) {
  process.stderr.write('size: no build found; run `npm run build` first\n');
  process.exit(2);
}

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

async function main(): Promise<number> {
  let served: Served | undefined;
  const base = values.url ?? (served = await serveBuild()).url;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const results = [];
    for (const [name, path] of Object.entries(SIZE_PAGES)) {
      const response = await fetch(new URL(path, base));
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      results.push({ name, ...firstLoad(await response.text()), ...(await jsUntilIdle(browser, new URL(path, base).href)) });
    }
    const figures = Object.fromEntries(results.map((result) => [result.name, result.idle_kb]));
    if (values.update) writeBudget(figures);
    const over = values.check ? overBudget(figures, readBudget()) : [];
    if (values.json) process.stdout.write(`${JSON.stringify(values.check ? { results, over_budget: over } : { results }, null, 2)}\n`);
    else {
      for (const result of results) {
        process.stdout.write(`${result.name.padEnd(18)} ${String(result.gzip_kb).padStart(7)} KB gzip  ${String(result.raw_kb).padStart(7)} KB raw  ${result.scripts} scripts  ${String(result.idle_kb).padStart(7)} KB until idle (${result.idle_scripts} scripts)\n`);
      }
      for (const page of over) process.stderr.write(`size: ${page.name} loads ${page.kb} KB until idle, over its budget of ${page.budget_kb} KB in ${BUDGET_FILE}\n`);
    }
    return over.length > 0 ? 1 : 0;
  } finally {
    await browser.close();
    served?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`size: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
