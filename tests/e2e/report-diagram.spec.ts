import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Requests to anywhere but the app's own server; the report must make none. */
function watchOutsideRequests(page: Page, baseURL: string | undefined): string[] {
  const own = new URL(baseURL ?? 'http://127.0.0.1').host;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.host !== own) outside.push(request.url());
  });
  return outside;
}

// Our own small scene: a sales dashboard wired straight to the shop's PostgreSQL, which the case counts as wrong.
const base = { angle: 0, isDeleted: false, groupIds: [], frameId: null, strokeColor: '#1e1e1e', backgroundColor: 'transparent', strokeWidth: 1, roughness: 0 };
const antipatternScene = {
  type: 'excalidraw',
  version: 2,
  elements: [
    { ...base, id: 'db', type: 'rectangle', x: 0, y: 0, width: 200, height: 80, customData: { kind: 'oltp_database' }, boundElements: [{ id: 'db-label', type: 'text' }, { id: 'reads', type: 'arrow' }] },
    { ...base, id: 'db-label', type: 'text', x: 30, y: 28, width: 140, height: 25, text: 'Orders PostgreSQL', originalText: 'Orders PostgreSQL', fontSize: 20, fontFamily: 5, containerId: 'db' },
    { ...base, id: 'dash', type: 'rectangle', x: 400, y: 0, width: 200, height: 80, customData: { kind: 'bi_dashboard' }, boundElements: [{ id: 'dash-label', type: 'text' }, { id: 'reads', type: 'arrow' }] },
    { ...base, id: 'dash-label', type: 'text', x: 430, y: 28, width: 140, height: 25, text: 'Sales dashboard', originalText: 'Sales dashboard', fontSize: 20, fontFamily: 5, containerId: 'dash' },
    {
      ...base,
      id: 'reads',
      type: 'arrow',
      x: 204,
      y: 40,
      width: 192,
      height: 0,
      points: [
        [0, 0],
        [192, 0],
      ],
      startArrowhead: null,
      endArrowhead: 'arrow',
      startBinding: { elementId: 'db', focus: 0, gap: 4 },
      endBinding: { elementId: 'dash', focus: 0, gap: 4 },
    },
  ],
  appState: { viewBackgroundColor: '#ffffff' },
  files: {},
};

test('the report marks what is wrong on the learner diagram and reveals the model diagram, all from our own origin', async ({ page, baseURL }) => {
  const outside = watchOutsideRequests(page, baseURL);
  await page.goto('/cases/ecommerce-data-platform/diagram');
  // The import goes through the canvas, so it must be up first.
  await expect(page.locator('.excalidraw canvas.interactive')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Import an Excalidraw file').setInputFiles({ name: 'antipattern.excalidraw', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(antipatternScene)) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported antipattern.excalidraw' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Diagram checklist' })).toContainText('Dashboards read the OLTP database directly');

  await page.getByRole('link', { name: 'Report: all scores' }).click();
  await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
  const review = page.getByRole('region', { name: 'Your diagram' });
  const picture = review.getByRole('img', { name: /^Your diagram: 2 components \(Orders PostgreSQL, Sales dashboard\), 1 connection; 1 problem marked/ });
  await expect(picture).toBeVisible({ timeout: 30_000 });
  expect(await picture.evaluate((element) => element.tagName.toLowerCase())).toBe('svg');
  // The offending boxes and arrow are drawn in the "wrong" red, with the marker numbered 1.
  await expect(picture.locator('[stroke="#c92a2a"]').first()).toBeAttached();
  await expect(picture.locator('text').filter({ hasText: /^1$/ })).toHaveCount(1);
  // It fits the column.
  const sizes = await picture.evaluate((svg) => ({ svg: svg.getBoundingClientRect().width, column: svg.parentElement!.getBoundingClientRect().width }));
  expect(sizes.svg).toBeLessThanOrEqual(sizes.column + 1);

  const marked = review.getByRole('list', { name: 'Marked on the diagram' });
  await expect(marked.getByRole('listitem')).toHaveCount(1);
  await expect(marked.getByRole('listitem').first()).toContainText('1');
  await expect(marked.getByRole('listitem').first()).toContainText('Dashboards read the OLTP database directly');
  await expect(review.getByRole('list', { name: 'Not on the diagram' })).toContainText('Missing: a durable event stream');

  // The model diagram is drawn only once the reference answer is opened.
  const model = page.getByRole('img', { name: /^Model diagram: \d+ components/ });
  await expect(model).toHaveCount(0);
  await page.getByText('Reference answer').click();
  await expect(model).toBeVisible({ timeout: 30_000 });
  expect(await model.evaluate((element) => element.tagName.toLowerCase())).toBe('svg');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be drawn' })).toHaveCount(0);

  const results = await new AxeBuilder({ page }).include('.diagram-review').include('.reference-answer').analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(blocking.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  expect(outside).toEqual([]);
});

test('a session without a diagram says so on the report and links to the diagram step', async ({ page, baseURL }) => {
  const outside = watchOutsideRequests(page, baseURL);
  await page.goto('/cases/ecommerce-data-platform/report');
  const review = page.getByRole('region', { name: 'Your diagram' });
  await expect(review).toContainText('There is no diagram to review yet');
  await expect(review.getByRole('link', { name: 'Draw the full system' })).toHaveAttribute('href', '/cases/ecommerce-data-platform/diagram');
  await expect(review.getByRole('img')).toHaveCount(0);
  expect(outside).toEqual([]);
});
