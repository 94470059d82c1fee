// Issue 19, measured: a respondent answers the whole toolkit questionnaire through a personal
// link, in a browser without JavaScript, and the test counts every click (or tap) and every page
// load. Two fixed ways of answering, the same before and after the redesign:
//  - "every statement": all 71 statements rated one by one, then submitted;
//  - "busy partner": levels 1 and 2 of Partnership and Participation rated one by one, nothing
//    of either strand's level 3 in place ("Not started"), the Performance strand left to others
//    (unanswered counts as "don't know"), then submitted; by the cheapest path the pages offer.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from './lib.mjs';
import { newRespondentLinks } from './respond_lib.mjs';

// Measured on the questionnaire as it was before issue 19 (commit a354a52), with this test's
// first version: the figures the redesign is compared with.
const BEFORE = {
  everyStatement: { clicks: 82, loads: 12 },
  busyPartner: { clicks: 57, loads: 10 },
};

// Since issue 19 (the bound this test holds).
const AFTER = {
  everyStatement: { clicks: 81, loads: 11 },
  busyPartner: { clicks: 40, loads: 9 },
};

/** Counts clicks made through it and the page loads of its page. */
class Counter {
  constructor(page) {
    this.page = page;
    this.clicks = 0;
    this.loads = 0;
    page.on('load', () => { this.loads += 1; });
  }

  async click(locator) {
    this.clicks += 1;
    await locator.click();
    await this.page.waitForLoadState();
  }
}

const LEVEL_TITLES = {
  'Getting organised': 1, 'Towards a shared understanding': 2, 'Cycles of learning': 3,
};

/** Which page is showing: { strand, level } from the h1 "Strand: Level title", or null. */
async function currentPage(page) {
  if (await page.locator('fieldset.criterion').count() === 0) return null;
  const h1 = (await page.locator('h1').textContent()).trim();
  const [strand, title] = h1.split(': ');
  return { strand, level: LEVEL_TITLES[title] };
}

// Rates every statement of the page with `rating` (a label), one click each.
async function rateEach(counter, rating) {
  const groups = counter.page.locator('fieldset.criterion');
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    await counter.click(groups.nth(i).getByRole('radio', { name: rating, exact: true }));
  }
}

// The questionnaire since issue 19: the link opens the first page with an unanswered
// statement; a page whose statements are all "Not started" takes one button; the review page
// has the submit button. Returns the review's progress line after submitting.
async function answer(counter, link, plan) {
  const { page } = counter;
  await page.goto(link);
  assert.equal((await page.locator('h1').textContent()).trim(), 'Partnership: Getting organised');
  for (let where = await currentPage(page); where; where = await currentPage(page)) {
    const rating = plan(where);
    if (rating === null) {
      await counter.click(page.getByRole('link', { name: 'Review your answers and submit' }));
      break;
    }
    if (rating === 'Not started') {
      await counter.click(page.getByRole('button', { name: /None of the rest is in place yet/ }));
      continue;
    }
    await rateEach(counter, rating);
    await counter.click(page.getByRole('button', { name: 'Save and continue' }).last());
  }
  await counter.click(page.getByRole('button', { name: 'Submit my answers' }));
  assert.match(await page.locator('.notice').textContent(), /submitted/);
  return (await page.locator('#progress').textContent()).replace(/\s+/g, ' ').trim();
}

const EVERY_STATEMENT = ({ level }) => ['Established', 'Developing', 'Emerging'][level - 1];
const BUSY_PARTNER = ({ strand, level }) => {
  if (strand === 'Performance') return null;
  return ['Established', 'Developing', 'Not started'][level - 1];
};

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('the whole toolkit questionnaire, counted (issue 19)', () => {
  for (const [name, plan, key, progress] of [
    ['every statement rated one by one', EVERY_STATEMENT, 'everyStatement',
      'You have answered 71 of 71 statements: 71 with a rating, 0 "don\'t know".'],
    ['a busy partner', BUSY_PARTNER, 'busyPartner',
      'You have answered 48 of 71 statements: 48 with a rating, 0 "don\'t know".'],
  ]) {
    test(name, async (t) => {
      const [link] = newRespondentLinks(1, `Counted ${key}`);
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        const counter = new Counter(page);
        assert.equal(await answer(counter, link, plan), progress);
        t.diagnostic(`${key}: ${counter.clicks} clicks, ${counter.loads} page loads ` +
          `(before issue 19: ${BEFORE[key].clicks} clicks, ${BEFORE[key].loads} page loads)`);
        assert.ok(counter.clicks <= AFTER[key].clicks, `${counter.clicks} clicks`);
        assert.ok(counter.loads <= AFTER[key].loads, `${counter.loads} page loads`);
      } finally {
        await context.close();
      }
    });
  }
});
