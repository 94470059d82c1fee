// Two depths (issue 18): a co-ordinator opens a round at operational depth, for a single field
// project; the respondents page and the results say so, and the respondent is asked only the
// criteria with an operational wording, in that wording. axe finds nothing on the form.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { axeViolations, formatViolations, launchBrowser, signIn, url } from './lib.mjs';

const PLACE = 'E08000012';
const EMAIL = 'depth-coordinator@example.org';
const PASSWORD = 'a long enough test password';

let browser;
before(async () => {
  browser = await launchBrowser();
  execFileSync(process.env.LCT_BINARY, ['user', 'add', EMAIL, '--place', PLACE, '--role',
    'coordinator', '--db', process.env.LCT_DB], { input: `${PASSWORD}\n`, stdio: ['pipe', 'ignore', 'pipe'] });
});
after(async () => {
  await browser?.close();
});

describe('a round at operational depth', () => {
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

  test('the depth is chosen when the round is opened, only where the framework has one', async () => {
    await page.goto(url(`/places/${PLACE}/rounds`));
    const toolkit = page.locator('form.round-form').filter({ hasText: 'Learning City Toolkit' });
    const unesco = page.locator('form.round-form').filter({ hasText: 'UNESCO' });
    assert.equal(await unesco.getByRole('radio', { name: /^Operational/ }).count(), 0);
    assert.equal(await toolkit.getByRole('radio', { name: /^Strategic/ }).isChecked(), true);
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, formatViolations(violations));

    await toolkit.getByRole('radio', { name: /^Operational/ }).check();
    await toolkit.getByRole('button', { name: 'Open a round on Learning City Toolkit' }).click();
    await page.waitForURL(/\/rounds\/\d+\/respondents$/);
    assert.match(await page.locator('p.lead').textContent(), /Operational depth \(a field project\)/);
  });

  test('the respondent is asked the operational wording only', async () => {
    await page.getByLabel('Name').fill('Dee');
    await page.getByLabel('Organisation').fill('A field project');
    await page.getByLabel(/^Sector/).fill('Community');
    await page.getByLabel('Role').fill('Project lead');
    await page.getByRole('button', { name: 'Invite and show the link' }).click();
    await page.waitForLoadState();
    const link = await page.getByLabel('Personal link').inputValue();

    const respondent = await browser.newContext({ javaScriptEnabled: false, bypassCSP: true });
    const form = await respondent.newPage();
    await form.goto(link);
    assert.equal((await form.locator('h1').textContent()).trim(), 'Partnership: Getting organised');
    const statements = await form.locator('fieldset.criterion').allTextContents();
    // Partnership level 1 has eight criteria; four of them have a project wording.
    assert.equal(statements.length, 4);
    assert.match(statements[0], /For a field project: every organisation whose staff, premises or/);
    assert.doesNotMatch(statements.join('\n'), /have been invited to join the\s+partnership/);
    await respondent.close();

    await page.goto(page.url().replace(/\/respondents$/, ''));
    assert.match(await page.locator('p.lead').textContent(), /Operational depth/);
  });
});
