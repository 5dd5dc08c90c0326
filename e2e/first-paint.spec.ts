import type { Page, Route } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

const SCHEME_KEY = 'mantine-color-scheme-value';
/** Mantine's body colour in each scheme (white; dark 7). */
const BODY = { light: 'rgb(255, 255, 255)', dark: 'rgb(36, 36, 36)' } as const;

/**
 * Holds the console's own code (its module entry) until `release` is called: what shows meanwhile
 * is what the HTML, the stylesheet and the head script drew, before React runs.
 */
async function holdAppCode(page: Page) {
  let release = () => undefined;
  const released = new Promise<undefined>((resolve) => {
    release = () => {
      resolve(undefined);
    };
  });
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return () => {
    release();
  };
}

async function schemeBeforeAppCode(page: Page, path = '/') {
  const release = await holdAppCode(page);
  await page.goto(path, { waitUntil: 'commit' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const shown = await page.evaluate(() => ({
    attribute: document.documentElement.getAttribute('data-mantine-color-scheme'),
    body: getComputedStyle(document.body).backgroundColor,
  }));
  release();
  return shown;
}

/** Errors and warnings the page logs, and errors it throws (a failed hydration is reported so). */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

test.describe('first paint: the shell comes with the HTML', () => {
  test('without JavaScript the first response already shows the frame, navigation and heading', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByText('Encryption keys', { exact: true })).toBeVisible();
    const navigation = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Key providers', 'Migration', 'Key history', 'Activity']) {
      await expect(navigation.getByRole('link', { name })).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Key providers' })).toBeVisible();
    await expect(page.getByLabel('Loading key providers')).toBeVisible();
    // It claims nothing it cannot know yet: no tenant, no mode, no register button.
    await expect(page.getByText('Simulated tenant')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Register a key' })).toHaveCount(0);
    await context.close();
  });

  test('the browser hydrates it with no warning or error, then shows the table', async ({
    page,
  }) => {
    const problems = problemsOf(page);
    await page.goto('/');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
    await expect(page.getByRole('link', { name: 'Register a key' })).toBeVisible();
    await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
    expect(problems).toEqual([]);
  });

  test('another address shows the frame without the table page’s heading, then its own view', async ({
    page,
  }) => {
    const problems = problemsOf(page);
    const release = await holdAppCode(page);
    await page.goto('/history', { waitUntil: 'commit' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Key providers' })).toBeHidden();
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Key history' })).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test.describe('first paint: the colour scheme is right before the console’s code runs', () => {
  test('a dark system shows dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await schemeBeforeAppCode(page)).toEqual({ attribute: 'dark', body: BODY.dark });
  });

  test('a stored dark choice wins over a light system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript((key) => {
      localStorage.setItem(key, 'dark');
    }, SCHEME_KEY);
    expect(await schemeBeforeAppCode(page)).toEqual({ attribute: 'dark', body: BODY.dark });
  });

  test('a stored light choice wins over a dark system, on any address', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript((key) => {
      localStorage.setItem(key, 'light');
    }, SCHEME_KEY);
    expect(await schemeBeforeAppCode(page, '/migration')).toEqual({
      attribute: 'light',
      body: BODY.light,
    });
  });

  test('the choice holds once the console runs and follows a change in another tab', async ({
    page,
    context,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const problems = problemsOf(page);
    await page.goto('/');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    const other = await context.newPage();
    await other.emulateMedia({ colorScheme: 'dark' });
    await other.goto('/');
    await other.getByRole('button', { name: 'Switch to light theme' }).click();
    await expect(other.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
    await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
    expect(problems).toEqual([]);
  });
});
