// Keyboard use (the skip link) and the print stylesheet.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, url } from './lib.mjs';

let browser;
let context;
before(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
});
after(async () => {
  await context?.close();
  await browser?.close();
});

/** Tag, id, class and text of the focused element. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      className: el.className,
      text: el.textContent.trim().slice(0, 60),
      href: el.getAttribute('href'),
    };
  });
}

describe('keyboard', () => {
  for (const path of ['/', '/places/E08000012']) {
    test(`the skip link is the first focusable element and moves focus to main (${path})`, async () => {
      const page = await context.newPage();
      try {
        await page.goto(url(path));
        const skip = page.getByRole('link', { name: 'Skip to main content' });
        // Hidden off-screen until focused.
        const before = await skip.boundingBox();
        assert.ok(before === null || before.x + before.width <= 0, 'the skip link starts off-screen');

        await page.keyboard.press('Tab');
        assert.deepEqual(await focused(page), {
          tag: 'a', id: '', className: 'skip-link', text: 'Skip to main content', href: '#main',
        });
        const box = await skip.boundingBox();
        assert.ok(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 800,
          `the focused skip link is on screen: ${JSON.stringify(box)}`);

        await page.keyboard.press('Enter');
        await page.waitForURL((u) => u.hash === '#main');
        const target = await focused(page);
        assert.equal(target.tag, 'main');
        assert.equal(target.id, 'main');

        // The next Tab goes to the first control inside main, not back to the header.
        await page.keyboard.press('Tab');
        const next = await page.evaluate(() => {
          const el = document.activeElement;
          return { inMain: Boolean(el.closest('main')), tag: el.tagName.toLowerCase(), text: el.textContent.trim() };
        });
        assert.ok(next.inMain, `focus stays in main: ${JSON.stringify(next)}`);
        if (path === '/') {
          assert.deepEqual({ tag: next.tag }, { tag: 'select' }); // the Region filter
        } else {
          assert.deepEqual(next, { inMain: true, tag: 'a', text: 'Network' }); // the breadcrumb
        }
      } finally {
        await page.close();
      }
    });
  }

  test('the filter form can be used from the keyboard alone', async () => {
    const page = await context.newPage();
    try {
      await page.goto(url('/'));
      await page.getByLabel('Membership').focus();
      // Choose "Members only" with the arrow key, then submit with Enter.
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.getByLabel('Membership').inputValue(), 'member');
      // The hidden sort fields take no focus: the next stop is the submit button.
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).text, 'Apply filters');
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.searchParams.get('membership') === 'member');
      assert.equal(await page.locator('#place-count').textContent(), '12');
    } finally {
      await page.close();
    }
  });
});

describe('print', () => {
  test('printing the home page hides the navigation, skip link and filters', async () => {
    const page = await context.newPage();
    try {
      await page.goto(url('/'));
      const nav = page.getByRole('navigation', { name: 'Main' });
      const filters = page.locator('form.filters');
      assert.equal(await nav.isVisible(), true);
      assert.equal(await filters.isVisible(), true);

      await page.emulateMedia({ media: 'print' });
      assert.equal(await nav.isVisible(), false);
      assert.equal(await filters.isVisible(), false);
      assert.equal(await page.locator('.skip-link').isVisible(), false);
      // The content itself still prints.
      assert.equal(await page.getByRole('heading', { level: 1 }).isVisible(), true);
      assert.equal(await page.locator('table.places').isVisible(), true);
      assert.equal(await page.locator('.brand').isVisible(), true);

      await page.emulateMedia({ media: 'screen' });
      assert.equal(await nav.isVisible(), true);
    } finally {
      await page.close();
    }
  });

  test('printing a place page hides the navigation but keeps the charts', async () => {
    const page = await context.newPage();
    try {
      await page.goto(url('/places/E08000012'));
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), false);
      assert.equal(await page.getByRole('heading', { level: 1 }).isVisible(), true);
      assert.equal(await page.locator('table.indicators').isVisible(), true);
      assert.equal(await page.locator('article#ind-fe-participation .chart svg').isVisible(), true);
      // A printout cannot open a details element: the print stylesheet hides the
      // summaries, so the tables of all periods must print open.
      assert.equal(await page.locator('article#ind-fe-participation details summary').isVisible(), false);
      assert.equal(await page.locator('article#ind-fe-participation table.series').isVisible(), true,
        'the table of all periods prints');
      // A real print to PDF succeeds.
      const pdf = await page.pdf({ format: 'A4' });
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    } finally {
      await page.close();
    }
  });
});
