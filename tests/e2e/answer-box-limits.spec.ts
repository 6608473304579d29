import { expect, test } from '@playwright/test';

/*
 * Answer boxes that used to carry a maxLength (a paste cut without a word): past the limit the text stays, the box
 * says how much to cut (aria-describedby, aria-invalid), and only sending or checking waits until it fits.
 */

test('a clarify question pasted past 500 characters is kept, cannot be asked until shortened, and survives a reload', async ({ page }) => {
  await page.goto('/cases/ecommerce-data-platform/clarify');
  const question = page.getByLabel('Your question');
  await expect(question).toBeEnabled();
  const pasted = 'Which regions do the storefront and the warehouses serve, and in which time zones do they close the day? '.repeat(6);
  await question.focus();
  await page.keyboard.insertText(pasted);
  await expect(question).toHaveValue(pasted);
  await expect(question).toHaveAttribute('aria-invalid', 'true');
  await expect(question).toHaveAccessibleDescription(`${pasted.length} / 500 characters Your question is ${pasted.length} characters, ${pasted.length - 500} over the 500 limit: shorten it to ask it.`);
  const ask = page.getByRole('button', { name: 'Ask', exact: true });
  await expect(ask).toBeDisabled();
  await question.press('Enter');
  await expect(page.getByRole('log', { name: 'Interview transcript' })).not.toContainText('Which regions');

  await page.reload();
  await expect(page.getByLabel('Your question')).toBeEnabled();
  await expect(page.getByLabel('Your question')).toHaveValue(pasted);

  await page.getByLabel('Your question').fill('Which regions does the storefront serve?');
  await expect(page.getByLabel('Your question')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(ask).toBeEnabled();
  await ask.click();
  await expect(page.getByRole('log', { name: 'Interview transcript' })).toContainText('Which regions does the storefront serve?');
});

test('a drill answer pasted past 1,000 characters is kept and cannot be checked until shortened', async ({ page }) => {
  await page.goto('/practice/kafka');
  const answer = page.getByLabel('Your answer to the drill');
  await expect(answer).toBeVisible();
  const working = '3 brokers x 2 replicas; 40 MB/s in, so 80 MB/s written across the cluster; '.repeat(16);
  await answer.focus();
  await page.keyboard.insertText(working);
  await expect(answer).toHaveValue(working);
  await expect(answer).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(`Your answer is ${working.length.toLocaleString('en-US')} characters, ${working.length - 1000} over the 1,000 limit: shorten it to check it.`)).toBeVisible();
  const check = page.getByRole('button', { name: 'Check', exact: true });
  await expect(check).toBeDisabled();
  await answer.fill('80 MB/s');
  await expect(answer).not.toHaveAttribute('aria-invalid', 'true');
  await expect(check).toBeEnabled();
});
