// Embed mode, the host script, export (CSV, TSV) and print, against the
// release build in $DIST_DIR (default: dist/).
//
// The host page is served from a SECOND origin (another port on 127.0.0.1),
// so the iframe, postMessage and the host script's origin checks run
// across origins as on a real article page.
//
//   node --test tests/e2e/embed.test.mjs

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { openApp, value, waitForValue, typeInto, useServerAndBrowser, TIMEOUT, testid } from './browser.mjs';
import { startServer } from './server.mjs';
import { assertNoViolations } from './axe.mjs';

// The documented URL example (Copenhagen BI08 as one group).
const URL_EXAMPLE = '?headcount=5000&current=70&target=50&cost=396900&benefit_month=15774';
const EXAMPLE_EXTRA_STAFF = 5000 / 50 - 5000 / 70; // 28.5714…
const EXAMPLE_ANNUAL_COST = 11_340_000;
const EXAMPLE_BREAK_EVEN_MONTHS = 11_340_000 / 15_774; // 718.90…

const ctx = useServerAndBrowser();
const { withApp } = ctx;

/** The second origin: a static server on a temp dir of host pages. */
const host = { dir: undefined, server: undefined };
before(async () => {
  host.dir = await mkdtemp(path.join(os.tmpdir(), 'sagsstamme-host-'));
  host.server = await startServer({ root: host.dir });
});
after(async () => {
  await host.server?.close();
  if (host.dir) await rm(host.dir, { recursive: true, force: true });
});

/** Polls `check` (async, in Node) once per frame of `page` until it returns a truthy value. */
async function waitUntil(page, check, what) {
  const deadline = Date.now() + TIMEOUT;
  let last;
  for (;;) {
    last = await check();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  }
}

/** WCAG contrast of two CSS rgb() colours, computed in Node. */
function contrast(a, b) {
  const lum = (css) => {
    const [r, g, bl] = css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    const lin = (c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('embed mode', () => {
  it('shows the calculator without page chrome, and a link to the full page', async () => {
    await withApp(`?embed=1&${URL_EXAMPLE.slice(1)}`, async ({ page, consoleErrors }) => {
      for (const sel of ['header.page-header', 'footer.page-footer', testid('lang-switch'), '.presets', testid('export'), '#ds-heading', '#goal-heading']) {
        assert.equal(await page.locator(sel).count(), 0, `${sel} should not be in embed mode`);
      }
      // The default sections: the form, the results, the budget.
      await page.locator('#field-headcount-1').waitFor();
      await page.locator(testid('budget-table')).waitFor();
      assert.equal(await page.locator('h1').count(), 1, 'the frame keeps one (visually hidden) h1');
      const extra = Number(await value(page, 'extra-staff-years'));
      assert.ok(Math.abs(extra - EXAMPLE_EXTRA_STAFF) < 1e-9);
      const href = await page.locator(testid('full-page-link')).getAttribute('href');
      assert.equal(href, `/${URL_EXAMPLE}`, 'the full-page link drops embed=1 and keeps the scenario');
      assert.equal(await page.locator(testid('full-page-link')).getAttribute('target'), '_blank');
      assert.deepEqual(consoleErrors, []);
    });
  });

  it('shows only the sections named in the URL', async () => {
    await withApp('?embed=1&sections=results,ds', async ({ page }) => {
      await page.locator(testid('ds-table')).waitFor();
      assert.equal(await page.locator('#field-headcount-1').count(), 0, 'no inputs');
      assert.equal(await page.locator(testid('budget-table')).count(), 0, 'no budget');
      assert.equal(await page.locator(testid('url-notices')).count(), 0, 'no notices for valid options');
    });
  });

  it('reports bad options as text, never as HTML, and keeps the defaults', async () => {
    const attack = encodeURIComponent('<img src=x onerror="window.pwned=1">');
    await withApp(`?embed=1&sections=results,${attack}&accent=zzz&embed=1`, async ({ page }) => {
      const notices = page.locator(testid('url-notices'));
      await notices.waitFor();
      const text = await notices.innerText();
      assert.match(text, /<img src=x onerror=/, 'the bad value is quoted as text');
      assert.match(text, /accent=zzz/);
      assert.equal(await page.locator('img').count(), 0, 'no element was injected');
      assert.equal(await page.evaluate(() => window.pwned), undefined);
      // `results` was still understood.
      await page.locator('#results').waitFor();
      assert.equal(await page.locator('#field-headcount-1').count(), 0);
      // An invalid accent leaves the page's own colour.
      const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
      assert.equal(accent, '#0b5cad');
    });
  });

  it('themes the page with a valid accent colour', async () => {
    await withApp('?embed=1&accent=8b0000&sections=inputs,results', async ({ page }) => {
      // "Add target group" is a secondary button: accent text on white.
      const color = await page.locator(testid('add-group')).evaluate((el) => getComputedStyle(el).color);
      assert.equal(color, 'rgb(139, 0, 0)');
      const bar = await page.locator(testid('headline')).evaluate((el) => getComputedStyle(el).borderLeftColor);
      assert.equal(bar, 'rgb(139, 0, 0)');
      assert.equal(await page.locator(testid('url-notices')).count(), 0);
    });
  });

  it('darkens an accent that fails AA contrast and says so', async () => {
    await withApp('?embed=1&accent=ffff00&sections=inputs,results', async ({ page }) => {
      const notices = page.locator(testid('url-notices'));
      await notices.waitFor();
      const used = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
      assert.match(used, /^#[0-9a-f]{6}$/);
      assert.notEqual(used, '#ffff00');
      assert.ok((await notices.innerText()).includes(used), 'the notice names the colour used');
      const button = page.locator(testid('add-group'));
      const [bg, fg] = await button.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
      assert.ok(contrast(bg, fg) >= 4.5, `button text contrast ${contrast(bg, fg)} (${fg} on ${bg})`);
    });
  });

  it('ignores theme options without embed=1, with a notice', async () => {
    await withApp('?accent=8b0000', async ({ page }) => {
      await page.locator(testid('url-notices')).waitFor();
      await page.locator('header.page-header').waitFor();
      const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
      assert.equal(accent, '#0b5cad');
    });
  });

  it('speaks the language given in the URL', async () => {
    await withApp('?embed=1&lang=en', async ({ page }) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal((await page.locator('#results-heading').innerText()).trim(), 'Results');
    });
  });
});

/** Gets the embed snippet from the dialog of the full page at `query`. */
async function snippetFor(query) {
  let snippet;
  await withApp(query, async ({ page }) => {
    await page.locator(testid('embed-open')).click();
    snippet = await page.locator(testid('copy-text')).inputValue();
  });
  return snippet;
}

/**
 * Writes a host page with `body` into the second origin's directory and
 * opens it. The page collects every `sagsstamme:result` DOM event in
 * `window.results` and every "evil:done" message in `window.evilDone`.
 */
async function openHost(name, body) {
  await writeFile(
    path.join(host.dir, name),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host article</title></head>
<body><h1>An article</h1>
<script>
  window.results = [];
  window.evilDone = 0;
  document.addEventListener('sagsstamme:result', (e) => window.results.push(e.detail));
  window.addEventListener('message', (e) => { if (e.data && e.data.type === 'evil:done') window.evilDone += 1; });
</script>
${body}
</body></html>`,
  );
  const context = await ctx.browser.newContext({ viewport: { width: 900, height: 700 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '')) errors.push(m.text());
  });
  await page.goto(`${host.server.url}/${name}`);
  return { page, context, errors };
}

/** Height of the calculator's own document, measured inside the frame. */
function contentHeight(frame) {
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

/** Waits until the iframe is exactly as tall as its content; returns that height. */
async function waitForFit(page, frame) {
  let last;
  await waitUntil(
    page,
    async () => {
      const [outer, inner] = await Promise.all([
        page.locator('iframe[data-sagsstamme]').first().evaluate((f) => f.getBoundingClientRect().height),
        contentHeight(frame),
      ]);
      last = { outer, inner };
      return outer === inner && inner > 200;
    },
    'the iframe to fit its content',
  ).catch((e) => {
    throw new Error(`${e.message}: ${JSON.stringify(last)}`);
  });
  return last.inner;
}

describe('on a host page from another origin', () => {
  it('the snippet from the Embed dialog embeds the scenario on screen', async () => {
    const snippet = await snippetFor(`${URL_EXAMPLE}&lang=en`);
    // The scenario as the page holds it (the link format of today, so the
    // version 2 link's figures are written out against today's defaults),
    // then the embed flag.
    const src = snippet.match(/<iframe src="([^"]+)"/)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(src?.startsWith(`${ctx.server.url}/?`), `snippet: ${snippet}`);
    const q = Object.fromEntries(new URL(src).searchParams);
    assert.deepEqual(q, {
      v: '3', lang: 'en', 'g1.benefit': 'other', 'g1.headcount': '5000', cost: '396900',
      cost_year: '2027', overhead: '0', 'sygedagpenge.rate': '20345', 'jobafklaring.rate': '12326',
      'kontanthjaelp.rate': '12326', 'other.rate': '15774', 'other.reimbursement': '0', embed: '1',
    });
    assert.ok(snippet.includes(`<script src="${ctx.server.url}/embed/sagsstamme-embed.js" async></script>`), snippet);
    assert.ok(snippet.includes('title="Caseload calculator"'), snippet);
    assert.ok(snippet.includes('data-sagsstamme'), snippet);
  });

  it('the snippet holds a change made just before the dialog was opened', async () => {
    await withApp(URL_EXAMPLE, async ({ page }) => {
      // Typed and opened at once: the address is written only a moment later.
      await page.locator('#field-headcount-1').fill('4321');
      await page.locator(testid('embed-open')).click();
      const snippet = await page.locator(testid('copy-text')).inputValue();
      assert.ok(snippet.includes('g1.headcount=4321'), snippet);
    });
  });

  it('resizes the iframe to its content and passes the results on as a DOM event', async () => {
    const snippet = await snippetFor(URL_EXAMPLE);
    const { page, context, errors } = await openHost('host.html', snippet);
    try {
      const frame = await waitUntil(page, async () => page.frames().find((f) => f.url().includes('embed=1')), 'the frame');
      await frame.waitForSelector('[data-testid="annual-cost"][data-value]');
      const first = await waitForFit(page, frame);

      // The host receives the results.
      const result = await waitUntil(page, () => page.evaluate(() => window.results.at(-1)), 'a result event');
      assert.equal(result.type, 'sagsstamme:result');
      assert.equal(result.lang, 'da');
      assert.equal(result.valid, true);
      // The example link is version 1: its amounts are at the default price level.
      assert.equal(result.priceLevel, 2027);
      assert.ok(Math.abs(result.extraStaffYears - EXAMPLE_EXTRA_STAFF) < 1e-9, JSON.stringify(result));
      assert.ok(Math.abs(result.annualCost - EXAMPLE_ANNUAL_COST) < 1e-6, JSON.stringify(result));
      assert.ok(Math.abs(result.breakEvenMonths - EXAMPLE_BREAK_EVEN_MONTHS) < 1e-6, JSON.stringify(result));
      // Same numbers as the page's own data-value.
      assert.equal(String(result.annualCost), await frame.getAttribute(testid('annual-cost'), 'data-value'));

      // A change in the calculator reaches the host.
      await typeInto(frame, 'field-target-1', '45');
      const expected = 5000 / 45 - 5000 / 70;
      await waitUntil(
        page,
        () => page.evaluate((x) => window.results.some((r) => Math.abs(r.extraStaffYears - x) < 1e-9), expected),
        'the new result on the host',
      );

      // More content: the frame grows with it.
      await frame.locator(testid('add-group')).click();
      await frame.locator('#field-headcount-2').waitFor();
      // A valid second group (it copies the first's caseloads, 70 → 45).
      await typeInto(frame, 'field-headcount-2', '100');
      const both = expected + 100 / 45 - 100 / 70;
      await waitForValue(frame, 'extra-staff-years', (v) => v !== null && Math.abs(Number(v) - both) < 1e-9);
      const second = await waitForFit(page, frame);
      assert.ok(second > first, `the frame should grow: ${first} → ${second}`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('ignores messages from other frames and from a frame that has left our origin', async () => {
    await writeFile(
      path.join(host.dir, 'evil.html'),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Evil</title></head><body><script>
  parent.postMessage({ type: 'sagsstamme:height', height: 7 }, '*');
  parent.postMessage({ type: 'sagsstamme:result', valid: true, annualCost: 1 }, '*');
  parent.postMessage({ type: 'evil:done' }, '*');
</script></body></html>`,
    );
    const snippet = await snippetFor(URL_EXAMPLE);
    const { page, context } = await openHost(
      'host-evil.html',
      `${snippet}\n<iframe id="other" src="/evil.html" title="Other" data-sagsstamme-not></iframe>`,
    );
    try {
      const frame = await waitUntil(page, async () => page.frames().find((f) => f.url().includes('embed=1')), 'the frame');
      await frame.waitForSelector('[data-testid="annual-cost"][data-value]');
      const fitted = await waitForFit(page, frame);
      await waitUntil(page, () => page.evaluate(() => window.results.length > 0), 'a result event');
      // A frame that is not ours: ignored (wrong source).
      await waitUntil(page, () => page.evaluate(() => window.evilDone >= 1), 'the other frame to post');

      // Our frame navigated away to another origin: its element still says
      // data-sagsstamme and the calculator's src, but event.origin differs.
      await page.evaluate((url) => {
        document.querySelector('iframe[data-sagsstamme]').contentWindow.location.href = url;
      }, `${host.server.url}/evil.html`);
      await waitUntil(page, () => page.evaluate(() => window.evilDone >= 2), 'the navigated frame to post');

      const state = await page.evaluate(() => ({
        height: document.querySelector('iframe[data-sagsstamme]').getBoundingClientRect().height,
        fake: window.results.filter((r) => r.annualCost === 1).length,
      }));
      assert.equal(state.height, fitted, 'the height message from the wrong origin was ignored');
      assert.equal(state.fake, 0, 'the fake result was not passed on');
    } finally {
      await context.close();
    }
  });
});

describe('export', () => {
  /** Clicks "Download CSV" and returns the file's bytes. */
  async function downloadCsv(page) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(testid('download-csv')).click()]);
    return readFile(await download.path());
  }

  /** The budget table's rows as shown: [header, ...cells], ungrouped the Danish way. */
  function budgetRowsOnScreen(page, groupSep) {
    return page.locator(`${testid('budget-table')} tbody tr`).evaluateAll(
      (rows, sep) => rows.map((tr) => [...tr.children].map((c) => c.textContent.trim().split(sep).join(''))),
      groupSep,
    );
  }

  /** The budget table's column headers as shown, the empty corner first. */
  async function budgetHeadersOnScreen(page) {
    return (await page.locator(`${testid('budget-table')} thead th`).allInnerTexts()).map((h) => h.trim());
  }

  it('downloads a Danish CSV: BOM, semicolons, decimal commas, the budget as on screen', async () => {
    await withApp(URL_EXAMPLE, async ({ page }) => {
      await page.locator(testid('budget-table')).waitFor();
      const bytes = await downloadCsv(page);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
      const text = bytes.subarray(3).toString('utf8');
      const lines = text.split('\r\n');
      assert.equal(lines[0], 'Sagsstamme-beregneren');
      assert.ok(lines.includes('Ekstra årsværk;28,6;årsværk'), text);
      assert.ok(lines.includes('Udgift om året;11340000;kr.'), text);
      assert.ok(lines.includes('Ydelsesmåneder, der skal spares om året;719;måneder'), text);
      // A share is a fraction, so a spreadsheet's % format shows 1,2 %.
      assert.ok(lines.includes('Kortere tid på ydelse;0,012;andel (1 = 100 %)'), text);
      for (const row of await budgetRowsOnScreen(page, '.')) {
        assert.ok(lines.includes(row.join(';')), `budget row ${row.join(';')} in\n${text}`);
      }
      // Every budget column says its unit; the rounding convention follows.
      const headers = await budgetHeadersOnScreen(page);
      assert.ok(lines.includes(headers.map((h, i) => (i === 0 ? '' : `${h} (1.000 kr.)`)).join(';')), text);
      assert.equal(headers.at(-1), 'I alt');
      // Quoted: the note holds the separator.
      assert.ok(lines.includes('"Beløb i 1.000 kr., afrundet pr. celle; totaler er summen af de viste tal."'), text);
      assert.ok(lines.includes('Målgruppe;Antal borgere (helårspersoner);Sagsstamme i dag (sager pr. sagsbehandler);Ny sagsstamme (sager pr. sagsbehandler);Ydelse'), text);
      // The note beside the button names the locale the file suits.
      assert.match(await page.locator(testid('csv-note')).innerText(), /danske indstillinger \(semikolon, decimalkomma\).*English/);
      assert.equal(await page.locator(testid('download-csv')).getAttribute('aria-describedby'), 'csv-note');
    });
  });

  it('downloads an English CSV with commas and decimal points', async () => {
    await withApp(`${URL_EXAMPLE}&lang=en`, async ({ page }) => {
      await page.locator(testid('budget-table')).waitFor();
      const text = (await downloadCsv(page)).subarray(3).toString('utf8');
      const lines = text.split('\r\n');
      assert.equal(lines[0], 'Caseload calculator');
      assert.ok(lines.includes('Extra staff years,28.6,staff years'), text);
      assert.ok(lines.includes('Annual cost,11340000,DKK'), text);
      assert.ok(lines.includes('Less time on benefits,0.012,share (1 = 100%)'), text);
      // The unit holds the separator, so the header cells are quoted.
      const headers = await budgetHeadersOnScreen(page);
      assert.ok(lines.includes(headers.map((h, i) => (i === 0 ? '' : `"${h} (DKK 1,000)"`)).join(',')), text);
      assert.match(await page.locator(testid('csv-note')).innerText(), /English settings \(comma, decimal point\).*Dansk/);
    });
  });

  it('copies the budget table and the results as tab-separated cells', async () => {
    await withApp(URL_EXAMPLE, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.server.url });
      await page.locator(testid('budget-table')).waitFor();

      await page.locator(testid('copy-budget')).click();
      await page.locator(testid('export-status')).filter({ hasText: 'Kopieret' }).waitFor();
      const budget = await page.evaluate(() => navigator.clipboard.readText());
      const lines = budget.split('\n');
      assert.match(lines[0], /^Budget, 1\.000 kr\./, 'the caption first');
      const years = await page.locator(`${testid('budget-table')} thead th`).allInnerTexts();
      // The headers as on screen, each column with its unit.
      assert.deepEqual(lines[1].split('\t'), years.map((y, i) => (i === 0 ? '' : `${y.trim()} (1.000 kr.)`)));
      for (const row of await budgetRowsOnScreen(page, '.')) {
        assert.ok(lines.includes(row.join('\t')), `budget row ${JSON.stringify(row)} in ${JSON.stringify(budget)}`);
      }

      await page.locator(testid('copy-results')).click();
      await waitUntil(page, async () => (await page.evaluate(() => navigator.clipboard.readText())) !== budget, 'the results on the clipboard');
      const results = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
      assert.deepEqual(results.slice(0, 3), ['Resultat', 'Nøgletal\tVærdi\tEnhed', 'Ekstra årsværk\t28,6\tårsværk']);
      // 11,340,000 / (12 × 5,000 × 15,774) = 1.198 %, shown with one
      // decimal on the page, exported as the fraction 0,012.
      assert.ok(results.includes('Kortere tid på ydelse\t0,012\tandel (1 = 100 %)'), results.join('\n'));
    });
  });

  it('shows the text selected for Ctrl+C when the clipboard is unavailable', async () => {
    const context = await ctx.browser.newContext();
    try {
      await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
      const page = await context.newPage();
      await page.goto(`${ctx.server.url}/${URL_EXAMPLE}`);
      await page.locator(testid('budget-table')).waitFor();
      await page.locator(testid('copy-results')).click();
      // The text opens in the dialog, selected, with a word on Ctrl+C.
      await page.waitForFunction(() => document.querySelector('[data-testid="copy-dialog"]').open);
      const text = await page.locator(testid('copy-text')).inputValue();
      assert.ok(text.startsWith('Resultat\nNøgletal\tVærdi\tEnhed\n'), text);
      await page.waitForFunction(() => {
        const el = document.activeElement;
        return el?.id === 'copy-text' && el.selectionStart === 0 && el.selectionEnd === el.value.length;
      });
      assert.match(await page.locator(testid('copy-dialog')).innerText(), /Ctrl\+C/);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.activeElement?.id === 'copy-results');
    } finally {
      await context.close();
    }
  });
});

describe('the Embed dialog', () => {
  it('opens as a labelled modal, copies the snippet, closes with Escape and returns focus', async () => {
    await withApp(`${URL_EXAMPLE}&lang=en`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.server.url });
      const opener = page.locator(testid('embed-open'));
      await opener.click();
      const dialog = page.locator(testid('copy-dialog'));
      await page.waitForFunction(() => document.querySelector('[data-testid="copy-dialog"]').open);
      assert.equal(await dialog.getAttribute('aria-labelledby'), 'copy-dialog-heading');
      assert.equal((await page.locator('#copy-dialog-heading').innerText()).trim(), 'Embed the calculator in another page');
      assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus moved into the dialog');

      const code = await page.locator(testid('copy-text')).inputValue();
      assert.ok(code.includes('g1.headcount=5000&amp;cost=396900'), code);
      await page.locator(testid('copy-button')).click();
      await page.locator(testid('copy-status')).filter({ hasText: 'Copied' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);

      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('[data-testid="copy-dialog"]').open);
      await page.waitForFunction(() => document.activeElement?.dataset.testid === 'embed-open');
    });
  });

  it('puts the chosen sections and colour into the snippet, and the frame shows just those', async () => {
    let src;
    await withApp(URL_EXAMPLE, async ({ page, consoleErrors }) => {
      await page.locator(testid('embed-open')).click();
      const code = () => page.locator(testid('copy-text')).inputValue();
      // The defaults an article needs: inputs, results, budget.
      for (const [name, on] of [['inputs', true], ['results', true], ['budget', true], ['ds', false], ['presets', false]]) {
        assert.equal(await page.locator(testid(`embed-section-${name}`)).isChecked(), on, name);
      }
      assert.ok(!(await code()).includes('sections='), 'the default needs no key');

      await page.locator(testid('embed-section-inputs')).uncheck();
      await page.locator(testid('embed-section-budget')).uncheck();
      await page.locator(testid('embed-section-ds')).check();
      // A faint yellow is darkened, and the dialog says to which colour.
      await page.locator(testid('embed-accent')).fill('#ffee00');
      const note = await page.locator(testid('embed-accent-note')).innerText();
      const used = note.match(/#([0-9a-f]{6})/)[1];
      assert.notEqual(used, 'ffee00');
      const snippet = await code();
      assert.ok(snippet.includes(`sections=results,ds&amp;accent=${used}&amp;embed=1`), snippet);
      assert.ok(snippet.includes('g1.headcount=5000'), 'the scenario is kept');
      src = snippet.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');

      // The page's own colours again: no accent key, no note.
      await page.locator(testid('embed-accent-own')).click();
      assert.ok(!(await code()).includes('accent='));
      assert.equal(await page.locator(testid('embed-accent-note')).innerText(), '');

      // The last section cannot be unticked: a frame shows something.
      await page.locator(testid('embed-section-ds')).uncheck();
      assert.equal(await page.locator(testid('embed-section-results')).isDisabled(), true);
      assert.ok((await code()).includes('sections=results&amp;'));
      await assertNoViolations(page, 'the Embed dialog with its choices');
      assert.deepEqual(consoleErrors, []);
    });

    // The snippet's address as the frame opens it: the results and DS's
    // table, in the darkened colour, with nothing to report.
    await withApp(src.slice(src.indexOf('?')), async ({ page }) => {
      await page.locator(testid('ds-table')).waitFor();
      await page.locator('#results').waitFor();
      assert.equal(await page.locator('#field-headcount-1').count(), 0, 'no inputs');
      assert.equal(await page.locator(testid('budget-table')).count(), 0, 'no budget');
      assert.equal(await page.locator(testid('url-notices')).count(), 0, 'nothing to report');
      const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
      assert.equal(accent, `#${new URL(src).searchParams.get('accent')}`);
      assert.ok(Math.abs(Number(await value(page, 'extra-staff-years')) - EXAMPLE_EXTRA_STAFF) < 1e-9);
    });
  });
});

describe('print', () => {
  it('prints a report: date line, results, budget and sources; no buttons', async () => {
    await withApp(URL_EXAMPLE, async ({ page }) => {
      await page.locator(testid('budget-table')).waitFor();
      assert.equal(await page.locator(testid('print-date')).isVisible(), false, 'the date is for print only');
      await page.emulateMedia({ media: 'print' });
      const date = page.locator(testid('print-date'));
      assert.equal(await date.isVisible(), true);
      const today = await page.evaluate(() => {
        const d = new Date();
        return [d.getDate(), d.getMonth(), d.getFullYear()];
      });
      const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
      assert.equal((await date.innerText()).trim(), `Udskrevet ${today[0]}. ${months[today[1]]} ${today[2]}`);
      for (const sel of [testid('download-csv'), testid('embed-open'), testid('lang-switch'), testid('add-group'), testid('preset-kk-bi08-2023')]) {
        assert.equal(await page.locator(sel).isVisible(), false, `${sel} should not print`);
      }
      for (const sel of ['#results', testid('budget-table'), testid('per-group'), 'footer.page-footer', '#field-headcount-1', testid('ds-table')]) {
        assert.equal(await page.locator(sel).first().isVisible(), true, `${sel} should print`);
      }
      assert.match(await page.locator('footer.page-footer').innerText(), /Kilder/);
    });
  });

  it('dates the report the day it is printed, not the day the page was opened', async () => {
    await withApp(URL_EXAMPLE, async ({ page }) => {
      const sel = testid('print-date');
      await page.waitForFunction((s) => /Udskrevet/.test(document.querySelector(s)?.textContent ?? ''), sel);
      // The page stays open past midnight; then the Print button is used.
      // What the report shows is what the line holds once the page's own
      // beforeprint handler has run (a listener added after it sees that),
      // inside window.print(), before any later task could change it.
      await page.clock.setFixedTime(new Date(2031, 2, 6, 0, 1));
      await page.evaluate((s) => {
        window.addEventListener('beforeprint', () => {
          window.__printedDate = document.querySelector(s).textContent;
        });
      }, sel);
      await page.click(testid('print'));
      await page.waitForFunction(() => window.__printedDate !== undefined);
      assert.equal(await page.evaluate(() => window.__printedDate), 'Udskrevet 6. marts 2031');
    });
  });

});
