import { expect, type Page } from '@playwright/test';

export const CMK_02 = 'b5fe2c83b25f9e39487bca28f69e4210';

/** The header badge on wide screens, a strip along the bottom on phones: one of them shows. */
export function demoMarker(page: Page) {
  return page.getByText('Demo — simulated tenant').filter({ visible: true });
}

/** Every URL the page asks for, so a test can show that nothing left the demo site. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

export async function openPresenterPanel(page: Page) {
  await page.getByRole('button', { name: 'Presenter' }).click();
  const panel = page.getByRole('dialog', { name: 'Presenter controls' });
  await expect(panel).toBeVisible();
  return panel;
}

export async function chooseScenario(page: Page, label: string) {
  const panel = await openPresenterPanel(page);
  await panel.getByText(label, { exact: true }).click();
  await expect(panel.getByRole('radio', { name: label })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
}
