// Self-assessment (issue 4): a co-ordinator (made with `lct user add`) signs in, opens a round on
// two strands, invites three respondents; each answers through a personal link in a browser
// without JavaScript (one of them by keyboard alone); the results page shows the level reached
// per strand and the agreement. axe-core finds no violations on any of these pages.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { axeViolations, formatViolations, launchBrowser, signIn, tableRows, url } from './lib.mjs';

const PLACE = 'E08000012';
const EMAIL = 'assessment-coordinator@example.org';
const PASSWORD = 'a long enough test password';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

function addCoordinator() {
  const bin = process.env.LCT_BINARY;
  const db = process.env.LCT_DB;
  assert.ok(bin && db, 'LCT_BINARY and LCT_DB are set by tests/e2e/run.sh');
  execFileSync(bin, ['user', 'add', EMAIL, '--place', PLACE, '--role', 'coordinator', '--db', db],
    { input: `${PASSWORD}\n`, stdio: ['pipe', 'ignore', 'pipe'] });
}

async function assertNoViolations(page, what) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${what}:\n${formatViolations(violations)}`);
}

// Issue 11: every text of the chart lies inside the drawing (text outside an SVG's box is cut
// off). Bounding boxes are the rendered text's, in page pixels.
async function assertLabelsInside(svg, what) {
  const box = await svg.boundingBox();
  assert.ok(box, `${what}: the chart is drawn`);
  const texts = svg.locator('text');
  const count = await texts.count();
  assert.ok(count > 0);
  for (let i = 0; i < count; i += 1) {
    const text = texts.nth(i);
    const label = await text.textContent();
    const t = await text.boundingBox();
    assert.ok(t, `${what}: "${label}" has a box`);
    const inside = t.x >= box.x - 0.5 && t.y >= box.y - 0.5
      && t.x + t.width <= box.x + box.width + 0.5 && t.y + t.height <= box.y + box.height + 0.5;
    assert.ok(inside, `${what}: "${label}" at ${JSON.stringify(t)} is cut off by ${JSON.stringify(box)}`);
  }
}

// Answers every criterion of the current questionnaire page with `rating` (a label).
async function rateAll(page, rating) {
  const groups = page.locator('fieldset.criterion');
  const count = await groups.count();
  assert.ok(count > 0);
  for (let i = 0; i < count; i += 1) {
    await groups.nth(i).getByRole('radio', { name: rating, exact: true }).check();
  }
  return count;
}

describe('a self-assessment round from opening to results', () => {
  let coordinator;
  let page;
  let roundUrl;
  const links = [];

  before(async () => {
    addCoordinator();
    coordinator = await browser.newContext({ bypassCSP: true });
    page = await coordinator.newPage();
  });
  after(async () => {
    await coordinator?.close();
  });

  test('the co-ordinator signs in and opens a round on two strands', async () => {
    await signIn(page, EMAIL, PASSWORD);

    const response = await page.goto(url(`/places/${PLACE}/rounds`));
    assert.equal(response.status(), 200);
    // The demo's round is there, labelled as illustrative.
    assert.match(await page.locator('table.data').textContent(), /Illustrative responses, not real/);
    await assertNoViolations(page, 'rounds page');

    const form = page.locator('form.round-form').filter({ hasText: 'Learning City Toolkit' });
    await form.getByLabel('Performance').uncheck();
    await form.getByRole('button', { name: 'Open a round on Learning City Toolkit' }).click();
    await page.waitForURL(/\/rounds\/\d+\/respondents$/);
    roundUrl = page.url().replace(/\/respondents$/, '');
    assert.match(await page.locator('h1').textContent(), /Round \d+: respondents/);
    await assertNoViolations(page, 'respondents page');
  });

  test('the co-ordinator invites three respondents, each with a personal link', async () => {
    for (const [name, sector] of [['Ann', 'Education'], ['Bo', 'Education'], ['Cy', 'Business']]) {
      await page.getByLabel('Name').fill(name);
      await page.getByLabel('Organisation').fill(`${name}'s organisation`);
      await page.getByLabel(/^Sector/).fill(sector);
      await page.getByLabel('Role').fill('Lead');
      await page.getByRole('button', { name: 'Invite and show the link' }).click();
      await page.waitForLoadState();
      const link = await page.getByLabel('Personal link').inputValue();
      assert.match(link, /\/respond\/[A-Za-z0-9_-]{43}$/);
      links.push(link);
    }
    assert.equal(new Set(links).size, 3);
    assert.equal((await tableRows(page.locator('table.data'))).length, 3);
  });

  test('three respondents answer through their links, without JavaScript', async () => {
    for (const [index, link] of links.entries()) {
      const context = await browser.newContext({ javaScriptEnabled: false, bypassCSP: true });
      const respondent = await context.newPage();
      // The link opens the first page with an unanswered statement (issue 19).
      await respondent.goto(link);
      assert.match(await respondent.locator('#progress').textContent(), /In all: 0 of \d+/);
      assert.equal((await respondent.locator('h1').textContent()).trim(),
        'Partnership: Getting organised');
      if (index === 0) {
        // Keyboard alone: focus the first rating and move with the arrow keys.
        const first = respondent.locator('fieldset.criterion').first();
        await first.getByRole('radio', { name: 'Not started', exact: true }).focus();
        for (let i = 0; i < 3; i += 1) await respondent.keyboard.press('ArrowRight');
        assert.equal(await first.getByRole('radio', { name: 'Established', exact: true }).isChecked(), true);
      }
      // Partnership level 1: established; level 2: developing. Participation level 1: emerging.
      await rateAll(respondent, 'Established');
      await respondent.getByRole('button', { name: 'Save and continue' }).first().click();
      assert.equal((await respondent.locator('h1').textContent()).trim(),
        'Partnership: Towards a shared understanding');
      await rateAll(respondent, 'Developing');
      await respondent.getByRole('button', { name: 'Save and continue' }).last().click();
      // Level 3: none.
      await respondent.getByRole('button', { name: 'Save and continue' }).first().click();
      assert.equal((await respondent.locator('h1').textContent()).trim(),
        'Participation: Getting organised');
      await rateAll(respondent, 'Emerging');
      await respondent.getByRole('button', { name: 'Save and finish later' }).first().click();
      assert.match(await respondent.locator('.notice').textContent(), /saved/);
      // Back through the link: it reopens where the respondent stopped (Partnership level 3,
      // left unanswered); from there, the review and the submit button.
      await respondent.goto(link);
      assert.equal((await respondent.locator('h1').textContent()).trim(),
        'Partnership: Cycles of learning');
      await respondent.getByRole('link', { name: 'Review your answers and submit' }).click();
      await respondent.getByRole('button', { name: 'Submit my answers' }).click();
      assert.match(await respondent.locator('.notice').textContent(), /submitted/);
      await context.close();
    }
  });

  test('the questionnaire pages have no axe violations', async () => {
    // axe needs JavaScript: check the pages in a context that runs it (no session is needed).
    const context = await browser.newContext({ bypassCSP: true });
    const respondent = await context.newPage();
    try {
      await respondent.goto(links[0]);
      await assertNoViolations(respondent, 'questionnaire overview');
      await respondent.goto(`${links[0]}/partnership/getting-organised`);
      assert.equal(await respondent.locator('fieldset.criterion').count(), 8);
      await assertNoViolations(respondent, 'questionnaire page');
    } finally {
      await context.close();
    }
  });

  test('the results page shows the level per strand and the agreement', async () => {
    const response = await page.goto(roundUrl);
    assert.equal(response.status(), 200);
    assert.match(await page.locator('.lead').textContent(), /3 of 3/);
    const rows = await tableRows(page.locator('#strand-summary'));
    const partnership = rows.find((r) => r[0] === 'Partnership');
    const participation = rows.find((r) => r[0] === 'Participation');
    assert.equal(partnership[1], 'Level 1: Getting organised');
    assert.equal(partnership[3], '1.000');
    assert.equal(partnership[4], 'reliable agreement');
    assert.equal(participation[1], 'No level met yet');
    // Everyone rated every participation criterion "Emerging": alpha is undefined, but that is
    // complete agreement, not a lack of answers (issue 11).
    assert.match(participation[4], /complete agreement/);
    assert.equal(rows.some((r) => r[0] === 'Performance'), false);
    // Anonymous: no respondent's name anywhere on the page.
    const text = await page.locator('main').textContent();
    for (const name of ["Ann's organisation", "Cy's organisation"]) assert.equal(text.includes(name), false);
    // The lone Business respondent is never shown as a sector of its own.
    assert.equal(text.includes('Business'), false);
    assert.equal(await page.locator('svg title').filter({ hasText: 'by strand' }).count(), 1);
    // Two strands: a bar chart, not a radar that degenerates to a line (issue 11).
    const chart = page.locator('.chart-pair svg').first();
    assert.equal(await chart.locator('polygon.radar').count(), 0);
    assert.equal(await chart.locator('rect.bar').count(), 2);
    await assertLabelsInside(chart, 'strand bar chart');
    await assertNoViolations(page, 'results page');

    await page.goto(`${roundUrl}/print`);
    await assertNoViolations(page, 'printable results');
  });
});

describe('the demo round\'s charts (issue 11)', () => {
  let context;
  let page;
  before(async () => {
    context = await browser.newContext({ bypassCSP: true });
    page = await context.newPage();
    await signIn(page, EMAIL, PASSWORD);
  });
  after(async () => {
    await context?.close();
  });

  test('the radar of three strands shows every label whole, at any width', async () => {
    await page.goto(url(`/places/${PLACE}/rounds`));
    const demo = page.locator('tr').filter({ hasText: 'Illustrative responses, not real' })
      .getByRole('link', { name: /^Round \d+$/ });
    await demo.click();
    await page.waitForLoadState();
    const radar = page.locator('.chart-pair svg').first();
    assert.equal(await radar.locator('polygon.radar').count(), 1);
    for (const width of [1280, 700, 380]) {
      await page.setViewportSize({ width, height: 900 });
      await assertLabelsInside(radar, `radar at ${width}px`);
    }
    // The "don't know" column is drawn apart and unshaded.
    const unshaded = page.locator('.chart.heat rect.dont-know').first();
    assert.equal(await unshaded.getAttribute('fill'), '#ffffff');
    // Five tied gaps beyond those listed are counted, not silently dropped.
    assert.match(await page.locator('#gaps-more-tied').textContent(), /more criteria have the same gap/);
    await page.setViewportSize({ width: 1280, height: 900 });
    await assertNoViolations(page, 'demo results page');
  });
});
