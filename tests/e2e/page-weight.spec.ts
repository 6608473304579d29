import { expect, test } from '@playwright/test';
import { readBudget } from '../../scripts/size/budget';
import { SIZE_PAGES } from '../../scripts/size/pages';
import { jsUntilIdle } from '../../scripts/size/until-idle';

// No page may load more JavaScript (transferred until idle, in Chromium on the production build) than
// its figure in scripts/size/budget.json. After a deliberate change, `npm run size -- --update` rewrites it.
test('no page grows past its JavaScript budget', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const budget = readBudget();
  expect(Object.keys(budget).sort()).toEqual(Object.keys(SIZE_PAGES).sort());
  for (const [name, path] of Object.entries(SIZE_PAGES)) {
    const { idle_kb } = await jsUntilIdle(browser, new URL(path, baseURL).href);
    expect(idle_kb, `${name} (${path}): ${idle_kb} KB until idle, budget ${budget[name]} KB`).toBeLessThanOrEqual(budget[name] ?? 0);
  }
});
