import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export const CMK_01 = { name: 'CMK - 01', fingerprint: '9f352c5a9c1618485051892cb57467e4' };

/** Walks the wizard for a preselected target up to and including the start click. */
export async function startMigrationVia(page: Page, target: string) {
  await page.goto(`/migration/new?target=${target}`);
  await page.getByRole('button', { name: 'Next: preflight checks' }).click();
  await expect(page.getByText('No migration is running.')).toBeVisible();
  await page.getByRole('button', { name: 'Next: confirm' }).click();
  await page.getByRole('checkbox', { name: /I understand: migrate the tenant/ }).check();
  await page.getByRole('button', { name: 'Start migration' }).click();
}

export function progressBar(page: Page) {
  return page.getByRole('progressbar', { name: 'Migration progress' });
}

/** Registers an AWS KMS key through the proxy and returns its fingerprint. */
export async function registerKey(page: Page, name: string, arn: string): Promise<string> {
  const response = await page.request.post('/api/v1/encryption/keyproviders', {
    data: { name, arn, keyprovider: 'AWS-KMS' },
  });
  expect(response.status(), `register ${arn}`).toBe(201);
  const body = (await response.json()) as { arnFingerPrint: string };
  return body.arnFingerPrint;
}

/** Opens the confirm step directly (the wizard keeps its state in the URL) once preflight passed. */
export async function openConfirmStep(page: Page, target: string) {
  await page.goto(`/migration/new?target=${target}&step=confirm`);
  await page.getByRole('checkbox', { name: /I understand: migrate the tenant/ }).check();
  await expect(page.getByRole('button', { name: 'Start migration' })).toBeEnabled();
}

/** Starts a migration behind the console's back (another admin, another tool). */
export async function startMigrationElsewhere(page: Page, fingerprint: string) {
  const response = await page.request.post(
    `/api/v1/encryption/keyproviders/${fingerprint}/actions/migrate`,
  );
  expect(response.status()).toBe(200);
}
