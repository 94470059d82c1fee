// Issue 19: the respondent's pages as a busy partner meets them. A layout of its own (the place,
// the round and the closing date; no site menu, no sign-in); ratings that explain themselves;
// notes behind one disclosure that opens where something is written; errors announced and
// focused; a review listing what is unanswered or "don't know"; a nearly empty submission
// confirmed; a submitted respondent still able to change answers; a sensible keyboard order.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchBrowser } from './lib.mjs';
import { newRespondentLinks } from './respond_lib.mjs';

const FIRST_PAGE = 'partnership/getting-organised';

let browser;
let links;
before(async () => {
  browser = await launchBrowser();
  links = newRespondentLinks(4, 'Flow');
});
after(async () => {
  await browser?.close();
});

async function assertNoViolations(page, what) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${what}:\n${formatViolations(violations)}`);
}

async function withPage(options, body) {
  const context = await browser.newContext({ bypassCSP: true, ...options });
  try {
    await body(await context.newPage());
  } finally {
    await context.close();
  }
}

const noScript = { javaScriptEnabled: false };

describe('the respondent pages (issue 19)', () => {
  test('a layout of their own: place, round, closing date; no site menu or sign-in', async () => {
    await withPage(noScript, async (page) => {
      await page.goto(links[0]);
      const header = (await page.locator('header').textContent()).replace(/\s+/g, ' ');
      assert.match(header, /Self-assessment for Liverpool/);
      assert.match(header, /Learning City Toolkit, round \d+\./);
      assert.match(header, /Open until the end of 31 December 2099\./);
      assert.equal(await page.getByRole('link', { name: 'Sign in' }).count(), 0);
      assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 0);
      // The way out, at the top and at the bottom of the page.
      assert.equal(await page.getByRole('button', { name: 'Save and finish later' }).count(), 2);
      assert.equal(await page.getByRole('button', { name: 'Save and continue' }).count(), 2);
    });
  });

  test('each choice shows its meaning for that statement, not in a collapsed box', async () => {
    await withPage(noScript, async (page) => {
      await page.goto(`${links[0]}/${FIRST_PAGE}`);
      const first = page.locator('fieldset.criterion').first();
      // partnership-1.1's own rating guide for 1, and the scale's meaning of 0 (no guide for 0).
      const emerging = first.getByRole('radio', { name: 'Emerging', exact: true });
      const meaning = page.locator(`[id="${await emerging.getAttribute('aria-describedby')}"]`);
      assert.match(await meaning.textContent(), /A few organisations have been approached/);
      assert.equal(await meaning.isVisible(), true);
      const notStarted = first.getByRole('radio', { name: 'Not started', exact: true });
      assert.match(await page.locator(`[id="${await notStarted.getAttribute('aria-describedby')}"]`)
        .textContent(), /Nothing is in place yet/);
      assert.equal(await page.locator('.scale-key').isVisible(), true);
      // The notes are behind one disclosure per statement, shut while nothing is written.
      assert.equal(await first.locator('details.notes').count(), 1);
      assert.equal(await first.getByLabel('Evidence note').isVisible(), false);
    });
  });

  test('the disclosure opens where something is written', async () => {
    await withPage(noScript, async (page) => {
      await page.goto(`${links[0]}/${FIRST_PAGE}`);
      const second = page.locator('fieldset.criterion').nth(1);
      await second.getByText('Add evidence or a comment').click();
      await second.getByLabel('Evidence note').fill('Minutes of the March meeting');
      await second.getByRole('radio', { name: 'Developing', exact: true }).check();
      await page.getByRole('button', { name: 'Save and finish later' }).first().click();
      assert.match(await page.locator('.notice').textContent(), /saved/);
      await page.goto(`${links[0]}/${FIRST_PAGE}`);
      const details = page.locator('details.notes');
      assert.equal(await details.nth(1).getAttribute('open'), '');
      assert.match(await details.nth(1).locator('summary').textContent(), /\(written\)/);
      assert.equal(await details.nth(0).getAttribute('open'), null);
      assert.equal(await page.locator('fieldset.criterion').nth(1).getByLabel('Evidence note')
        .inputValue(), 'Minutes of the March meeting');
    });
  });

  test('a refused save is announced, focused and points at the field', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${links[1]}/${FIRST_PAGE}`);
      const first = page.locator('fieldset.criterion').first();
      await first.getByText('Add evidence or a comment').click();
      await first.getByLabel(/Links to evidence/).fill('not a web address');
      await page.getByRole('button', { name: 'Save and continue' }).first().click();
      const summary = page.locator('#error-summary');
      assert.equal(await summary.getAttribute('role'), 'alert');
      assert.match(await summary.textContent(), /is not a web address/);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
      const href = await summary.getByRole('link', { name: 'Go to the answer to correct' })
        .getAttribute('href');
      assert.equal(href, '#partnership-1.1-links');
      assert.equal(await first.getByLabel(/Links to evidence/).getAttribute('aria-invalid'), 'true');
      assert.equal(await first.getByLabel(/Links to evidence/).isVisible(), true);
      await assertNoViolations(page, 'page with a refused save');
    });
  });

  test('the review lists what is unanswered and "don\'t know", with links', async () => {
    await withPage(noScript, async (page) => {
      await page.goto(links[2]);
      const groups = page.locator('fieldset.criterion');
      for (let i = 0; i < 8; i += 1) {
        await groups.nth(i).getByRole('radio', { name: i < 6 ? 'Established' : "Don't know", exact: true }).check();
      }
      await page.getByRole('button', { name: 'Save and continue' }).first().click();
      await page.getByRole('link', { name: 'Review your answers and submit' }).click();
      assert.match(await page.locator('#progress').textContent(),
        /8 of 71 statements: 6 with a rating, 2 "don't know"/);
      assert.equal((await page.locator('#h-unanswered').textContent()).trim(), 'Not answered yet: 63');
      const dontKnow = page.locator('section[aria-labelledby="h-dont-know"] li a');
      assert.equal(await dontKnow.count(), 2);
      assert.match(await dontKnow.first().getAttribute('href'),
        /\/partnership\/getting-organised#c-partnership-1\.\d+$/);
      // The rule for "nearly empty" is on the page: 18 ratings of 71 (a quarter, rounded up).
      assert.match(await page.locator('#nearly-empty-rule').textContent(),
        /fewer than 25% of the statements \(18 of 71\) have a rating/);
      await dontKnow.first().click();
      assert.equal((await page.locator('h1').textContent()).trim(), 'Partnership: Getting organised');
    });
  });

  test('a nearly empty submission asks for confirmation; then it can still be changed', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${links[2]}/review`);
      await page.getByRole('button', { name: 'Submit my answers' }).click();
      const confirm = page.locator('#confirm');
      assert.equal(await confirm.getAttribute('role'), 'alert');
      assert.match(await confirm.textContent(), /You have rated 6 of 71 statements/);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'confirm');
      assert.equal(await page.locator('.notice').count(), 0);
      await assertNoViolations(page, 'the confirmation of a nearly empty submission');
      await page.getByRole('button', { name: 'Submit anyway' }).click();
      assert.match(await page.locator('.notice').textContent(), /submitted/);
      // Submitted: the link opens the review, and every page says the answers can still change
      // while the round is open.
      await page.goto(links[2]);
      assert.equal((await page.locator('h1').textContent()).trim(), 'Review and submit');
      assert.match(await page.locator('#h-submit + p').textContent(), /Your answers are submitted/);
      await page.goto(`${links[2]}/${FIRST_PAGE}`);
      assert.match(await page.locator('.submitted-note').textContent(),
        /You submitted your answers on .*You can still change them/);
      await page.locator('fieldset.criterion').first()
        .getByRole('radio', { name: 'Emerging', exact: true }).check();
      await page.getByRole('button', { name: 'Save and continue' }).first().click();
      assert.match(await page.locator('.notice').textContent(), /saved/);
      await assertNoViolations(page, 'a page after submitting');
    });
  });

  test('"Save and finish later" keeps the answers and the link resumes there', async () => {
    await withPage(noScript, async (page) => {
      await page.goto(links[3]);
      await page.getByRole('button', { name: /None of the rest is in place yet/ }).click();
      assert.equal((await page.locator('h1').textContent()).trim(),
        'Partnership: Towards a shared understanding');
      await page.getByRole('button', { name: 'Save and finish later' }).first().click();
      assert.match(await page.locator('.notice').textContent(), /brings you back/);
      await page.goto(links[3]);
      assert.equal((await page.locator('h1').textContent()).trim(),
        'Partnership: Towards a shared understanding');
      assert.match(await page.locator('#progress').textContent(), /In all: 8 of 71/);
    });
  });

  test('the keyboard reaches the page controls in reading order', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${links[0]}/participation/getting-organised`);
      const order = [];
      for (let i = 0; i < 7; i += 1) {
        await page.keyboard.press('Tab');
        order.push(await page.evaluate(() => {
          const e = document.activeElement;
          return e.tagName === 'INPUT' ? `${e.type}:${e.labels[0]?.textContent}` : e.textContent.trim();
        }));
      }
      assert.deepEqual(order, [
        'Skip to main content', 'Your answers', 'What level 1 is about', 'Save and continue',
        'Save and finish later', 'radio:Not started', 'Add evidence or a comment',
      ]);
    });
  });
});
