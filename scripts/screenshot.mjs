// Draws docs/screenshot.png, the README's picture of the first screen:
// the release build in dist/ (run `trunk build --release` or
// scripts/test.sh first), default scenario, Danish, 1280 px wide.
//
//     node scripts/screenshot.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser, openApp, settle } from '../tests/e2e/browser.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(REPO, 'docs', 'screenshot.png');

const server = await startServer();
const browser = await launchBrowser();
try {
  const { page } = await openApp(browser, server.url, '', { viewport: { width: 1280, height: 900 } });
  await page.locator('[data-testid="annual-cost"][data-value]').waitFor({ state: 'attached' });
  await settle(page);
  await page.screenshot({ path: out });
  console.log(`screenshot: ${path.relative(REPO, out)}`);
} finally {
  await browser.close();
  await server.close();
}
