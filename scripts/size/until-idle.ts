import type { Browser } from '@playwright/test';

export type UntilIdle = { idle_kb: number; idle_scripts: number };

/** Quiet time after the last request before a page counts as idle (Playwright's networkidle is 500 ms). */
const QUIET_MS = 1000;

/**
 * JavaScript transferred (response bodies as sent, i.e. compressed) by a first visit to `url` in a
 * fresh context, from navigation until the network has been quiet and the main thread idle. Counts
 * every script response, including chunks loaded lazily after hydration and worker scripts.
 */
export async function jsUntilIdle(browser: Browser, url: string): Promise<UntilIdle> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const pending: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script' && !/\.m?js(?:\?|$)/.test(request.url())) return;
    pending.push(request.sizes().then((sizes) => sizes.responseBodySize));
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 })));
    await page.waitForTimeout(QUIET_MS);
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(pending);
    const bytes = sizes.reduce((sum, size) => sum + size, 0);
    return { idle_kb: Math.round(bytes / 102.4) / 10, idle_scripts: sizes.length };
  } finally {
    await context.close();
  }
}
