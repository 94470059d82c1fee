// axe-core finds no accessibility violations on the app's pages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchBrowser, url } from './lib.mjs';

const PAGES = [
  { name: 'home page', path: '/' },
  { name: 'filtered home page', path: '/?region=E12000002&membership=member&sort=population&order=desc' },
  { name: 'Liverpool place page', path: '/places/E08000012' },
  { name: 'Liverpool place page with every period table open', path: '/places/E08000012', openDetails: true },
  { name: 'Swansea place page', path: '/places/W06000011' },
  { name: 'indicators page', path: '/indicators' },
  { name: 'about the data page', path: '/about/data' },
  { name: 'place not found page', path: '/places/X99999999', status: 404 },
];

let browser;
let context;
before(async () => {
  browser = await launchBrowser();
  // The app's Content-Security-Policy (script-src 'self') would block axe's injected script.
  context = await browser.newContext({ bypassCSP: true });
});
after(async () => {
  await context?.close();
  await browser?.close();
});

for (const { name, path, status = 200, openDetails = false } of PAGES) {
  test(`axe: no violations on the ${name} (${path})`, async () => {
    const page = await context.newPage();
    try {
      const response = await page.goto(url(path));
      assert.equal(response.status(), status);
      if (openDetails) {
        const opened = await page.locator('details').evaluateAll((all) => {
          for (const d of all) d.open = true;
          return all.length;
        });
        assert.ok(opened > 0);
      }
      const violations = await axeViolations(page);
      assert.equal(
        violations.length,
        0,
        `axe found ${violations.length} violation(s) on ${path}:\n${formatViolations(violations)}`,
      );
    } finally {
      await page.close();
    }
  });
}

test('axe: the harness does report a violation it is shown', async () => {
  // Guards against a vacuous pass (axe not loaded, or run on an empty document).
  const page = await context.newPage();
  try {
    await page.goto(url('/about/data'));
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/static/favicon.svg';
      img.className = 'e2e-unlabelled';
      document.querySelector('main').append(img);
    });
    const violations = await axeViolations(page);
    assert.deepEqual(violations.map((v) => v.id), ['image-alt']);
    assert.equal(violations[0].nodes.length, 1);
    assert.match(violations[0].nodes[0].html, /e2e-unlabelled/);
  } finally {
    await page.close();
  }
});
