/**
 * Only the working copy and the newest edition are built into the site; an
 * older edition is left out of its routes and built on its own, as a static
 * site under /editions/<name>/, which the version menu links to.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {build, fixtureSite, run} from '../fixtureSite';

test('after a second cut the older edition leaves the live site and is built as its own archive', () => {
  const site = fixtureSite();
  for (const name of ['2026.1', '2026.2']) {
    const cut = run(site, 'npm', ['run', '--silent', 'cut-edition', '--', name]);
    assert.equal(cut.status, 0, cut.output);
  }
  const live = build(site);
  assert.equal(live.status, 0, live.output);
  const out = (...p: string[]) => path.join(site, 'build', ...p);
  assert.ok(fs.existsSync(out('docs/people/ada-li.html')), 'the newest edition is at /docs');
  assert.ok(fs.existsSync(out('docs/next/people/ada-li.html')), 'the working copy is at /docs/next');
  assert.ok(!fs.existsSync(out('docs/2026.1')), 'the older edition has no pages in the live site');
  const page = fs.readFileSync(out('docs/people/ada-li.html'), 'utf8');
  assert.match(page, /href="?\/editions\/2026\.1\/docs[" >]/, 'the version menu links the archived edition');

  const archived = run(site, 'npm', ['run', '--silent', 'build:edition', '--', '2026.1', '--locale', 'en']);
  assert.equal(archived.status, 0, archived.output);
  const archivePage = fs.readFileSync(path.join(site, 'build-editions/2026.1/docs/people/ada-li.html'), 'utf8');
  assert.match(archivePage, /href="?\/editions\/2026\.1\/docs\/people\/bob-wu[" >]/, 'links stay inside the archive');
  assert.match(archivePage, /archived 2026\.1 edition/, 'the archive says what it is');
  assert.match(archivePage, /href="?\/docs"?>Read the current edition/, 'and links back to the live site');
});
