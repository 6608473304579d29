import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const SLUG = 'e2e-harbour-shop';
const TITLE = 'Harbour shop data platform';

/**
 * A mentor's own case, made from the seed case under a new folder name and title, packed by the
 * real CLI (`npm run content:pack -- <slug> --root <dir>`), as a mentor would share it.
 */
function packMentorCase(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sdt-pack-'));
  const dir = path.join(root, 'content', 'cases', SLUG);
  cpSync(path.join('content', 'cases', 'ecommerce-data-platform'), dir, { recursive: true });
  const mdx = path.join(dir, 'case.mdx');
  writeFileSync(mdx, readFileSync(mdx, 'utf8').replace(/^title: .*$/m, `title: ${TITLE}`));
  const out = path.join(root, `${SLUG}.case-pack.json`);
  execFileSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/content-pack.ts', SLUG, '--root', root, '--out', out], { stdio: 'pipe', timeout: 120_000 });
  return out;
}

async function importPack(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Import a case pack' })).toBeEnabled();
  await page.getByLabel('Import a case pack file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

let packFile: string;
test.beforeAll(() => {
  packFile = packMentorCase();
});

test('a case pack made by the CLI imports in a fresh browser and plays through every step and the report', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await importPack(page, `${SLUG}.case-pack.json`, readFileSync(packFile));
  await expect(page.getByRole('status').filter({ hasText: `Imported ${TITLE}.` })).toBeVisible();
  const imported = page.getByRole('region', { name: 'Imported cases' });
  const card = imported.getByRole('article').filter({ hasText: TITLE });
  await expect(card).toContainText('imported');

  // The brief, rendered from the pack's compiled Markdown.
  await card.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The brief' })).toBeVisible();
  await expect(page.getByText('imported', { exact: true })).toBeVisible();

  // Clarify: the interviewer answers from the imported rubric.
  await page.getByRole('link', { name: 'Start the interview' }).click();
  await expect(page.getByRole('heading', { name: 'Clarify', level: 1 })).toBeVisible();
  const question = page.getByLabel('Your question');
  await expect(question).toBeEnabled();
  await question.fill('How much data do we ingest daily?');
  await question.press('Enter');
  await expect(page.getByText(/200 GB/).first()).toBeVisible();

  // Every other step opens with its workspace.
  for (const title of ['Estimate', 'High-level design', 'Full system', 'Deep dives']) {
    await page.getByRole('link', { name: `${title} →`, exact: true }).click();
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Report →' }).click();
  await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
  await expect(page.locator('.report-summary .score-value')).toHaveText(/^\d+$/);
  await expect(page.getByText('Reference answer')).toBeVisible();

  // After a reload the case still opens from this browser's store; history lists the attempt.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
  await page.goto('/history');
  await expect(page.getByRole('region', { name: `${TITLE} (imported)` })).toBeVisible();

  // Removing it asks first; its pages then say it is not here.
  await page.goto('/');
  await card.getByRole('button', { name: `Remove ${TITLE}` }).click();
  await card.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(imported.getByRole('article')).toHaveCount(0);
  // Removed: the server no longer hears of it from this browser, so its pages are real 404s.
  const gone = await page.goto(`/cases/${SLUG}`);
  expect(gone?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await context.close();
});

test('hostile and broken packs are refused with one sentence and nothing stored changes', async ({ page }) => {
  const good = JSON.parse(readFileSync(packFile, 'utf8')) as { cases: { slug: string; files: Record<string, string>; compiled: { brief: unknown[] } }[] };
  const variant = (change: (pack: typeof good) => void) => {
    const copy = structuredClone(good);
    change(copy);
    return Buffer.from(JSON.stringify(copy));
  };
  const hostile: [string, Buffer, RegExp][] = [
    ['script.case-pack.json', variant((pack) => pack.cases[0]?.compiled.brief.push({ t: 'script', c: ['window.pwned = 1'] })), /damaged/],
    ['link.case-pack.json', variant((pack) => pack.cases[0]?.compiled.brief.push({ t: 'a', a: { href: 'javascript:window.pwned=1' }, c: ['x'] })), /damaged/],
    ['shipped.case-pack.json', variant((pack) => { if (pack.cases[0]) pack.cases[0].slug = 'ecommerce-data-platform'; }), /already ships/],
    ['rubric.case-pack.json', variant((pack) => { if (pack.cases[0]) pack.cases[0].files['rubric.yaml'] = 'steps: [\n'; }), /fails the content checks: .*rubric\.yaml/],
    ['deep.case-pack.json', Buffer.from(readFileSync(packFile, 'utf8').replace('"brief":[', `"brief":[${'{"t":"div","c":['.repeat(5000)}${']}'.repeat(5000)},`)), /cannot be read safely/],
    ['notes.txt', Buffer.from('hello'), /not valid JSON/],
  ];
  for (const [name, buffer, expected] of hostile) {
    await importPack(page, name, buffer);
    const alert = page.getByRole('alert').filter({ hasText: `${name} was not imported.` });
    await expect(alert).toContainText(expected);
    await expect(alert).toContainText('Nothing stored was changed.');
    await expect(page.getByRole('region', { name: 'Imported cases' }).getByRole('article')).toHaveCount(0);
  }
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await page.goto('/cases/ecommerce-data-platform');
  await expect(page.getByRole('heading', { name: 'E-commerce data platform', level: 1 })).toBeVisible();
});
