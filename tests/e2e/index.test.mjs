// The learning-conditions index in a browser: results, rank-interval chart, the what-if form
// submitted without JavaScript, and axe-core with no violations on both pages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchBrowser, url } from './lib.mjs';

let browser;
let context;
before(async () => {
  browser = await launchBrowser();
  // The app's Content-Security-Policy (script-src 'self') would block axe's injected script.
  context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
});
after(async () => {
  await context?.close();
  await browser?.close();
});

async function assertNoViolations(page, path) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0,
    `axe found ${violations.length} violation(s) on ${path}:\n${formatViolations(violations)}`);
}

test('the index page shows ranks, intervals and the chart, with no axe violations', async () => {
  const page = await context.newPage();
  try {
    const response = await page.goto(url('/index'));
    assert.equal(response.status(), 200);
    assert.match(await page.locator('h1').innerText(), /learning conditions/i);
    assert.ok(await page.locator('svg.rank-chart title').count() > 0);
    const first = page.locator('table.data').last().locator('tbody tr').first();
    assert.equal((await first.locator('td').first().innerText()).trim(), '1');
    await assertNoViolations(page, '/index');
  } finally {
    await page.close();
  }
});

test('the what-if form recomputes ranks without JavaScript, with no axe violations', async () => {
  const noScript = await browser.newContext({ bypassCSP: true, javaScriptEnabled: false });
  const page = await noScript.newPage();
  try {
    await page.goto(url('/index'));
    await page.getByLabel('Culture and participation').fill('0');
    await page.getByLabel('Normalisation').selectOption('zscore');
    await Promise.all([page.waitForURL(/normalisation=zscore/),
      page.getByRole('button', { name: 'Recompute ranks' }).click()]);
    assert.ok(await page.getByRole('heading', { name: 'Places that moved most' }).isVisible());
    const resultUrl = page.url();
    // axe needs script in the page, so check the same address in the ordinary context.
    const checked = await context.newPage();
    try {
      assert.equal((await checked.goto(resultUrl)).status(), 200);
      await assertNoViolations(checked, resultUrl);
    } finally {
      await checked.close();
    }
  } finally {
    await page.close();
    await noScript.close();
  }
});
