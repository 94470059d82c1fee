// Issue 19: every respondent page on a 360 px wide phone: no horizontal scrolling, touch
// targets (buttons, rating choices, disclosures, navigation links) at least 44 px each way,
// axe-core finds no violations (also with every disclosure open); each page's height is reported.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchBrowser } from './lib.mjs';
import { newRespondentLinks } from './respond_lib.mjs';

const LEVEL_PAGES = ['partnership', 'participation', 'performance'].flatMap((strand) =>
  ['getting-organised', 'shared-understanding', 'cycles-of-learning'].map((l) => `${strand}/${l}`));

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function openAllDetails(page) {
  return page.locator('details').evaluateAll((all) => {
    for (const d of all) d.open = true;
    return all.length;
  });
}

async function assertFits(page, what) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${what}: ${scrollWidth} px wide in a ${clientWidth} px window`);
}

// Inline links inside sentences are exempt (WCAG 2.5.8); these are the controls to tap.
const TARGETS = 'button, summary, .choice, a.button, ol.pages a, .review-list a, .breadcrumbs a, .review-link';

async function assertTouchTargets(page, what) {
  const small = await page.locator(TARGETS).evaluateAll((all) => all
    .map((e) => ({ e, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && (r.height < 44 || r.width < 44))
    .map(({ e, r }) => `${e.outerHTML.slice(0, 80)} (${Math.round(r.width)}x${Math.round(r.height)})`));
  assert.deepEqual(small, [], `${what}: touch targets under 44 px`);
}

async function assertNoViolations(page, what) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${what}:\n${formatViolations(violations)}`);
}

describe('respondent pages at 360 px (issue 19)', () => {
  let context;
  let page;
  let link;
  before(async () => {
    [link] = newRespondentLinks(1, 'Phone');
    context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 740 } });
    page = await context.newPage();
  });
  after(async () => {
    await context?.close();
  });

  const paths = () => [
    { name: 'the personal link', path: link },
    ...LEVEL_PAGES.map((p) => ({ name: p, path: `${link}/${p}` })),
    { name: 'the review page', path: `${link}/review` },
  ];

  test('the first page at 1280 px: no horizontal scrolling (height reported)', async (t) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    try {
      await page.goto(`${link}/partnership/getting-organised`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      t.diagnostic(`partnership/getting-organised: ${height} px tall at 1280 px`);
      await assertFits(page, 'partnership/getting-organised at 1280 px');
    } finally {
      await page.setViewportSize({ width: 360, height: 740 });
    }
  });

  test('no horizontal scrolling and no axe violations, disclosures shut and open', async (t) => {
    for (const { name, path } of paths()) {
      const response = await page.goto(path);
      assert.equal(response.status(), 200, name);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      t.diagnostic(`${name}: ${height} px tall at 360 px`);
      await assertFits(page, name);
      await assertTouchTargets(page, name);
      await assertNoViolations(page, name);
      if (await openAllDetails(page) > 0) {
        await assertFits(page, `${name}, disclosures open`);
        await assertTouchTargets(page, `${name}, disclosures open`);
        await assertNoViolations(page, `${name}, disclosures open`);
      }
    }
  });
});
