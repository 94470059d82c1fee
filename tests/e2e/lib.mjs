// Shared helpers for the browser tests: the server's address, launching
// Debian's chromium through playwright-core, and running axe-core on a page.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Path of axe-core's browser bundle, injected into pages with addScriptTag. */
export const AXE_SCRIPT = `${here}node_modules/axe-core/axe.min.js`;

/** Chromium from Debian; `npx playwright install` cannot download browsers here. */
export const CHROMIUM = process.env.LCT_CHROMIUM ?? '/usr/bin/chromium';

/** The server under test, e.g. http://127.0.0.1:40123 (no trailing slash). */
export function baseUrl() {
  const raw = process.env.LCT_BASE_URL;
  if (!raw) {
    throw new Error('LCT_BASE_URL is not set: run the suite with tests/e2e/run.sh PATH/TO/lct');
  }
  return raw.replace(/\/+$/, '');
}

/** Absolute URL of a path on the server under test. */
export function url(path) {
  return baseUrl() + path;
}

/** One headless chromium per test file. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Signs in through the sign-in form on `page` and waits for the page that follows. */
export async function signIn(page, email, password) {
  await page.goto(url('/sign-in'));
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState();
}

/** Text of every cell of the rows of a table body, as arrays of trimmed strings. */
export async function tableRows(locator) {
  return locator.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => Array.from(row.cells, (cell) => cell.textContent.trim())),
  );
}

/** "486,100" -> 486100; "–" -> NaN. */
export function parseNumber(text) {
  return Number(text.replace(/[,£%]/g, ''));
}

/**
 * Runs axe-core on the page and returns its violations. The page's context
 * must have been created with bypassCSP: true, since the app's
 * Content-Security-Policy (script-src 'self') would block the injected script.
 */
export async function axeViolations(page) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) {
    await page.addScriptTag({ path: AXE_SCRIPT });
  }
  const results = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations;
}

/** A readable report of axe violations for an assertion message. */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${JSON.stringify(n.target)}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}\n      ${n.html}`)
        .join('\n');
      return `  ${v.id} [${v.impact}]: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}
