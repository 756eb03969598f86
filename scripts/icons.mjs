// Draws the home-screen icons from the favicon (style/favicon.svg), so the
// installed app looks like the browser tab. Run by hand after the favicon
// changes; the PNGs are committed (a build needs no browser):
//
//   node scripts/icons.mjs
//
// Headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core,
// as the e2e tests do) renders each SVG at the exact pixel size.
//
//   web/icons/icon-192.png, icon-512.png   the favicon as it is (rounded
//                                          square, transparent corners):
//                                          the manifest's "any" icons
//   web/icons/icon-maskable-512.png        full-bleed blue square, the bars
//                                          inside the central 80 % that
//                                          Android's masks keep ("maskable")
//   web/apple-touch-icon.png (180 px)      full-bleed too: iOS rounds the
//                                          corners itself and would paint
//                                          transparent ones black. It sits
//                                          at the site root, where Safari
//                                          looks for it without a <link>
//                                          (no bytes added to index.html)

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const favicon = readFileSync(path.join(REPO, 'style/favicon.svg'), 'utf8');

// The favicon is one rounded <rect> (the background) and the bars' <path>.
const fill = favicon.match(/<rect\b[^>]*\bfill="([^"]+)"/)?.[1];
const bars = favicon.match(/<path\b[^>]*\/>/)?.[0];
const viewBox = favicon.match(/viewBox="0 0 (\d+) \1"/)?.[1];
if (!fill || !bars || !viewBox) throw new Error('icons: style/favicon.svg no longer has one <rect fill>, one <path> and a square viewBox');

/** The bars scaled by `scale` about the centre, on a full square of the favicon's colour. */
function fullBleed(scale) {
  const c = Number(viewBox) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${viewBox} ${viewBox}">`
    + `<rect width="${viewBox}" height="${viewBox}" fill="${fill}"/>`
    + `<g transform="translate(${c} ${c}) scale(${scale}) translate(${-c} ${-c})">${bars}</g></svg>`;
}

const ICONS = [
  ['web/icons/icon-192.png', 192, favicon],
  ['web/icons/icon-512.png', 512, favicon],
  // The bars span 16 of 32 units; at 0.8 they fill 40 % of the side, well
  // inside the 80 % safe circle of a maskable icon.
  ['web/icons/icon-maskable-512.png', 512, fullBleed(0.8)],
  ['web/apple-touch-icon.png', 180, fullBleed(0.9)],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--force-color-profile=srgb'],
});
try {
  for (const [file, size, svg] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const png = await page.screenshot({ type: 'png', omitBackground: true });
    mkdirSync(path.dirname(path.join(REPO, file)), { recursive: true });
    writeFileSync(path.join(REPO, file), png);
    console.log(`${file}: ${size}×${size}, ${png.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
