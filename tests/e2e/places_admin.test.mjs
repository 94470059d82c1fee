// The place register's pages (issue 13): a network administrator lists the places, opens the
// form to add one, sees a refused form name the field (nothing stored), and edits a place. The
// pages use no script; axe-core finds no violations on the list, the form or the refused form.
// The demo's names, memberships and places stay as they are, since other files' tests read
// them at the same time: the network file given here keeps the demo network's name, and the
// only change is a place's coordinates.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, formatViolations, launchBrowser, url } from './lib.mjs';

const ADMIN = 'places-admin@example.org';
const PASSWORD = 'places test password 5';
const NETWORK = `name: UK Learning City Network
description: Places that have called themselves learning cities or towns, and the 1999 Pathfinder places, with every other local authority of England and Wales for comparison.
levels:
  - {key: nation, name: Nation}
  - {key: region, name: Region}
  - {key: local-authority, name: Local authority}
compare_within: [nation, region]
`;

let browser;
let context;
let page;

before(async () => {
  browser = await launchBrowser();
  const lct = process.env.LCT_BINARY;
  const db = process.env.LCT_DB;
  execFileSync(lct, ['user', 'add', ADMIN, '--admin', '--name', 'Pat Places', '--db', db],
    { input: `${PASSWORD}\n`, stdio: ['pipe', 'ignore', 'pipe'] });
  const dir = mkdtempSync(join(tmpdir(), 'lct-places-'));
  writeFileSync(join(dir, 'network.yaml'), NETWORK);
  execFileSync(lct, ['network', 'set', join(dir, 'network.yaml'), '--db', db],
    { stdio: ['ignore', 'ignore', 'pipe'] });
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

describe('the place register pages', () => {
  test('the list is reached from the header and is accessible', async () => {
    await page.getByRole('link', { name: 'Places', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Places' }).waitFor();
    assert.ok(await page.getByRole('link', { name: 'E08000012', exact: true }).isVisible());
    await assertNoViolations('/admin/places');
    const anonymous = await browser.newContext({ javaScriptEnabled: false });
    const denied = await (await anonymous.newPage()).goto(url('/admin/places'));
    assert.equal(denied.status(), 401);
    await anonymous.close();
  });

  test('a refused new place names the field and stores nothing', async () => {
    await page.goto(url('/admin/places'));
    await page.getByRole('link', { name: 'Add a place' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a place' }).waitFor();
    await assertNoViolations('the empty form');
    await page.getByLabel('Code').fill('E2E-NOWHERE');
    await page.getByLabel('Name', { exact: true }).fill('Nowhere');
    await page.getByLabel('Level').selectOption('local-authority');
    await page.getByLabel('Parent').fill('NO-SUCH-PARENT');
    await page.getByRole('button', { name: 'Save the place' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    assert.equal(await page.getByLabel('Parent').getAttribute('aria-invalid'), 'true');
    assert.match(await page.getByRole('alert').textContent(), /unknown parent 'NO-SUCH-PARENT'/);
    await assertNoViolations('the refused form');
    const missing = await page.goto(url('/admin/places/E2E-NOWHERE'));
    assert.equal(missing.status(), 404);
  });

  test('editing a place stores its coordinates', async () => {
    await page.goto(url('/admin/places/E08000012'));
    await page.getByRole('heading', { level: 1, name: 'Edit E08000012' }).waitFor();
    await assertNoViolations('the edit form');
    await page.getByLabel('Latitude').fill('53.4084');
    await page.getByLabel('Longitude').fill('-2.9916');
    await page.getByRole('button', { name: 'Save the place' }).click();
    await page.getByRole('heading', { level: 1, name: 'Places' }).waitFor();
    await page.goto(url('/admin/places/E08000012'));
    assert.equal(await page.getByLabel('Latitude').inputValue(), '53.4084');
    assert.equal(await page.getByLabel('Longitude').inputValue(), '-2.9916');
  });
});
