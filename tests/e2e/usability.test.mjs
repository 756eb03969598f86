// End-to-end tests of what a usability test found (issue 16): what the
// user typed is never lost or changed without a word, and the answers a
// politician or a union representative asks for are where they ask.
// Runs against the release build in $DIST_DIR (default: dist/).
//
//   node --test tests/e2e/usability.test.mjs

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { useServerAndBrowser, settle, testid, typeInto, waitForValue } from './browser.mjs';
import { assertNoViolations } from './axe.mjs';

const ctx = useServerAndBrowser({ noConsoleErrors: true });
const { withApp } = ctx;

const PHONE = { width: 390, height: 844 };
const NARROW = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 900 };

/** Types the user's own scenario: 800 citizens, caseload 65 → 45. */
async function typeOwnScenario(page) {
  await typeInto(page, 'field-headcount-1', '800');
  await typeInto(page, 'field-current-1', '65');
  await typeInto(page, 'field-target-1', '45');
  await waitForValue(page, 'extra-staff-years', (v) => Math.abs(Number(v) - (800 / 45 - 800 / 65)) < 1e-9);
}

/** The first group's headcount, caseload today and target as shown. */
const ownFields = (page) =>
  Promise.all(['headcount', 'current', 'target'].map((f) => page.inputValue(`#field-${f}-1`)));

const groupCount = (page) => page.locator(testid('group')).count();

describe('an example loaded over the user’s own scenario', () => {
  for (const viewport of [DESKTOP, NARROW]) {
    it(`can be undone from the notice it leaves (${viewport.width} px)`, async () => {
      await withApp('', async ({ page }) => {
        await typeOwnScenario(page);
        await page.locator(testid('preset-kk-bi08-2023')).click();
        await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, testid('group'));
        const notice = page.locator(testid('undo-notice'));
        await notice.waitFor();
        assert.match(await notice.innerText(), /erstattede dit eget scenarie/);
        await assertNoViolations(page, 'axe with the notice shown');

        await page.locator(testid('undo')).click();
        await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, testid('group'));
        assert.deepEqual(await ownFields(page), ['800', '65', '45']);
        await waitForValue(page, 'extra-staff-years', (v) => Math.abs(Number(v) - (800 / 45 - 800 / 65)) < 1e-9);
        assert.equal(await notice.count(), 0, 'the notice goes once used');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-headcount-1');
      }, { viewport });
    });
  }

  it('comes back with the browser’s Back, and the example with Forward', async () => {
    await withApp('', async ({ page }) => {
      await typeOwnScenario(page);
      await page.locator(testid('preset-kk-bi08-2023')).click();
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, testid('group'));
      await settle(page);

      await page.goBack();
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, testid('group'));
      assert.deepEqual(await ownFields(page), ['800', '65', '45']);
      // Still the calculator, computing.
      await waitForValue(page, 'extra-staff-years', (v) => Math.abs(Number(v) - (800 / 45 - 800 / 65)) < 1e-9);

      await page.goForward();
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, testid('group'));
      await waitForValue(page, 'annual-cost', (v) => v !== null);
    });
  });

  it('leaves no notice when nothing of the user’s was replaced', async () => {
    await withApp('', async ({ page }) => {
      await page.locator(testid('preset-kk-bi08-2023')).click();
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, testid('group'));
      await settle(page);
      assert.equal(await page.locator(testid('undo-notice')).count(), 0);
    });
  });
});

describe('switching the expected effect’s unit', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`says beside the field what the number was converted from (${viewport.width} px)`, async () => {
      await withApp('', async ({ page }) => {
        await typeInto(page, 'field-effect-1', '8,5');
        await page.selectOption('#group-effect-unit-1', 'percent');
        const note = page.locator(testid('effect-converted'));
        await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes('='), testid('effect-converted'));
        const text = await note.innerText();
        assert.match(text, /^Omregnet: 8,5 mdr\. kortere pr\. borger\/år = 70,8333 % kortere tid på ydelse\.$/);
        assert.equal(await page.inputValue('#field-effect-1'), '70,8333');
        assert.ok(await note.isVisible());
        await assertNoViolations(page, 'axe with the note shown');

        // Once the user types a number of their own, the note has nothing to say.
        await typeInto(page, 'field-effect-1', '10');
        await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === '', testid('effect-converted'));
        assert.equal(await note.isVisible(), false);
      }, { viewport });
    });
  }
});

describe('the source notes', () => {
  it('describe the rate in use after an example with an older rate', async () => {
    await withApp('', async ({ page }) => {
      const sygedagpenge = page.locator(`${testid('benefit-sygedagpenge')} ${testid('rate-in-use')}`);
      assert.match(await sygedagpenge.innerText(), /^Standard 2027/);

      await page.locator(testid('preset-kk-bi08-2023')).click();
      await page.waitForFunction(
        (sel) => document.querySelector(sel)?.textContent.includes('2023'),
        `${testid('benefit-sygedagpenge')} ${testid('rate-in-use')}`,
      );
      const note = await sygedagpenge.innerText();
      assert.match(note, /^I brug: sats for 2023/);
      assert.match(note, /4\.550 kr\.\/uge/);
      assert.doesNotMatch(note, /4\.695/);
      await settle(page);
      const sources = await page.locator(testid('explain-sources')).innerText();
      assert.match(sources, /I brug: sats for 2023/);
      assert.doesNotMatch(sources, /2024: 4\.695/);
    });
  });

  it('say when the rate is the user’s own', async () => {
    await withApp('', async ({ page }) => {
      await typeInto(page, 'field-rate-sygedagpenge', '20.000');
      const note = page.locator(`${testid('benefit-sygedagpenge')} ${testid('rate-in-use')}`);
      await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes('egen sats'), `${testid('benefit-sygedagpenge')} ${testid('rate-in-use')}`);
      assert.match(await note.innerText(), /^I brug: egen sats, 20\.000 kr\. om måneden for 2027\.$/);
    });
  });
});

describe('error messages', () => {
  it('end a money range with one full stop', async () => {
    await withApp('', async ({ page }) => {
      await typeInto(page, 'field-cost', '2.000.000.000');
      const error = page.locator('#field-cost-error');
      await error.waitFor();
      assert.equal((await error.innerText()).trim(), 'Skal være mellem 0 og 1.000.000.000 kr.');
    });
  });
});

describe('a field emptied to be retyped', () => {
  it('keeps the last figures in view, marked as stale, until it is filled in', async () => {
    await withApp('', async ({ page }) => {
      const before = await waitForValue(page, 'annual-cost', (v) => v !== null);
      const shown = await page.locator(testid('annual-cost')).innerText();
      await page.locator('#field-target-1').fill('');
      await page.locator(testid('stale-note')).waitFor();
      // The figure stays readable, greyed, without a machine-readable value.
      assert.equal(await page.locator(testid('annual-cost')).innerText(), shown);
      assert.match((await page.getAttribute(testid('annual-cost'), 'class')) ?? '', /\bstale\b/);
      assert.equal(await page.getAttribute(testid('annual-cost'), 'data-value'), null);
      assert.doesNotMatch(await page.locator('#results').innerText(), /Kan ikke beregnes/);
      await assertNoViolations(page, 'stale figures');

      await page.locator('#field-target-1').pressSequentially('40');
      await waitForValue(page, 'annual-cost', (v) => v !== null && v !== before);
      assert.equal(await page.locator(testid('stale-note')).count(), 0);
    });
  });

  it('still says "Kan ikke beregnes" for a value that is wrong, not empty', async () => {
    await withApp('', async ({ page }) => {
      await waitForValue(page, 'annual-cost', (v) => v !== null);
      await typeInto(page, 'field-target-1', 'abc');
      await waitForValue(page, 'annual-cost', (v) => v === null);
      assert.match(await page.locator(testid('annual-cost')).innerText(), /Kan ikke beregnes/);
      assert.equal(await page.locator(testid('stale-note')).count(), 0);
    });
  });
});

describe('an expected effect', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`shows the payback year and the net effect in the result panel (${viewport.width} px)`, async () => {
      // 2 extra staff years × 400,000 = 800,000 a year; 100 × 0.6 × 15,000 =
      // 900,000 saved: 100,000 a year net over 2027–2030.
      await withApp('?headcount=100&current=50&target=25&cost=400000&benefit_month=15000', async ({ page }) => {
        assert.equal(await page.locator(testid('effect-figures')).count(), 0, 'no effect, no figures');
        await typeInto(page, 'field-effect-1', '0,6');
        await waitForValue(page, 'payback-year', (v) => v === '2027');
        const net = Number(await waitForValue(page, 'net-effect', (v) => v !== null));
        assert.ok(Math.abs(net - -400_000) < 4, `net ${net}`);
        assert.match(await page.locator(testid('payback-year')).innerText(), /^i 2027$/);
        assert.match(await page.locator(testid('net-effect')).innerText(), /^400\.000 kr\. sparet$/);
        assert.match(await page.locator(testid('effect-heading')).innerText(), /2027–2030/);
        // Beside the question on a desktop: within a screen of the effect
        // field (on a phone, the summary bar carries it; see below).
        if (viewport === DESKTOP) {
          const [field, figure] = await Promise.all([
            page.locator('#field-effect-1').boundingBox(),
            page.locator(testid('payback-year')).boundingBox(),
          ]);
          assert.ok(Math.abs(figure.y - field.y) < viewport.height, `field at ${field.y}, payback at ${figure.y}`);
        }
        await assertNoViolations(page, 'effect figures');

        // Too small an effect: not paid back within the 4 years.
        await typeInto(page, 'field-effect-1', '0,1');
        await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === 'Ikke inden for 4 år', testid('payback-year'));
        assert.match(await page.locator(testid('net-effect')).innerText(), /i merudgift$/);
      }, { viewport });
    });
  }
});

describe('DS’s recommendation for a union representative', () => {
  it('says in words where the target lies, and what DS’s range costs beside the proposal (BI08)', async () => {
    await withApp('?preset=kk-bi08-2023', async ({ page }) => {
      const verdict = page.locator(testid('ds-verdict')).first();
      await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.length > 0, testid('ds-verdict'));
      assert.equal(await verdict.innerText(), 'Målet 50 ligger over DS’ interval 25–45 (for mange sager).'.replace('’', "'"));
      await settle(page);
      const versus = page.locator(testid('ds-versus-proposal'));
      await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes('forslagets'), testid('ds-versus-proposal'));
      const text = await versus.innerText();
      assert.match(text, /At nå toppen af DS' interval koster 15,75 mio\. kr\. om året fra i dag: 4,41 mio\. kr\. mere end forslagets 11,34 mio\. kr\./);
      assert.match(text, /At nå midten af DS' interval koster/);
      // The range names its middle.
      assert.match(await page.locator(`${testid('ds-table')} tbody tr`).first().innerText(), /25–45 \(midte 35\)/);
    });
  });

  it('follows the target: within the range once it is 40', async () => {
    await withApp('?preset=kk-bi08-2023', async ({ page }) => {
      // The example's groups have ids of their own: the first group's target.
      const target = page.locator('input[id^="field-target-"]').first();
      await target.fill('');
      await target.pressSequentially('40');
      await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes('inden for'), testid('ds-verdict'));
      assert.equal(await page.locator(testid('ds-verdict')).first().innerText(), "Målet 40 ligger inden for DS' interval 25–45.");
    }, { viewport: NARROW });
  });
});

describe('plausibility and plain words', () => {
  it('warns of a salary typed in 1.000 kr. and names the amount meant', async () => {
    await withApp('', async ({ page }) => {
      await typeInto(page, 'field-cost', '400');
      const warning = page.locator(testid('cost-warning'));
      await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.length > 0, testid('cost-warning'));
      assert.equal(
        await warning.innerText(),
        '400 kr. er langt under, hvad et årsværk koster i løn (over 150.000 kr.). Skrev du beløbet i 1.000 kr.? Så skal der stå 400.000.',
      );
      await assertNoViolations(page, 'salary warning');
      await typeInto(page, 'field-cost', '400.000');
      await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === '', testid('cost-warning'));
      assert.equal(await warning.isVisible(), false);
    }, { viewport: PHONE });
  });

  it('reads a small break-even in days as well', async () => {
    // 800,000 kr. a year to save over 100 citizens at 15,000 kr. a month:
    // 0,53 months each, about 16 days.
    await withApp('?headcount=100&current=50&target=25&cost=400000&benefit_month=15000', async ({ page }) => {
      await waitForValue(page, 'months-per-citizen', (v) => v !== null);
      const text = await page.locator(testid('months-per-citizen')).innerText();
      const months = await page.getAttribute(testid('months-per-citizen'), 'data-value');
      const days = Math.round(Number(months) * 365.25 / 12);
      assert.equal(text, `${Number(months).toFixed(2).replace('.', ',')} måneder (ca. ${days} dage)`);
    });
  });

  for (const viewport of [NARROW, DESKTOP]) {
    it(`explains the jargon in the result panel, in Danish and English (${viewport.width} px)`, async () => {
      await withApp('', async ({ page }) => {
        const glossary = page.locator(testid('glossary'));
        await glossary.locator('summary').click();
        const text = await glossary.innerText();
        for (const term of ['Årsværk', 'Break-even', 'Helårspersoner', 'P/l', 'Overførsler', 'Minus']) {
          assert.ok(text.includes(term), `${term} in ${text}`);
        }
        await assertNoViolations(page, 'glossary open');
      }, { viewport });
      await withApp('?lang=en', async ({ page }) => {
        const glossary = page.locator(testid('glossary'));
        await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes('What do the words'), `${testid('glossary')} summary`);
        await glossary.locator('summary').click();
        assert.match(await glossary.innerText(), /Full-year persons/);
      }, { viewport });
    });
  }
});

describe('on a phone', () => {
  for (const viewport of [NARROW, PHONE]) {
    it(`keeps a summary of the answers in view while the inputs are on screen (${viewport.width} px)`, async () => {
      await withApp('?headcount=100&current=50&target=25&cost=400000&benefit_month=15000', async ({ page }) => {
        const bar = page.locator(testid('summary-bar'));
        await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes('årsværk'), testid('summary-bar'));
        const text = await bar.innerText();
        assert.match(text, /2,0 årsværk/);
        assert.match(text, /0,80 mio\. kr\. om året/);
        assert.match(text, /break-even 0,53 mdr\. pr\. borger/);
        // Not a second live region: the result panel announces once.
        assert.equal(await bar.getAttribute('aria-live'), null);
        assert.equal(await bar.locator('[aria-live]').count(), 0);

        // Typing an effect far below: the bar is at the top of the screen
        // and says when the effort pays back.
        const effect = page.locator('#field-effect-1');
        await effect.scrollIntoViewIfNeeded();
        await typeInto(page, 'field-effect-1', '0,6');
        await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes('tjent hjem 2027'), testid('summary-bar'));
        const [barBox, fieldBox] = await Promise.all([bar.boundingBox(), effect.boundingBox()]);
        assert.ok(barBox.y >= -1 && barBox.y < 2, `bar stuck at the top: ${barBox.y}`);
        assert.ok(fieldBox.y >= barBox.y + barBox.height, 'the focused field is below the bar, not under it');
        await assertNoViolations(page, 'summary bar stuck');

        // Tabbing through the inputs never hides the focused field under it.
        await page.locator('#field-headcount-1').focus();
        for (let i = 0; i < 25; i++) {
          await page.keyboard.press('Tab');
          const covered = await page.evaluate((sel) => {
            const el = document.activeElement;
            if (!el || !el.closest('.inputs') || el.closest(sel)) return null;
            const f = el.getBoundingClientRect();
            const b = document.querySelector(sel).getBoundingClientRect();
            return f.top < b.bottom && f.bottom > b.top ? `${el.id || el.tagName} at ${f.top}, bar to ${b.bottom}` : null;
          }, testid('summary-bar'));
          assert.equal(covered, null);
        }

        // Once the results are on screen the bar has gone with the inputs.
        await page.evaluate(() => document.querySelector('#results').scrollIntoView({ block: 'start' }));
        const [gone, results] = await Promise.all([bar.boundingBox(), page.locator('#results').boundingBox()]);
        assert.ok(gone.y + gone.height <= results.y, `bar ends at ${gone.y + gone.height}, results start at ${results.y}`);
        assert.ok(gone.y < 0, `bar scrolled away: ${gone.y}`);

        // It links to the full results.
        await page.evaluate(() => window.scrollTo(0, 0));
        assert.equal(await bar.getAttribute('href'), '#results');
      }, { viewport });
    });
  }

  it('puts the first field within a screen and a half, with the examples on one row', async () => {
    await withApp('', async ({ page }) => {
      const y = await page.evaluate(() => document.querySelector('#field-headcount-1').getBoundingClientRect().top + scrollY);
      assert.ok(y < 1.5 * PHONE.height, `first field at ${y} px`);
      const row = await page.locator(`.presets .button-row`).boundingBox();
      const button = await page.locator(testid('preset-kk-bi08-2023')).boundingBox();
      assert.ok(row.height < 2 * button.height, `examples ${row.height} px tall`);
    }, { viewport: PHONE });
  });

  it('shows no summary bar where the results are beside the inputs', async () => {
    await withApp('', async ({ page }) => {
      await page.waitForSelector(testid('annual-cost') + '[data-value]');
      assert.equal(await page.locator(testid('summary-bar')).isVisible(), false);
    }, { viewport: DESKTOP });
  });
});
