/**
 * npm run screenshots: builds and serves the preview as the browser tests do, opens each record the
 * README shows and saves its cards' screenshots to docs/screenshots. Only this command writes them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser, openPage } from './harness';
import { readmeScreenshots, screenshotDir } from './readme-screenshots';

async function main(): Promise<void> {
  const { default: setup } = await import(path.join(__dirname, 'global-setup.mjs'));
  const { default: teardown } = await import(path.join(__dirname, 'global-teardown.mjs'));
  await setup();
  const browser = await openBrowser();
  try {
    fs.mkdirSync(screenshotDir, { recursive: true });
    for (const [id, shots] of Object.entries(readmeScreenshots)) {
      const { page, errors } = await openPage(browser, `record.html?id=${encodeURIComponent(id)}`);
      if (errors.length > 0) throw new Error(`The page of ${id} has errors:\n${errors.join('\n')}`);
      for (const [file, selector] of shots) {
        const card = page.locator(selector).first();
        if ((await card.count()) === 0) throw new Error(`${file}: no card ${selector} on the page of ${id}`);
        await card.screenshot({ path: path.join(screenshotDir, file), animations: 'disabled' });
        console.log(`wrote docs/screenshots/${file}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await teardown();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
