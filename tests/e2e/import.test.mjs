// Importing data from the web (issue 5): a network administrator uploads a CSV, sees the preview
// (new, changed, unchanged and rejected rows, each rejection with line, column and reason),
// writes it, and uploading the same file again changes nothing. The pages use no script; axe-core
// finds no violations on the form, the preview or the result.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, formatViolations, launchBrowser, url } from './lib.mjs';

const ADMIN = 'import-admin@example.org';
const PASSWORD = 'import test password 3';

let browser;
let context;
let page;
let files;

before(async () => {
  browser = await launchBrowser();
  execFileSync(process.env.LCT_BINARY,
    ['user', 'add', ADMIN, '--admin', '--name', 'Ines Import', '--db', process.env.LCT_DB],
    { input: `${PASSWORD}\n`, stdio: ['pipe', 'ignore', 'pipe'] });
  files = mkdtempSync(join(tmpdir(), 'lct-import-'));
  writeFileSync(join(files, 'good.csv'),
    'place,indicator,period,value,lower,upper\n' +
    'E07000008,fe-participation,2040-08-01/P1Y,2500,2400,2600\n' +
    'E07000178,fe-participation,2040-08-01/P1Y,2100,,\n');
  writeFileSync(join(files, 'mixed.csv'),
    'place,indicator,period,value\n' +
    'E07000008,fe-achievements,2040-08-01/P1Y,900\n' +
    'NOWHERE,fe-achievements,2040-08-01/P1Y,901\n' +
    'E07000178,fe-achievements,2040/41,902\n');
  context = await browser.newContext({ bypassCSP: true });
  page = await context.newPage();
  await page.goto(url('/sign-in'));
  await page.getByLabel('Email address').fill(ADMIN);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(url('/'));
});
after(async () => {
  await context?.close();
  await browser?.close();
});

async function assertNoViolations(what) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${what}:\n${formatViolations(violations)}`);
}

function cell(name) {
  return page.getByRole('row', { name: new RegExp(`^${name}`) }).locator('td');
}

async function upload(file) {
  await page.goto(url('/import'));
  await page.getByLabel('CSV file (UTF-8)').setInputFiles(join(files, file));
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check the import' }).waitFor();
}

describe('importing a CSV from the web', () => {
  test('the import form is accessible and needs an administrator', async () => {
    const response = await page.goto(url('/import'));
    assert.equal(response.status(), 200);
    await assertNoViolations('/import');
    const anonymous = await browser.newContext({ javaScriptEnabled: false });
    const denied = await (await anonymous.newPage()).goto(url('/import'));
    assert.equal(denied.status(), 401);
    await anonymous.close();
  });

  test('a preview counts the rows and writes nothing; confirming writes them', async () => {
    await upload('good.csv');
    assert.equal((await cell('New values').textContent()).trim(), '2');
    assert.equal((await cell('Rejected rows').textContent()).trim(), '0');
    await assertNoViolations('the preview');
    const before = await page.request.get(url('/places/E07000008/indicators.csv'));
    assert.ok(!(await before.text()).includes('2040-08-01/P1Y'), 'nothing written by a preview');

    await page.getByRole('button', { name: 'Write these values' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import result' }).waitFor();
    assert.match(await page.getByRole('status').textContent(), /2 new and 0 changed values were written/);
    await assertNoViolations('the result');
    const after = await page.request.get(url('/places/E07000008/indicators.csv'));
    assert.ok((await after.text()).includes('2040-08-01/P1Y'));
  });

  test('the same file again changes nothing', async () => {
    await upload('good.csv');
    assert.equal((await cell('New values').textContent()).trim(), '0');
    assert.equal((await cell('Unchanged values').textContent()).trim(), '2');
    assert.equal(await page.getByRole('button', { name: 'Write these values' }).count(), 0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForURL(url('/import'));
  });

  test('rejected rows are listed with line, column and reason and can be skipped', async () => {
    await upload('mixed.csv');
    assert.equal((await cell('Rejected rows').textContent()).trim(), '2');
    const rejects = page.getByRole('table', { name: /Each rejected row/ });
    const rows = await rejects.locator('tbody tr').allTextContents();
    assert.equal(rows.length, 2);
    assert.match(rows[0], /3\s*place\s*unknown place code 'NOWHERE'/);
    assert.match(rows[1], /4\s*period\s*bad period '2040\/41'/);
    await assertNoViolations('a preview with rejected rows');

    await page.getByRole('button', { name: 'Write these values' }).click();
    assert.match(await page.getByRole('status').textContent(), /Nothing was written: 2 rows were rejected/);
    await page.getByLabel(/Leave out the 2 rejected rows/).check();
    await page.getByRole('button', { name: 'Write these values' }).click();
    assert.match(await page.getByRole('status').textContent(), /1 new and 0 changed values were written/);
  });

  test('a file that cannot be read is refused with its line', async () => {
    writeFileSync(join(files, 'broken.csv'), 'place,indicator,value\nE07000008,fe-participation,1\n');
    await page.goto(url('/import'));
    await page.getByLabel('CSV file (UTF-8)').setInputFiles(join(files, 'broken.csv'));
    await page.getByRole('button', { name: 'Check the file' }).click();
    const alert = page.getByRole('alert');
    assert.match(await alert.textContent(), /broken\.csv:1: period: missing column 'period'/);
    await assertNoViolations('a refused file');
  });
});
