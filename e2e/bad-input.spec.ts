import { arnCases, fingerprintCases, textCases } from '../src/testing/bad-input-corpus.ts';
import { expect, test } from './support/fixtures.ts';

// A sample of the bad-input corpus (all of it runs in the unit tests) through the real UI and proxy.
const sampledArns = arnCases.filter((c) =>
  [
    'leading space',
    'wrong service',
    '11-digit account',
    'unicode look-alike colon',
    '2,000 characters of junk',
  ].includes(c.label),
);
const sampledTexts = textCases.filter((c) =>
  ['HTML and script', 'emoji', 'right-to-left', 'quotes and shell characters'].includes(c.label),
);

test.describe('bad input through the console', () => {
  for (const { label, arn, problem } of sampledArns) {
    test(`ARN "${label}" is refused before sending, with a message`, async ({ page, tenant }) => {
      await page.goto('/providers/new');
      await page.getByRole('textbox', { name: 'Name' }).fill('Corpus key');
      const field = page.getByRole('textbox', { name: 'KMS key ARN or alias ARN' });
      await field.fill(arn);
      await page.getByRole('button', { name: 'Register key' }).click();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      if (problem) await expect(field).toHaveAccessibleDescription(problem);
      await expect(field).toHaveValue(arn);
      const posts = (await tenant.requests()).filter((r) => r.method === 'POST');
      expect(posts).toEqual([]);
    });
  }

  for (const { label, value } of sampledTexts) {
    test(`a name with ${label} is registered and shown exactly as typed`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto('/providers/new');
      await page.getByRole('textbox', { name: 'Name' }).fill(value);
      await page
        .getByRole('textbox', { name: 'KMS key ARN or alias ARN' })
        .fill(`arn:aws:kms:us-east-1:123456789012:alias/corpus-${label.replace(/\W+/g, '-')}`);
      await page.getByRole('button', { name: 'Register key' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(value);
      await page.goto('/');
      await expect(page.getByRole('link', { name: value, exact: true })).toBeVisible();
      expect(dialogs).toEqual([]);
    });
  }

  for (const { label, fingerprint } of fingerprintCases.filter((c) =>
    ['10,000 characters', 'path traversal', 'encoded slash'].includes(c.label),
  )) {
    test(`fingerprint "${label}" in the address shows "not found"`, async ({ page }) => {
      await page.goto(`/providers/${encodeURIComponent(fingerprint)}`);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Key provider not found' }),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: /Key providers/ }).first()).toBeVisible();
    });
  }
});
