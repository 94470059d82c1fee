// Shared by the respondent browser tests (issue 19): rounds and personal links made with the
// command line, as a co-ordinator would make them on the web.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { url } from './lib.mjs';

export const PLACE = 'E08000012';

function lct(args) {
  const bin = process.env.LCT_BINARY;
  const db = process.env.LCT_DB;
  assert.ok(bin && db, 'LCT_BINARY and LCT_DB are set by tests/e2e/run.sh');
  return execFileSync(bin, [...args, '--db', db], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/** Opens a round on every strand of the toolkit and returns `count` new personal links. */
export function newRespondentLinks(count, label) {
  const opened = lct(['round', 'open', '--place', PLACE, '--framework', 'toolkit',
    '--closes', '2099-12-31']);
  const round = opened.match(/Opened round (\d+)/)[1];
  const links = [];
  for (let i = 0; i < count; i += 1) {
    const out = lct(['round', 'invite', round, '--name', `${label} ${i + 1}`, '--sector', 'Education']);
    links.push(url(out.match(/(\/respond\/\S+)/)[1]));
  }
  return links;
}
