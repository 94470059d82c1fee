// The guide: the strands-by-levels grid, a level page, search (with and without JavaScript),
// printing, and axe-core with zero violations on every kind of guide page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchBrowser, url } from './lib.mjs';

const LEVEL = '/guide/toolkit/partnership/getting-organised';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

function guideSuite(javaScriptEnabled) {
  let context;
  let page;
  before(async () => {
    context = await browser.newContext({ javaScriptEnabled });
    page = await context.newPage();
  });
  after(async () => {
    await context?.close();
  });

  test('the guide shows the three strands at three levels', async () => {
    const response = await page.goto(url('/guide'));
    assert.equal(response.status(), 200);
    assert.equal(await page.title(), 'Guide – Learning City Toolkit');
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.equal(await nav.getByRole('link', { name: 'Guide' }).getAttribute('aria-current'), 'page');
    const grid = page.locator('table.guide-grid');
    const rows = await grid.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.cells[0].firstChild.textContent.trim(), tr.cells.length]));
    assert.deepEqual(rows, [['Partnership', 4], ['Participation', 4], ['Performance', 4]]);
    const columns = await grid.locator('thead th').allTextContents();
    assert.deepEqual(columns, [
      'Strand',
      'Level 1: Getting organised',
      'Level 2: Towards a shared understanding',
      'Level 3: Cycles of learning',
    ]);
    assert.equal(await grid.locator('tbody td a').count(), 9);
  });

  test('a cell of the grid opens its level page', async () => {
    await page.goto(url('/guide'));
    await page.getByRole('link', { name: /^Partnership, Level 1: Getting organised:/ }).click();
    await page.waitForURL(url(LEVEL));
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(),
      'Partnership: Getting organised');
    for (const name of ['Questions for discussion', 'Criteria', 'Rating with evidence',
      'Moderation with a critical friend', 'Ideas for action', 'Pitfalls to avoid', 'Examples']) {
      assert.equal(await page.getByRole('heading', { level: 2, name }).count(), 1, name);
    }
    const criteria = page.locator('ol.criteria > li');
    assert.equal(await criteria.count(), 8);
    const first = criteria.first();
    assert.equal(await first.getAttribute('id'), 'partnership-1.1');
    assert.match(await first.textContent(), /Evidence/);
    // What ratings 1, 2 and 3 look like, beside the criterion.
    const guide = first.locator('dl.rating-guide > div');
    assert.deepEqual(await guide.locator('dt').allTextContents(), ['1 Emerging', '2 Developing', '3 Established']);
    // The crosswalk links to the UNESCO-structured framework's area page.
    const crosswalk = first.getByRole('link', { name: '3.2 Governance and participation of all stakeholders' });
    assert.equal(await crosswalk.getAttribute('href'), '/guide/unesco-key-features/conditions/3.2');
    await crosswalk.click();
    await page.waitForURL(url('/guide/unesco-key-features/conditions/3.2'));
    assert.equal(await page.locator('#served-by a[href$="#partnership-1.1"]').count(), 1);
  });

  test('search finds a criterion, marks the words and links to it', async () => {
    await page.goto(url('/guide'));
    await page.getByLabel('Search the guide').fill('Terms of reference');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL((u) => u.pathname === '/guide/search' && u.searchParams.get('q') === 'Terms of reference');
    const count = await page.locator('#result-count').textContent();
    assert.match(count, /^\d+ results?$/);
    const first = page.locator('ol.results > li').first();
    assert.equal((await first.getByRole('heading', { level: 3 }).textContent()).trim(), 'Criterion partnership-1.10');
    assert.ok(await first.locator('mark').count() >= 3);
    assert.equal(await page.getByLabel('Words to find').inputValue(), 'Terms of reference');
    await first.getByRole('link').click();
    await page.waitForURL((u) => u.pathname === LEVEL && u.hash === '#partnership-1.10');
  });

  test('a cell with no recorded example says so and labels its scenario', async () => {
    await page.goto(url('/guide/toolkit/performance/shared-understanding'));
    const examples = page.locator('#examples');
    assert.match(await examples.textContent(), /No recorded example\./);
    assert.equal(await examples.locator('.example-kind').first().textContent(), 'Illustrative scenario');
    assert.equal(await examples.getByText(/^Source:/).count(), 0);
  });

  test('the UNESCO framework page shows each area\'s coverage and marks thin ones', async () => {
    await page.goto(url('/guide/unesco-key-features'));
    const table = page.locator('table.coverage');
    assert.equal(await table.count(), 1);
    const row = table.locator('tbody tr', { has: page.getByRole('link', { name: /^2\.4 / }) });
    assert.match(await row.textContent(), /2\s*Thin: fewer than 3/);
    await row.getByRole('link').click();
    await page.waitForURL(url('/guide/unesco-key-features/building-blocks/2.4'));
    assert.match(await page.locator('#served-by').textContent(), /Thin coverage:/);
  });

  test('a search that matches nothing says so, and an empty one shows only the form', async () => {
    await page.goto(url('/guide/search?q=honest+zebra'));
    assert.equal(await page.locator('#result-count').textContent(), '0 results');
    assert.match(await page.locator('main').textContent(), /Nothing in the guide contains all of these words/);
    await page.goto(url('/guide/search'));
    assert.equal(await page.locator('#result-count').count(), 0);
    assert.equal(await page.getByLabel('Words to find').inputValue(), '');
  });
}

describe('guide with JavaScript', () => guideSuite(true));
describe('guide with JavaScript disabled', () => guideSuite(false));

describe('guide printing', () => {
  test('the printed level page hides navigation and keeps the content', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(url(LEVEL));
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('nav.toc').isVisible(), false);
      assert.equal(await page.locator('nav.level-nav').isVisible(), false);
      assert.equal(await page.locator('.site-header nav').isVisible(), false);
      assert.equal(await page.locator('ol.criteria').isVisible(), true);
      assert.equal(await page.locator('#examples').isVisible(), true);
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 10000, `a PDF of ${pdf.length} bytes`);
    } finally {
      await context.close();
    }
  });
});

describe('guide accessibility', () => {
  const PAGES = [
    { name: 'guide', path: '/guide' },
    { name: 'where do I start', path: '/guide/start' },
    { name: 'a level page', path: LEVEL },
    { name: 'a UNESCO area page', path: '/guide/unesco-key-features/conditions/3.2' },
    { name: 'the UNESCO framework page', path: '/guide/unesco-key-features' },
    { name: 'the toolkit framework page', path: '/guide/toolkit' },
    { name: 'a thinly covered UNESCO area', path: '/guide/unesco-key-features/building-blocks/2.4' },
    { name: 'a level with an illustrative scenario', path: '/guide/toolkit/performance/cycles-of-learning' },
    { name: 'the sections page', path: '/guide/toolkit/sections' },
    { name: 'search results', path: '/guide/search?q=honest+broker' },
    { name: 'search with no results', path: '/guide/search?q=honest+zebra' },
    { name: 'the empty search form', path: '/guide/search' },
    { name: 'an unknown level', path: '/guide/toolkit/partnership/no-such-level', status: 404 },
  ];
  let context;
  before(async () => {
    // The app's Content-Security-Policy (script-src 'self') would block axe's injected script.
    context = await browser.newContext({ bypassCSP: true });
  });
  after(async () => {
    await context?.close();
  });
  for (const { name, path, status = 200 } of PAGES) {
    test(`axe: no violations on ${name} (${path})`, async () => {
      const page = await context.newPage();
      try {
        const response = await page.goto(url(path));
        assert.equal(response.status(), status);
        const violations = await axeViolations(page);
        assert.equal(violations.length, 0,
          `axe found ${violations.length} violation(s) on ${path}:\n${formatViolations(violations)}`);
      } finally {
        await page.close();
      }
    });
  }
  test('headings on the level page go down one step at a time', async () => {
    const page = await context.newPage();
    try {
      await page.goto(url(LEVEL));
      const levels = await page.locator('main :is(h1,h2,h3,h4,h5,h6)').evaluateAll((hs) =>
        hs.map((h) => Number(h.tagName[1])));
      assert.equal(levels[0], 1);
      for (let i = 1; i < levels.length; i++) {
        assert.ok(levels[i] <= levels[i - 1] + 1, `heading ${i} jumps from h${levels[i - 1]} to h${levels[i]}`);
      }
    } finally {
      await page.close();
    }
  });
});
