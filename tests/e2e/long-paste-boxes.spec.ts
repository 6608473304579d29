import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/*
 * The last boxes that carried a maxLength (a paste cut without a word): the main entities, a step's notes and a
 * worksheet row keep every character, say how much to cut (aria-describedby, aria-invalid) and keep the text across a
 * reload; finishing a mock with a box still over its limit asks to shorten it first.
 */

const CASE = '/cases/iot-telemetry';

async function paste(page: Page, label: string | RegExp, text: string): Promise<void> {
  await page.getByLabel(label).focus();
  // insertText is how a paste reaches the field: a maxLength would have cut it here.
  await page.keyboard.insertText(text);
}

test('the main entities and a worksheet row keep a too-long paste, say how much to cut, and keep it across a reload', async ({ page }) => {
  await page.goto(`${CASE}/clarify`);
  const entitiesLabel = 'The business objects the platform deals with, one per line or separated by commas';
  await expect(page.getByLabel(entitiesLabel)).toBeEnabled();
  const list = 'device, reading, firmware version, gateway, alert rule, '.repeat(40);
  await paste(page, entitiesLabel, list);
  const entities = page.getByLabel(entitiesLabel);
  await expect(entities).toHaveValue(list);
  await expect(entities).toHaveAttribute('aria-invalid', 'true');
  await expect(entities).toHaveAccessibleDescription(
    `${list.length.toLocaleString('en-US')} / 2,000 characters Your list of main entities is ${list.length.toLocaleString('en-US')} characters, ${(list.length - 2_000).toLocaleString('en-US')} over the 2,000 limit: shorten it to have it saved and graded. Your text is kept here; until then the last version within the limit (0 characters) is the one saved.`,
  );
  await page.reload();
  await expect(page.getByLabel(entitiesLabel)).toBeEnabled();
  await expect(page.getByLabel(entitiesLabel)).toHaveValue(list);
  await page.getByLabel(entitiesLabel).fill('device, reading, gateway');
  await expect(page.getByLabel(entitiesLabel)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/over the 2,000 limit/)).toHaveCount(0);

  await page.goto(`${CASE}/estimate`);
  await expect(page.getByRole('button', { name: 'Add row' })).toBeEnabled();
  await page.getByRole('button', { name: 'Add row' }).click();
  const name = 'peak_readings_per_second_across_every_region_including_the_failover_gateways';
  await paste(page, 'Row 1 name', name);
  await expect(page.getByLabel('Row 1 name')).toHaveValue(name);
  await expect(page.getByLabel('Row 1 name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(`Row 1's name is ${name.length} characters, ${name.length - 64} over the 64 limit: shorten it to use it.`, { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Row 1 name')).toHaveValue(name);
  await page.getByLabel('Row 1 name').fill('peak_readings');
  await expect(page.getByLabel('Row 1 name')).not.toHaveAttribute('aria-invalid', 'true');
});

test('finishing a mock with a design field past its limit names it and asks to shorten it first', async ({ page }) => {
  await page.goto(CASE);
  await page.getByRole('button', { name: 'Start a mock interview' }).click();
  await expect(page.getByRole('heading', { name: 'Clarify', level: 1 })).toBeVisible();
  await page.goto(`${CASE}/design`);
  await expect(page.getByRole('button', { name: 'Add a source' })).toBeEnabled();
  const sla = 'Readings on the fleet dashboard within 30 seconds, alerts within 5 seconds, daily rollups by 02:00 UTC. '.repeat(6);
  await paste(page, 'SLA: how fresh the results must be, or by when', sla);
  await expect(page.getByLabel('SLA: how fresh the results must be, or by when')).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Finish interview' }).click();
  const confirm = page.getByRole('group', { name: 'Finish the interview?' });
  await expect(confirm).toContainText('Some of your text is past its length limit');
  await expect(confirm.getByRole('link', { name: 'The SLA' })).toBeVisible();
  await confirm.getByRole('button', { name: 'Shorten first' }).click();
  await expect(confirm).toHaveCount(0);
  await page.getByLabel('SLA: how fresh the results must be, or by when').fill('alerts within 5 seconds; rollups by 02:00 UTC');

  await page.getByRole('button', { name: 'Finish interview' }).click();
  await expect(page.getByRole('group', { name: 'Finish the interview?' })).toContainText('Finish now? The clock stops');
  await page.getByRole('button', { name: 'Finish and see the report' }).click();
  await expect(page).toHaveURL(/\/report$/);
});
