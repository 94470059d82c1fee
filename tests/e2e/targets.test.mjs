// Targets and indicator pages (issue 5): a co-ordinator of Liverpool (made with
// `lct user add --place E08000012 --role coordinator`) signs in, sets a target for further
// education participation, sees its status on the dashboard, and opens the indicator page
// with the chart of Liverpool, the North West and England and the target path. axe-core finds
// no violations on any of these pages.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { axeViolations, formatViolations, launchBrowser, tableRows, url } from './lib.mjs';

const COORDINATOR = 'targets-coordinator@example.org';
const PASSWORD = 'targets test password 3';
const PLACE = 'E08000012';

let browser;
let context;
let page;
before(async () => {
  const bin = process.env.LCT_BINARY;
  const db = process.env.LCT_DB;
  assert.ok(bin && db, 'LCT_BINARY and LCT_DB are set by tests/e2e/run.sh');
  execFileSync(bin, ['user', 'add', COORDINATOR, '--place', PLACE, '--role', 'coordinator',
    '--name', 'Cora Coordinator', '--db', db],
  { input: `${PASSWORD}\n`, stdio: ['pipe', 'ignore', 'pipe'] });
  browser = await launchBrowser();
  context = await browser.newContext({ bypassCSP: true });
  page = await context.newPage();
});
after(async () => {
  await context?.close();
  await browser?.close();
});

async function assertNoViolations(what) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${what}:\n${formatViolations(violations)}`);
}

describe('a co-ordinator sets a target and follows its progress', () => {
  test('the dashboard needs signing in', async () => {
    const response = await page.goto(url(`/places/${PLACE}/targets`));
    assert.equal(response.status(), 401);
  });

  test('signs in and opens the dashboard from the place page', async () => {
    await page.goto(url('/sign-in'));
    await page.getByLabel('Email address').fill(COORDINATOR);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(url('/'));
    await page.goto(url(`/places/${PLACE}`));
    await page.getByRole('link', { name: 'Targets and progress' }).click();
    await page.waitForURL(url(`/places/${PLACE}/targets`));
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Targets: Liverpool');
    assert.equal(await page.getByRole('heading', { name: 'How the status is worked out' }).count(), 1);
    await assertNoViolations('/places/E08000012/targets');
  });

  test('a bad value is reported next to its field and the input is kept', async () => {
    const form = page.locator('#target-form form');
    await form.getByLabel('Indicator').selectOption('fe-participation');
    await form.getByLabel('Baseline value').fill('6837');
    await form.getByLabel('Baseline period').fill('2019-08-01/P1Y');
    await form.getByLabel('Target value').fill('7200');
    await form.getByLabel('Target date').fill('31 July 2030');
    await form.getByRole('button', { name: 'Save the target' }).click();
    const error = page.locator('#t-target_date-error');
    assert.ok((await error.textContent()).trim().length > 0, 'the date has an error');
    assert.equal(await page.getByLabel('Target date').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.getByLabel('Target value').inputValue(), '7200');
    assert.equal(await page.locator('table.targets').count(), 0, 'nothing was saved');
    await assertNoViolations('the target form with an error');
  });

  test('sets a target and sees its status in words and with a symbol', async () => {
    const form = page.locator('#target-form form');
    await form.getByLabel('Target date').fill('2030-07-31');
    await form.getByRole('button', { name: 'Save the target' }).click();
    await page.waitForURL(/\/places\/E08000012\/targets\?saved=fe-participation/);
    assert.match(await page.locator('.notice').textContent(), /The target was saved/);
    const rows = await tableRows(page.locator('table.targets'));
    assert.equal(rows.length, 1);
    // Baseline 6,837 in 2019/20, target 7,200 by 31 Jul 2030; the latest published value is
    // 7,069 in 2024/25, ahead of the linear path's 7,018.5 at that date: on track.
    assert.match(rows[0][0], /^Further education and skills participation/);
    assert.equal(rows[0][1], '6,8372019/20');
    assert.equal(rows[0][2], '7,200by 31 Jul 2030');
    assert.equal(rows[0][3], '7,0692024/25');
    assert.equal(rows[0][4], '● On track');
    const article = page.locator('article#target-fe-participation');
    assert.match(await article.locator('.rule').textContent(), /at or ahead of the expected/);
    assert.equal(await article.locator('.status-symbol').getAttribute('aria-hidden'), 'true');
    await assertNoViolations('the dashboard with a target');
  });

  test('opens the indicator page with the chart, the target path and the table', async () => {
    await page.getByRole('link', { name: 'Further education and skills participation for Liverpool: chart and table' }).click();
    await page.waitForURL(url('/indicators/fe-participation?place=E08000012'));
    const chart = page.getByRole('img', { name: /^Further education and skills participation, Liverpool/ });
    assert.equal(await chart.count(), 1);
    const desc = await chart.locator('desc').textContent();
    assert.match(desc, /Liverpool: 6,837 in 2019\/20, 7,069 in 2024\/25\./);
    assert.match(desc, /North West: /);
    assert.match(desc, /England: /);
    assert.match(desc, /Target path, dashed: from 6,837 in 2019\/20 to 7,200 by 31 Jul 2030\. Status: On track\./);
    assert.equal(await chart.locator('line.ts-target-path').getAttribute('stroke-dasharray'), '6 4');
    const table = page.locator('table.series');
    const headers = (await table.locator('thead th').allTextContents()).map((t) => t.trim());
    assert.deepEqual(headers, ['Period', 'Liverpool', 'Status', 'North West', 'England']);
    const rows = await tableRows(table);
    assert.deepEqual(rows[0], ['2024/25', '7,069', '', '5,801', '5,174']);
    assert.equal(await page.getByLabel('Place', { exact: true }).inputValue(), PLACE);
    await assertNoViolations('/indicators/fe-participation?place=E08000012');
  });

  test('the place picker works without a script, and the CSV has the same rows', async () => {
    await page.getByLabel('Place', { exact: true }).selectOption('W06000011');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(url('/indicators/fe-participation?place=W06000011'));
    assert.equal((await page.locator('#chosen-heading').textContent()).trim(), 'Swansea');
    const response = await page.request.get(url('/indicators/fe-participation.csv?place=E08000012'));
    assert.equal(response.status(), 200);
    const lines = (await response.text()).trimEnd().split(/\r?\n/);
    assert.ok(lines.some((l) => l.startsWith('fe-participation,E08000012,Liverpool,2024-08-01/P1Y,2024/25,7069,')));
  });
});

describe('a network administrator edits the catalogue', () => {
  const ADMIN = 'targets-admin@example.org';
  let admin;
  let adminPage;
  before(async () => {
    execFileSync(process.env.LCT_BINARY, ['user', 'add', ADMIN, '--admin', '--db', process.env.LCT_DB],
      { input: `${PASSWORD}\n`, stdio: ['pipe', 'ignore', 'pipe'] });
    admin = await browser.newContext({ bypassCSP: true });
    adminPage = await admin.newPage();
    await adminPage.goto(url('/sign-in'));
    await adminPage.getByLabel('Email address').fill(ADMIN);
    await adminPage.getByLabel('Password').fill(PASSWORD);
    await adminPage.getByRole('button', { name: 'Sign in' }).click();
    await adminPage.waitForURL(url('/'));
  });
  after(async () => {
    await admin?.close();
  });

  test('a bad value is shown next to its field, and nothing else is marked', async () => {
    await adminPage.goto(url('/indicators/fe-participation'));
    await adminPage.getByRole('link', { name: 'Edit this indicator' }).click();
    await adminPage.waitForURL(url('/indicators/fe-participation/edit'));
    assert.equal(await adminPage.locator('[aria-invalid="true"]').count(), 0);
    await adminPage.getByLabel('Decimals shown').fill('many');
    await adminPage.getByRole('button', { name: 'Save changes' }).click();
    assert.equal((await adminPage.locator('#f-decimals-error').textContent()).trim(),
      'decimals must be a whole number from 0 to 6');
    assert.equal(await adminPage.locator('[aria-invalid="true"]').count(), 1);
    const violations = await axeViolations(adminPage);
    assert.equal(violations.length, 0, `the edit form with an error:\n${formatViolations(violations)}`);
  });
});
