// A place page (Liverpool, E08000012): context facts, the latest indicator
// values with periods and sources, accessible SVG charts, the breadcrumb and
// the CSV download; and the 404 page for an unknown place.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchBrowser, tableRows, url } from './lib.mjs';

let browser;
let context;
let page;
before(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
});
after(async () => {
  await context?.close();
  await browser?.close();
});

describe('Liverpool place page', () => {
  before(async () => {
    const response = await page.goto(url('/places/E08000012'));
    assert.equal(response.status(), 200);
  });

  test('has the place title, heading and membership', async () => {
    assert.equal(await page.title(), 'Liverpool – Learning City Toolkit');
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Liverpool');
    const lead = (await page.locator('main p.lead').textContent()).replace(/\s+/g, ' ');
    assert.match(lead, /Metropolitan district in North West, England\./);
    assert.match(lead, /Network member/);
  });

  test('has a breadcrumb back to the network', async () => {
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    assert.equal(await crumbs.count(), 1);
    const items = await crumbs.getByRole('listitem').allTextContents();
    assert.deepEqual(items.map((t) => t.trim()), ['Network', 'Liverpool']);
    assert.equal(await crumbs.getByRole('link', { name: 'Network' }).getAttribute('href'), '/');
    assert.equal(await crumbs.locator('[aria-current="page"]').textContent(), 'Liverpool');
  });

  test('shows the Census context facts with their source', async () => {
    const facts = await page.locator('dl.facts > div').evaluateAll((divs) =>
      divs.map((d) => ({
        term: d.querySelector('dt').textContent.trim(),
        value: d.querySelector('dd').firstChild.textContent.trim(),
        source: d.querySelector('dd .source')?.textContent.trim() ?? '',
      })),
    );
    const byTerm = Object.fromEntries(facts.map((f) => [f.term, f]));
    assert.equal(byTerm['Area code'].value, 'E08000012');
    assert.equal(byTerm['Population, Census 2021'].value, '486,100');
    assert.match(byTerm['Population, Census 2021'].source, /ONS, Census 2021/);
    assert.match(byTerm['Population, Census 2021'].source, /OGL v3\.0/);
    assert.equal(byTerm['Population, Census 2011'].value, '466,415');
    assert.equal(byTerm['People per square kilometre, 2021'].value, '4,347');
    const imd = byTerm['IMD 2019 education, skills and training score (higher = more deprived)'];
    assert.equal(imd.value, '33.8');
    assert.match(imd.source, /English Indices of Deprivation 2019/);
  });

  test('lists the latest indicator values with periods, comparators and ranks', async () => {
    const table = page.locator('table.indicators');
    const headers = (await table.locator('thead th').allTextContents()).map((t) => t.trim());
    assert.deepEqual(headers, ['Indicator', 'Period', 'Liverpool', 'North West', 'England', 'Rank', 'Trend']);
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const th = tr.querySelector('th');
        const cells = Array.from(tr.querySelectorAll('td'));
        return {
          name: th.querySelector('a').textContent.trim(),
          unit: th.querySelector('.unit')?.textContent.trim(),
          period: cells[0].textContent.trim(),
          value: cells[1].firstChild.textContent.trim(),
          ci: cells[1].querySelector('.ci')?.textContent.trim() ?? '',
          region: cells[2].textContent.trim(),
          england: cells[3].textContent.trim(),
          rank: cells[4].textContent.trim(),
        };
      }),
    );
    assert.equal(rows.length, 21, 'one row per indicator');
    const row = (name) => {
      const found = rows.find((r) => r.name === name);
      assert.ok(found, `a row for ${name}`);
      return found;
    };
    assert.deepEqual(row('Further education and skills participation'), {
      name: 'Further education and skills participation',
      unit: 'Rate per 100,000 population',
      period: '2024/25',
      value: '7,069',
      ci: '',
      region: '5,801',
      england: '5,174',
      rank: '18th of 296, best fifth',
    });
    assert.deepEqual(row('Economically inactive'), {
      name: 'Economically inactive',
      unit: 'Percentage',
      period: '2023',
      value: '26.1%',
      ci: '21.4% to 30.8%',
      region: '23.3%',
      england: '21.0%',
      rank: '246th of 294, worst fifth',
    });
    const pay = row('Gross median weekly pay');
    assert.equal(pay.period, '30 Apr 2025');
    assert.equal(pay.value, '£605.30');
    assert.equal(pay.england, '£648.40');
    const arts = row('Engaged with the arts');
    assert.equal(arts.value, '90%');
    assert.equal(arts.region, '–', 'no regional figure is published');
    // Each row links to the indicator's article further down.
    const link = table.getByRole('link', { name: 'Further education and skills participation' });
    assert.equal(await link.getAttribute('href'), '#ind-fe-participation');
  });

  test('has one article per indicator with its period table and source', async () => {
    assert.equal(await page.locator('main article.indicator').count(), 21);
    const article = page.locator('article#ind-fe-participation');
    assert.equal(
      (await article.getByRole('heading', { level: 3 }).textContent()).trim(),
      'Further education and skills participation',
    );
    const headline = (await article.locator('p.headline').textContent()).replace(/\s+/g, ' ').trim();
    assert.equal(
      headline,
      '7,069 in 2024/25; 18th of 296, best fifth among local authorities in England. Higher is better.',
    );

    // The table of all periods sits in a closed details element.
    const details = article.locator('details');
    const summary = details.locator('summary');
    assert.equal((await summary.textContent()).trim(), 'All 6 periods, as a table');
    const series = details.locator('table.series');
    assert.equal(await series.isVisible(), false);
    await summary.click();
    assert.equal(await series.isVisible(), true);
    const periods = await tableRows(series);
    assert.deepEqual(periods.map((r) => [r[0], r[1]]), [
      ['2024/25', '7,069'],
      ['2023/24', '6,876'],
      ['2022/23', '6,837'],
      ['2021/22', '7,066'],
      ['2020/21', '6,882'],
      ['2019/20', '6,837'],
    ]);
    assert.equal(
      (await series.locator('caption').textContent()).trim(),
      'Further education and skills participation: Liverpool by period',
    );

    const source = (await article.locator('p.source').textContent()).replace(/\s+/g, ' ');
    assert.match(source, /^Source: Department for Education, published 27\/11\/2025/);
    assert.match(source, /Open Government Licence v3\.0/);
    assert.match(source, /further-education-and-skills-participation\.csv/);

    // Every article names its source and licence.
    const sources = await page.locator('main article.indicator p.source').allTextContents();
    assert.equal(sources.length, 21);
    for (const s of sources) {
      assert.match(s, /^Source: .+, published \d\d\/\d\d\/\d{4}/);
      assert.match(s, /Open Government Licence v3\.0/);
    }
  });

  test('survey indicators show their confidence intervals by period', async () => {
    const article = page.locator('article#ind-economic-inactivity');
    await article.locator('summary').click();
    const periods = await tableRows(article.locator('table.series'));
    assert.deepEqual(periods[0].slice(0, 3), ['2023', '26.1%', '21.4% to 30.8%']);
    assert.deepEqual(periods.at(-1).slice(0, 2), ['2004', '34.7%']);
  });

  test('every SVG chart is an image with an accessible name', async () => {
    const svgs = await page.locator('main svg').evaluateAll((nodes) =>
      nodes.map((svg) => {
        const labelledby = svg.getAttribute('aria-labelledby');
        const fromIds = labelledby
          ? labelledby.split(/\s+/).map((id) => document.getElementById(id)?.textContent.trim() ?? '').join(' ')
          : '';
        return {
          role: svg.getAttribute('role'),
          name: (svg.getAttribute('aria-label') ?? fromIds).trim(),
          title: svg.querySelector('title')?.textContent.trim() ?? '',
          spark: svg.classList.contains('spark'),
        };
      }),
    );
    assert.equal(svgs.length, 42, 'a sparkline and a line chart per indicator');
    for (const svg of svgs) {
      assert.equal(svg.role, 'img');
      assert.ok(svg.name.length > 0, 'the chart has a name');
    }
    assert.equal(svgs.filter((s) => s.spark).length, 21);
    assert.ok(svgs.filter((s) => !s.spark).every((s) => s.title.length > 0), 'line charts have a <title>');

    // Names as assistive technology computes them.
    const chart = page.getByRole('img', { name: /^Further education and skills participation, Liverpool\b/ });
    assert.equal(await chart.count(), 1);
    assert.match(await chart.getAttribute('aria-labelledby'), /-t .+-d$/);
    const spark = page.getByRole('img', {
      name: 'Further education and skills participation trend. Liverpool: 6,837 in 2019/20, 7,069 in 2024/25.',
      exact: true,
    });
    assert.equal(await spark.count(), 1);
    assert.equal(await page.getByRole('img').count(), 42);
  });

  test('"Download as CSV" returns the indicators as CSV', async () => {
    const link = page.getByRole('link', { name: 'Download as CSV' });
    assert.equal(await link.getAttribute('href'), '/places/E08000012/indicators.csv');

    const response = await page.request.get(url('/places/E08000012/indicators.csv'));
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^text\/csv/);
    assert.match(response.headers()['content-disposition'], /attachment; filename="E08000012-indicators\.csv"/);

    // Clicking the link downloads the file.
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), 'E08000012-indicators.csv');
    const csv = await readFile(await download.path(), 'utf8');
    assert.equal(csv, await response.text());
    const lines = csv.trimEnd().split(/\r?\n/);
    assert.equal(
      lines[0],
      'place_code,place_name,indicator_code,indicator,period,value,lower_95,upper_95,status,note,unit,source',
    );
    assert.ok(lines.includes(
      'E08000012,Liverpool,fe-participation,Further education and skills participation,'
        + '2024-08-01/P1Y,7069,,,,,"Rate per 100,000 population",Department for Education',
    ));
    assert.ok(lines.slice(1).every((l) => l.startsWith('E08000012,Liverpool,')));
  });
});

describe('Swansea place page', () => {
  test('compares with Wales, not an English region', async () => {
    const response = await page.goto(url('/places/W06000011'));
    assert.equal(response.status(), 200);
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Swansea');
    const facts = await page.locator('dl.facts dd').evaluateAll((dds) => dds.map((d) => d.firstChild.textContent.trim()));
    assert.deepEqual(facts.slice(0, 2), ['W06000011', '238,500']);
    const imdSource = await page.locator('dl.facts dd .source').last().textContent();
    assert.match(imdSource, /Welsh Government, WIMD 2019/);
    const intro = await page.locator('section[aria-labelledby="indicators-heading"] > p').first().textContent();
    assert.match(intro, /the place's rank among local authorities in Wales/);
  });
});

describe('unknown place', () => {
  test('/places/X99999999 is a helpful 404 page', async () => {
    const response = await page.goto(url('/places/X99999999'));
    assert.equal(response.status(), 404);
    assert.match(response.headers()['content-type'], /^text\/html/);
    assert.equal(await page.title(), 'Page not found – Learning City Toolkit');
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Page not found');
    assert.match(await page.locator('main').textContent(), /X99999999/);
    // The site's navigation (Network, Guide, Indicators, Index, About) is still there, and a link leads home.
    assert.equal(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').count(), 5);
    await page.getByRole('link', { name: "Go to the network's home page" }).click();
    await page.waitForURL(url('/'));
    assert.equal(await page.locator('#place-count').textContent(), '318');
  });

  test('an unknown address is a 404 page too', async () => {
    const response = await page.goto(url('/no-such-page'));
    assert.equal(response.status(), 404);
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Page not found');
  });
});
