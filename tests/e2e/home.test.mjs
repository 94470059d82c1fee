// The network home page: the table of places, sorting by column headers and
// the GET filter form, with and without JavaScript.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, parseNumber, tableRows, url } from './lib.mjs';

const MEMBERS = [
  'Bassetlaw',
  'Birmingham',
  'Bristol, City of',
  'Greenwich',
  'Kingston upon Hull, City of',
  'Liverpool',
  'Norwich',
  'Sheffield',
  'Southampton',
  'Swansea',
  'West Berkshire',
  'York',
];

// Column order of the places table.
const COL = { name: 0, code: 1, region: 2, population: 3, density: 4, imd: 5, membership: 6 };

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

function placesTable(page) {
  return page.locator('table.places');
}

async function placeCount(page) {
  return Number(await page.locator('#place-count').textContent());
}

/** Runs the home page checks in a context with JavaScript on or off. */
function homePageSuite(javaScriptEnabled) {
  let context;
  let page;
  before(async () => {
    context = await browser.newContext({ javaScriptEnabled });
    page = await context.newPage();
  });
  after(async () => {
    await context?.close();
  });

  test('has the network title and heading', async () => {
    const response = await page.goto(url('/'));
    assert.equal(response.status(), 200);
    assert.equal(await page.title(), 'UK Learning City Network – Learning City Toolkit');
    const h1 = page.getByRole('heading', { level: 1 });
    assert.equal(await h1.count(), 1);
    assert.equal((await h1.textContent()).trim(), 'UK Learning City Network');
  });

  test('lists the 12 members and at least 300 comparators', async () => {
    await page.goto(url('/'));
    const rows = await tableRows(placesTable(page));
    const members = rows.filter((r) => r[COL.membership] === 'Member').map((r) => r[COL.name]);
    const comparators = rows.filter((r) => r[COL.membership] === 'Comparator');
    assert.deepEqual([...members].sort(), [...MEMBERS].sort());
    for (const name of ['Liverpool', 'Sheffield', 'Swansea', 'Bassetlaw', 'Greenwich']) {
      assert.ok(members.includes(name), `${name} is listed as a member`);
    }
    assert.ok(comparators.length >= 300, `${comparators.length} comparators listed`);
    assert.equal(await placeCount(page), rows.length);
    // Member rows are marked for styling.
    assert.equal(await placesTable(page).locator('tbody tr.member').count(), 12);
    // Default order: by name, ascending.
    const names = rows.map((r) => r[COL.name]);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    const liverpool = rows.find((r) => r[COL.name] === 'Liverpool');
    assert.deepEqual(liverpool, [
      'Liverpool', 'E08000012', 'North West', '486,100', '4,347', '33.8', 'Member',
    ]);
  });

  test('each place links to its page', async () => {
    await page.goto(url('/'));
    const link = placesTable(page).getByRole('link', { name: 'Liverpool', exact: true });
    assert.equal(await link.getAttribute('href'), '/places/E08000012');
    await link.click();
    await page.waitForURL(url('/places/E08000012'));
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Liverpool');
  });

  test('clicking the Population header sorts by population', async () => {
    await page.goto(url('/'));
    const header = () => placesTable(page).getByRole('columnheader', { name: 'Population (2021)' });

    await header().getByRole('link').click();
    await page.waitForURL((u) => u.searchParams.get('sort') === 'population');
    assert.equal(new URL(page.url()).searchParams.get('order'), 'desc');
    assert.equal(await header().getAttribute('aria-sort'), 'descending');
    let rows = await tableRows(placesTable(page));
    assert.equal(rows[0][COL.name], 'Birmingham');
    assert.equal(rows[1][COL.name], 'Leeds');
    let pops = rows.map((r) => parseNumber(r[COL.population]));
    for (let i = 1; i < pops.length; i++) {
      assert.ok(pops[i - 1] >= pops[i], `row ${i}: ${pops[i - 1]} >= ${pops[i]}`);
    }

    // Clicking the sorted column again reverses the order.
    await header().getByRole('link').click();
    await page.waitForURL((u) => u.searchParams.get('order') === 'asc');
    assert.equal(await header().getAttribute('aria-sort'), 'ascending');
    rows = await tableRows(placesTable(page));
    assert.equal(rows[0][COL.name], 'Isles of Scilly');
    pops = rows.map((r) => parseNumber(r[COL.population]));
    for (let i = 1; i < pops.length; i++) {
      assert.ok(pops[i - 1] <= pops[i], `row ${i}: ${pops[i - 1]} <= ${pops[i]}`);
    }
    assert.equal(await placeCount(page), rows.length);
  });

  test('filtering by "Members only" shows the 12 members', async () => {
    await page.goto(url('/'));
    await page.getByLabel('Membership').selectOption({ label: 'Members only' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((u) => u.searchParams.get('membership') === 'member');
    assert.equal(await placeCount(page), 12);
    const rows = await tableRows(placesTable(page));
    assert.equal(rows.length, 12);
    assert.deepEqual(rows.map((r) => r[COL.name]).sort(), [...MEMBERS].sort());
    assert.ok(rows.every((r) => r[COL.membership] === 'Member'));
    // The form keeps the choice.
    assert.equal(await page.getByLabel('Membership').inputValue(), 'member');
  });

  test('filtering by region shows only that region', async () => {
    await page.goto(url('/'));
    await page.getByLabel('Region').selectOption({ label: 'Wales' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((u) => u.searchParams.get('region') === 'W92000004');
    const rows = await tableRows(placesTable(page));
    assert.equal(rows.length, 22, 'the 22 Welsh principal areas');
    assert.equal(await placeCount(page), 22);
    assert.ok(rows.every((r) => r[COL.region] === 'Wales'));
    assert.ok(rows.every((r) => r[COL.code].startsWith('W06')));
    assert.ok(rows.some((r) => r[COL.name] === 'Swansea' && r[COL.membership] === 'Member'));
    assert.equal(await page.getByLabel('Region').inputValue(), 'W92000004');

    // Both filters together: North West members are Liverpool alone.
    await page.getByLabel('Region').selectOption({ label: 'North West' });
    await page.getByLabel('Membership').selectOption({ label: 'Members only' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((u) => u.searchParams.get('region') === 'E12000002'
      && u.searchParams.get('membership') === 'member');
    const both = await tableRows(placesTable(page));
    assert.deepEqual(both.map((r) => r[COL.name]), ['Liverpool']);
    assert.equal(await placeCount(page), 1);

    // "Clear" returns to every place.
    await page.getByRole('link', { name: 'Clear' }).click();
    await page.waitForURL(url('/'));
    assert.equal(await placeCount(page), 318);
  });

  test('sorting keeps the active filters', async () => {
    await page.goto(url('/?region=E12000007'));
    const london = await placeCount(page);
    assert.equal(london, 33, 'the 33 London boroughs and the City');
    await placesTable(page).getByRole('columnheader', { name: 'Population (2021)' })
      .getByRole('link').click();
    await page.waitForURL((u) => u.searchParams.get('sort') === 'population');
    assert.equal(new URL(page.url()).searchParams.get('region'), 'E12000007');
    const rows = await tableRows(placesTable(page));
    assert.equal(rows.length, london);
    assert.ok(rows.every((r) => r[COL.region] === 'London'));
    assert.equal(rows[0][COL.name], 'Croydon');
  });
}

describe('home page with JavaScript', () => homePageSuite(true));
describe('home page with JavaScript disabled', () => homePageSuite(false));
