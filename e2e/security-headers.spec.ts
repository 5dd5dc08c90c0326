import { expect, test } from './support/fixtures.ts';

test.describe('the production-like serve (vite preview)', () => {
  test('sends a strict Content-Security-Policy and the other security headers', async ({
    request,
  }) => {
    const response = await request.get('/');
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  test('the console runs under that policy without violations', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        violations.push(message.text());
    });
    await page.goto('/');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
    expect(violations).toEqual([]);
  });
});
