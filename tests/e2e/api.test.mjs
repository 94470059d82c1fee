// The open API (issue 16): /api/v1/openapi.json is a valid OpenAPI 3.1 document (checked by
// @seriousme/openapi-schema-validator), and every API route's answers, as anyone, as a signed-in
// administrator and with bad input, have a status the document lists for that operation and a
// body that its JSON Schema accepts (ajv, JSON Schema 2020-12). The readable /api page lists
// every operation and passes axe-core.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import { axeViolations, formatViolations, launchBrowser, url } from './lib.mjs';

const ADMIN = 'api-admin@example.org';
const ADMIN_PASSWORD = 'api test password 3';

let doc;
let ajv;
let session = '';
let samples;

function cookieFrom(response, name) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair.indexOf('=');
    if (pair.slice(0, at) === name) return pair.slice(at + 1);
  }
  return '';
}

async function signIn() {
  const form = await fetch(url('/sign-in'));
  const csrf = cookieFrom(form, 'lct_csrf');
  const field = /name="csrf" value="([^"]+)"/.exec(await form.text())[1];
  const response = await fetch(url('/sign-in'), {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Cookie: `lct_csrf=${csrf}`,
      Origin: new URL(url('/')).origin,
    },
    body: new URLSearchParams({ email: ADMIN, password: ADMIN_PASSWORD, csrf: field }).toString(),
  });
  assert.equal(response.status, 303, 'the administrator signs in');
  return `lct_session=${cookieFrom(response, 'lct_session')}`;
}

/** Fetches `path` and checks its status and body against the operation `pattern` documents. */
async function checkAnswer(pattern, path, { cookie = '', expect } = {}) {
  const response = await fetch(url(path), { headers: cookie ? { Cookie: cookie } : {} });
  const status = String(response.status);
  if (expect) assert.equal(status, String(expect), `${path}: status`);
  const operation = doc.paths[pattern].get;
  const documented = operation.responses[status];
  assert.ok(documented, `${path} answered ${status}, which ${pattern} does not document`);
  assert.match(response.headers.get('content-type'), /^application\/json/, `${path}: JSON`);
  const body = await response.json();
  const ref = documented.content['application/json'].schema.$ref;
  const validate = ajv.getSchema(`openapi.json${ref}`);
  assert.ok(validate, `${ref} resolves`);
  assert.ok(validate(body), `${path} (${status}) against ${ref}:\n${ajv.errorsText(validate.errors)}`);
  return body;
}

/** The path of `pattern` with each {parameter} filled from the samples. */
function fill(pattern) {
  return pattern.replace(/\{(\w+)\}/g, (_, name) => {
    assert.ok(name in samples, `a sample value for {${name}}`);
    return encodeURIComponent(samples[name]);
  });
}

before(async () => {
  const bin = process.env.LCT_BINARY;
  const db = process.env.LCT_DB;
  assert.ok(bin && db, 'LCT_BINARY and LCT_DB are set by tests/e2e/run.sh');
  execFileSync(bin, ['user', 'add', ADMIN, '--admin', '--name', 'Api Admin', '--db', db],
    { input: `${ADMIN_PASSWORD}\n`, stdio: ['pipe', 'ignore', 'pipe'] });
  const response = await fetch(url('/api/v1/openapi.json'));
  assert.equal(response.status, 200);
  doc = await response.json();
  ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(doc, 'openapi.json');
  session = await signIn();
  const places = await (await fetch(url('/api/v1/places?membership=member'))).json();
  const frameworks = await (await fetch(url('/api/v1/frameworks'))).json();
  // The demo's round: the first round of the place the demo gives one.
  samples = { code: places.places[0].code, id: frameworks.frameworks[0].id, round: '1' };
  for (const place of places.places) {
    const probe = await fetch(url(`/api/v1/places/${place.code}/rounds/1/results`),
      { headers: { Cookie: session } });
    if (probe.status === 200) {
      samples.code = place.code;
      break;
    }
  }
});

describe('the OpenAPI document', () => {
  test('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    assert.ok(result.valid, JSON.stringify(result.errors, null, 2));
    assert.equal(validator.version, '3.1');
  });

  test('lists the API routes with who may call them', () => {
    for (const path of ['/api/v1/places', '/api/v1/places/{code}', '/api/v1/indicators',
      '/api/v1/frameworks', '/api/v1/frameworks/{id}', '/api/v1/index', '/api/v1/me',
      '/api/v1/places/{code}/targets', '/api/v1/places/{code}/rounds/{round}/results',
      '/api/v1/openapi.json']) {
      assert.ok(doc.paths[path]?.get, path);
    }
    assert.deepEqual(doc.paths['/api/v1/places'].get.security, []);
    assert.equal(doc.paths['/api/v1/me'].get['x-lct-permission'], 'signed-in');
    assert.ok(doc.paths['/api/v1/me'].get.responses['401']);
  });
});

describe('every API answer matches the document', () => {
  test('as anyone: public routes answer 200, the others 401', async () => {
    for (const [pattern, item] of Object.entries(doc.paths)) {
      const isPublic = item.get.security.length === 0;
      await checkAnswer(pattern, fill(pattern), { expect: isPublic ? 200 : 401 });
    }
  });

  test('as a signed-in administrator: every route answers 200', async () => {
    for (const pattern of Object.keys(doc.paths)) {
      await checkAnswer(pattern, fill(pattern), { cookie: session, expect: 200 });
    }
  });

  test('bad input answers with a documented error', async () => {
    await checkAnswer('/api/v1/places/{code}', '/api/v1/places/NO-SUCH-PLACE', { expect: 404 });
    await checkAnswer('/api/v1/places', '/api/v1/places?sort=nonsense', { expect: 400 });
    await checkAnswer('/api/v1/places', '/api/v1/places?membership=nobody', { expect: 400 });
    await checkAnswer('/api/v1/frameworks/{id}', '/api/v1/frameworks/no-such-framework',
      { expect: 404 });
    await checkAnswer('/api/v1/frameworks/{id}', `/api/v1/frameworks/${samples.id}?version=x`,
      { expect: 400 });
    await checkAnswer('/api/v1/index', '/api/v1/index?w_nothing=abc', { expect: 400 });
    await checkAnswer('/api/v1/places/{code}/targets', '/api/v1/places/NO-SUCH-PLACE/targets',
      { cookie: session, expect: 404 });
    await checkAnswer('/api/v1/places/{code}/rounds/{round}/results',
      `/api/v1/places/${samples.code}/rounds/999999/results`, { cookie: session, expect: 404 });
  });

  test('query parameters the document lists are honoured', async () => {
    const members = await checkAnswer('/api/v1/places', '/api/v1/places?membership=member&sort=name');
    assert.ok(members.places.length > 0);
    assert.ok(members.places.every((p) => p.membership === 'member'));
    const names = members.places.map((p) => p.name);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('the API page', () => {
  let browser;
  before(async () => { browser = await launchBrowser(); });
  after(async () => { await browser?.close(); });

  test('lists every operation of the document and is accessible', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const response = await page.goto(url('/api'));
    assert.equal(response.status(), 200);
    for (const path of Object.keys(doc.paths)) {
      assert.equal(await page.getByRole('heading', { name: `GET ${path}`, exact: true }).count(), 1, path);
    }
    assert.equal(await page.getByRole('link', { name: 'OpenAPI 3.1 document' }).getAttribute('href'),
      '/api/v1/openapi.json');
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, formatViolations(violations));
    await context.close();
  });
});
