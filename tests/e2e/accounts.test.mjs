// Accounts (issue 7): an administrator (made with `lct user add --admin`) signs in, invites a
// partner from the people page, signs out; the invited person opens the link, chooses a name
// and password, signs in and sees their role. A wrong password is reported next to the field.
// The invited person works in a browser without JavaScript; axe-core (which needs JavaScript)
// checks every page in the administrator's browser and finds no violations.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { axeViolations, formatViolations, launchBrowser, url } from './lib.mjs';

const ADMIN = 'accounts-admin@example.org';
const ADMIN_PASSWORD = 'admin test password 1';
const INVITED = 'accounts-partner@example.org';
const INVITED_PASSWORD = 'partner test password 2';
const PLACE = 'E08000039';

let browser;
before(async () => {
  browser = await launchBrowser();
  const bin = process.env.LCT_BINARY;
  const db = process.env.LCT_DB;
  assert.ok(bin && db, 'LCT_BINARY and LCT_DB are set by tests/e2e/run.sh');
  execFileSync(bin, ['user', 'add', ADMIN, '--admin', '--name', 'Ada Admin', '--db', db],
    { input: `${ADMIN_PASSWORD}\n`, stdio: ['pipe', 'ignore', 'pipe'] });
});
after(async () => {
  await browser?.close();
});

async function assertNoViolations(page, what) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${what}:\n${formatViolations(violations)}`);
}

async function signIn(page, email, password) {
  await page.goto(url('/sign-in'));
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('signing in, inviting and signing out', () => {
  let admin;
  let page;
  let invitation;

  before(async () => {
    admin = await browser.newContext({ bypassCSP: true });
    page = await admin.newPage();
  });
  after(async () => {
    await admin?.close();
  });

  test('the sign-in page is labelled and accessible', async () => {
    const response = await page.goto(url('/sign-in'));
    assert.equal(response.status(), 200);
    assert.equal(await page.title(), 'Sign in – Learning City Toolkit');
    assert.equal(await page.getByRole('link', { name: 'Sign in' }).count(), 1);
    await assertNoViolations(page, '/sign-in');
  });

  test('a wrong password is reported next to the field', async () => {
    await signIn(page, ADMIN, 'not the password at all');
    const error = page.locator('#password-error');
    assert.equal((await error.textContent()).trim(), 'The email or password is not right.');
    assert.equal(await page.getByLabel('Password').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.getByLabel('Email address').inputValue(), ADMIN);
    await assertNoViolations(page, '/sign-in with an error');
  });

  test('the administrator signs in and sees their name', async () => {
    await signIn(page, ADMIN, ADMIN_PASSWORD);
    await page.waitForURL(url('/'));
    const header = page.locator('header .account-bar');
    assert.equal((await header.getByRole('link', { name: 'Ada Admin' }).count()), 1);
    assert.equal(await header.getByRole('button', { name: 'Sign out' }).count(), 1);
    await page.goto(url('/account'));
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Your account');
    await assertNoViolations(page, '/account');
  });

  test('the administrator invites a partner from the people page', async () => {
    await page.goto(url('/admin/people'));
    await assertNoViolations(page, '/admin/people');
    await page.getByLabel('Email address').fill(INVITED);
    await page.getByLabel('Role').selectOption('partner');
    await page.getByLabel(/^Place/).selectOption(PLACE);
    await page.getByRole('button', { name: 'Create invitation link' }).click();
    invitation = (await page.locator('#invitation-link').textContent()).trim();
    assert.match(invitation, /\/invite\/[A-Za-z0-9_-]{43}$/);
    await assertNoViolations(page, '/admin/people with a new invitation');
  });

  test('signing out ends the session', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(url('/sign-in?signed-out=1'));
    assert.match(await page.getByRole('status').textContent(), /You have signed out/);
    const response = await page.goto(url('/account'));
    assert.equal(response.status(), 401);
    assert.equal(await page.locator('main').getByRole('link', { name: 'Sign in' }).count(), 1);
    await assertNoViolations(page, 'the 401 page');
  });

  test('the invitation page and its errors are accessible', async () => {
    // A failed submission does not use the link up.
    const checker = await browser.newContext({ bypassCSP: true });
    const check = await checker.newPage();
    try {
      const response = await check.goto(invitation);
      assert.equal(response.status(), 200);
      assert.match(await check.locator('main').textContent(), new RegExp(INVITED));
      await assertNoViolations(check, 'the invitation page');
      await check.getByLabel('Your name').fill('Pat Partner');
      await check.getByLabel(/^New password/).fill('short');
      await check.getByRole('button', { name: 'Create my account' }).click();
      assert.match(await check.locator('#password-error').textContent(), /at least 10 characters/);
      assert.equal(await check.getByLabel(/^New password/).getAttribute('aria-invalid'), 'true');
      await assertNoViolations(check, 'the invitation page with an error');
    } finally {
      await checker.close();
    }
  });

  test('the invited person accepts without JavaScript, signs in and has the role', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const invited = await context.newPage();
    try {
      await invited.goto(invitation);
      await invited.getByLabel('Your name').fill('Pat Partner');
      await invited.getByLabel(/^New password/).fill(INVITED_PASSWORD);
      await invited.getByRole('button', { name: 'Create my account' }).click();
      await invited.waitForURL(url('/sign-in?invited=1'));
      await signIn(invited, INVITED, INVITED_PASSWORD);
      await invited.goto(url('/account'));
      assert.match(await invited.locator('main dl').textContent(), new RegExp(`partner for ${PLACE}`));
      assert.equal(await invited.locator('header').getByRole('link', { name: 'Pat Partner' }).count(), 1);
      // The link works once.
      assert.equal((await invited.goto(invitation)).status(), 404);
    } finally {
      await context.close();
    }
  });
});
