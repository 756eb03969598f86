// Hostile and broken links (issue 6): zero, negative, huge, NaN, Infinity,
// text, HTML/script payloads, thousands of keys, broken percent-encoding and
// overlong values. For each the page stays alive and usable, shows no NaN,
// Infinity or undefined, logs no console error, runs no injected code, and
// says what it ignored.
//
//   node --test tests/e2e/hostile-urls.test.mjs

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, value, typeInto, waitForValue, useServerAndBrowser } from './browser.mjs';

const ctx = useServerAndBrowser();

// Markup that runs code if it is ever parsed as HTML rather than text.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  "javascript:window.__pwned=1",
];
const enc = encodeURIComponent;

const thousandsOfKeys = Array.from({ length: 5000 }, (_, i) => `k${i}=${i}`).join('&');

/**
 * Each case: the query, the keys the notice must name as ignored, and, when
 * the rest must still load, the expected `data-value` of extra-staff-years.
 */
const CASES = [
  {
    name: 'zero everywhere (zero citizens is a valid scenario; zero caseloads are not)',
    query: '?headcount=0&current=0&target=0&cost=0&benefit_month=0',
    ignored: ['current=0', 'target=0'],
    extraStaff: 0,
  },
  {
    name: 'negative values',
    query: '?headcount=-1000&current=-70&target=-50&cost=-400000&benefit_month=-1',
    ignored: ['headcount=-1000', 'current=-70', 'target=-50', 'cost=-400000', 'benefit_month=-1'],
  },
  {
    name: 'huge values, just past the limits and far past them',
    query: `?headcount=10000001&current=1001&target=1e400&cost=${'9'.repeat(30)}&benefit_month=1000000000.5`,
    ignored: ['headcount=10000001', 'current=1001', 'target=1e400', 'cost=999', 'benefit_month=1000000000.5'],
  },
  {
    name: 'NaN and Infinity',
    query: '?headcount=NaN&current=Infinity&target=-Infinity&cost=nan&benefit_month=inf',
    ignored: ['headcount=NaN', 'current=Infinity', 'target=-Infinity', 'cost=nan', 'benefit_month=inf'],
  },
  {
    name: 'text, unknown language and preset, exponents and Danish number forms',
    query: '?headcount=mange&current=1e2&target=50,5&cost=400.000,00&lang=klingon&preset=nope',
    ignored: ['headcount=mange', 'current=1e2', 'target=50,5', 'cost=400.000,00', 'lang=klingon', 'preset=nope'],
  },
  {
    name: 'HTML and script payloads in keys and values',
    query: `?headcount=${enc(PAYLOADS[0])}&lang=${enc(PAYLOADS[1])}&preset=${enc(PAYLOADS[2])}&cost=${enc(PAYLOADS[3])}&${enc(PAYLOADS[0])}=1`,
    ignored: ['headcount=<img src=x', 'lang="><svg', 'preset=<script>', 'cost=javascript:'],
  },
  {
    name: 'thousands of keys, a valid headcount first',
    query: `?headcount=500&${thousandsOfKeys}`,
    ignored: [],
    tooMany: true,
    extraStaff: 500 / 50 - 500 / 70,
  },
  {
    name: 'thousands of keys, a valid headcount after the limit (not read)',
    query: `?${thousandsOfKeys}&headcount=500`,
    ignored: [],
    tooMany: true,
    extraStaff: 1000 / 50 - 1000 / 70,
  },
  {
    name: 'broken percent-encoding',
    query: '?headcount=%E0%A4%A&current=%&target=%ZZ&cost=%2&lang=%FF&benefit_month=%C0%AF',
    ignored: ['headcount=\uFFFD%A', 'current=%', 'target=%ZZ', 'cost=%2', 'lang=\uFFFD', 'benefit_month=\uFFFD'],
  },
  {
    name: 'overlong values are quoted cut short',
    query: `?headcount=${'1'.repeat(20_000)}&lang=${'x'.repeat(20_000)}`,
    ignored: [`headcount=${'1'.repeat(40)}…`, `lang=${'x'.repeat(40)}…`],
  },
  {
    name: 'empty values, keys without values, repeated keys (the first counts)',
    query: '?headcount=&current&target=45&target=abc&&=&cost=+',
    ignored: ['headcount=', 'current=', 'cost= '],
    extraStaff: 1000 / 45 - 1000 / 70,
  },
  {
    name: 'a fragment and encoded separators do not smuggle in values',
    query: '?headcount=100%26current%3D0#&current=0',
    ignored: ['headcount=100&current=0'],
  },
  // Version-2 links (the whole scenario).
  {
    name: 'v2: too many groups, bad group values, unknown choices',
    query: '?v=2&groups=100000&g99999.headcount=1&g1.headcount=NaN&g1.benefit=%3Cscript%3E&g1.area=nope&g0.target=5',
    ignored: ['groups=100000', 'g1.benefit=<script>', 'g1.area=nope', 'g1.headcount=NaN'],
  },
  {
    name: 'v2: unknown version, exponent',
    query: '?v=999&cost=1e9',
    ignored: ['v=999', 'cost=1e9'],
  },
  {
    name: 'embed options with markup and script URLs',
    query: '?embed=%3Cimg%3E&accent=javascript:alert(1)&sections=results,%3Cb%3E,,budget',
    ignored: ['embed=<img>', 'accent=javascript:alert(1)', 'sections=results,<b>,,budget'],
  },
  {
    name: 'v2: markup as a group name and as text kept as typed',
    query: `?v=2&g1.name=${enc(PAYLOADS[0])}&g1.headcount=~${enc('<b>x</b>')}&hiring=2&ramp=yes`,
    ignored: ['hiring=2', 'ramp=yes'],
    // The typed text comes back into the field, flagged, and blocks results
    // until it is corrected.
    invalid: 'field-headcount-1',
  },
];

const FORBIDDEN = /NaN|Infinity|undefined|\[object /;

describe('hostile and broken URLs', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const app = await openApp(ctx.browser, ctx.server.url, c.query, {
        initScript: () => {
          window.__dialogs = 0;
          window.alert = window.confirm = window.prompt = () => {
            window.__dialogs += 1;
          };
        },
      });
      try {
        const { page, consoleErrors } = app;
        // What it ignored, said on the page.
        const notices = page.locator('[data-testid="url-notices"]');
        if (c.ignored.length > 0 || c.tooMany) {
          await notices.waitFor();
          const text = await notices.innerText();
          for (const quoted of c.ignored) {
            assert.ok(text.includes(quoted), `the notice should quote ${JSON.stringify(quoted)}: ${JSON.stringify(text.slice(0, 600))}`);
          }
          if (c.tooMany) assert.match(text, /for mange parametre i linket \(\d+\)/);
          // Bounded: no value is quoted at more than 40 characters.
          for (const code of await notices.locator('code').allInnerTexts()) {
            const quotedValue = code.slice(code.indexOf('=') + 1);
            assert.ok([...quotedValue].length <= 41, `quoted too long: ${code.length} characters`);
          }
        } else {
          assert.equal(await notices.count(), 0, 'no notice for a valid link');
        }

        if (c.invalid) {
          assert.equal(await page.getAttribute(`#${c.invalid}`, 'aria-invalid'), 'true');
          assert.equal(await value(page, 'extra-staff-years'), null);
          await typeInto(page, c.invalid, '1.000');
          await waitForValue(page, 'extra-staff-years', (v) => v !== null);
        }
        // The rest of the scenario computed.
        const extra = await value(page, 'extra-staff-years');
        assert.notEqual(extra, null, 'no result');
        assert.ok(Number.isFinite(Number(extra)), `extra-staff-years data-value ${extra}`);
        if (c.extraStaff !== undefined) {
          assert.ok(Math.abs(Number(extra) - c.extraStaff) < 1e-9, `extra-staff-years ${extra}, expected ${c.extraStaff}`);
        }

        // Nothing unreadable anywhere on the page, in any data-value either.
        // (The notice quotes the link's own text, "NaN" included; the rest of
        // the page is what the page wrote.)
        const body = await page.evaluate(() => {
          const clone = document.body.cloneNode(true);
          clone.querySelector('[data-testid="url-notices"]')?.remove();
          return clone.textContent;
        });
        assert.doesNotMatch(body, FORBIDDEN);
        const values = await page.evaluate(() => [...document.querySelectorAll('[data-value]')].map((e) => e.dataset.value));
        for (const v of values) assert.ok(v.trim() !== '' && Number.isFinite(Number(v)), `data-value ${JSON.stringify(v)}`);

        // No injected code ran.
        assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a payload ran');
        assert.equal(await page.evaluate(() => window.__dialogs), 0, 'a dialog was opened');

        // Still alive: typing updates the results. The cost per staff year
        // is the salary typed with the overhead and price factor the scenario
        // has, so the annual cost follows the salary in proportion.
        const salaryBefore = Number((await page.inputValue('#field-cost')).replaceAll('.', '').replace(',', '.'));
        const costBefore = Number(await value(page, 'annual-cost'));
        await typeInto(page, 'field-cost', '500.000');
        const expected = Number(extra) === 0 ? 0 : (costBefore * 500_000) / salaryBefore;
        await waitForValue(page, 'annual-cost', (v) => v !== null && Math.abs(Number(v) - expected) < 1e-3 * Math.max(1, Math.abs(expected)));

        await page.waitForLoadState('networkidle');
        assert.deepEqual(consoleErrors, [], 'console errors');
      } finally {
        await app.close();
      }
    });
  }
});
