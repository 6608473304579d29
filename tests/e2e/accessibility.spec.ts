import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  { name: 'catalogue', path: '/', ready: { role: 'heading', name: 'Case studies' } },
  { name: 'case brief', path: '/cases/ecommerce-data-platform', ready: { role: 'heading', name: 'E-commerce data platform' } },
  { name: 'step', path: '/cases/ecommerce-data-platform/estimate', ready: { role: 'heading', name: 'Estimate' } },
  { name: 'design step', path: '/cases/ecommerce-data-platform/design', ready: { role: 'heading', name: 'High-level design' } },
  { name: 'report', path: '/cases/ecommerce-data-platform/report', ready: { role: 'heading', name: 'Report' } },
  { name: 'practice', path: '/practice', ready: { role: 'heading', name: 'Practice' } },
  { name: 'lesson', path: '/practice/kafka', ready: { role: 'heading', name: 'Kafka' } },
  { name: 'review', path: '/review', ready: { role: 'heading', name: 'Review' } },
] as const;

for (const { name, path, ready } of pages) {
  test(`axe finds no serious or critical violation on the ${name} page`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole(ready.role, { name: ready.name, level: 1 })).toBeVisible();
    // Let the client parts settle (saved progress, the session) before scanning.
    await expect(page.getByText(/Checking your progress|Loading your work|Loading your session|Loading your design|Loading your review queue/)).toHaveCount(0);
    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(blocking.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

test('the keyboard alone moves through the steps', async ({ page }) => {
  await page.goto('/cases/ecommerce-data-platform/clarify');
  await expect(page.getByLabel('Notes for Clarify')).toBeEnabled();

  // Tab from the top of the page to the stepper's Design link and follow it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const design = page.getByRole('navigation', { name: 'Interview steps' }).getByRole('link', { name: /High-level design/ });
  for (let presses = 0; presses < 20; presses += 1) {
    if (await design.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(design).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'High-level design', level: 1 })).toBeVisible();

  // Type notes and reach the Next link without the mouse.
  await page.getByLabel('Notes for High-level design').focus();
  await page.keyboard.type('Batch and streaming');
  const next = page.getByRole('link', { name: /Full system →/ });
  for (let presses = 0; presses < 10; presses += 1) {
    if (await next.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Full system', level: 1 })).toBeVisible();

  // The Write/Preview tabs follow the arrow keys.
  await page.getByRole('tab', { name: 'Write' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Preview' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Preview' })).toHaveAttribute('aria-selected', 'true');
});
