// Screenshots of the provider table (light and dark, 1280 px and narrow, documented and large
// tenants) into test-results/screens/table-*.png, for looking at the layout:
//   CMK_OUT_DIR=dist-pt npx tsx scripts/bench/screenshots.ts [label]
import { APP, launchChromium, loadScenario, run, startConsole } from './console.ts';

const label = process.argv[2] ?? 'now';
const WIDTHS = [1280, 390];

void run(async () => {
  await startConsole();
  const browser = await launchChromium();
  for (const scenario of ['default', 'migrating', 'large']) {
    await loadScenario(scenario);
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of WIDTHS) {
        const page = await browser.newPage({
          viewport: { width, height: 900 },
          colorScheme: scheme,
        });
        await page.goto(`${APP}/`);
        await page
          .locator('tbody th', { hasText: 'Qlik Internal Kms' })
          .waitFor({ timeout: 60_000 });
        await page.waitForTimeout(300);
        const overflow = await page.evaluate<string>(
          `[...document.querySelectorAll('table')].map((t) => { const box = t.parentElement.getBoundingClientRect(); return Math.round(t.scrollWidth) + '/' + Math.round(box.width); }).join(' ')`,
        );
        console.log(`${scenario} ${scheme} ${width}: table width / container ${overflow}`);
        await page.screenshot({
          path: `test-results/screens/table-${label}-${scenario}-${scheme}-${width}.png`,
        });
        await page.close();
      }
    }
  }
  await browser.close();
});
