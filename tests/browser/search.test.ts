// cspell:ignore qqqqzzzz
/**
 * The search dialog and results page in the built site, both languages, as a reader uses them:
 * keyboard only, on a phone, and on the page a result opens. The quality of the ranking over the
 * whole evaluation set is measured by scripts/search-eval.ts (also in npm test).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type {Page} from 'playwright-core';
import type {AxeResults} from 'axe-core';
import {launch} from './browser';
import {useBuiltSite} from './builtSite';
import {openSearch, SEARCH_INPUT, typeQuery} from './searchBox';

const site = useBuiltSite();

async function open(pathname: string): Promise<Page> {
  const page = await site.session.newPage();
  await page.goto(site.server.origin + pathname, {waitUntil: 'networkidle'});
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  return page;
}

test('Ctrl+K opens search; arrows and Enter open a result grouped under its page, and its words are marked there', async () => {
  const page = await open('/docs/intro');
  await openSearch(page);
  const found = await typeQuery(page, 'prefill');
  assert.equal(found[0], '/glossary/pd-disaggregation');
  const first = page.locator('dialog [role="option"]').first();
  assert.equal(await first.getAttribute('aria-selected'), 'true');
  assert.match(await first.innerText(), /Glossary/, 'the breadcrumb of the page is shown');
  assert.equal((await first.locator('mark').first().innerText()).toLowerCase(), 'prefill');
  assert.equal(await page.locator(SEARCH_INPUT).getAttribute('aria-activedescendant'), await first.getAttribute('id'));
  // A section of the same page follows it, with its heading.
  const section = page.locator('dialog [role="option"][data-kind="section"]').first();
  assert.ok(await section.isVisible());
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('dialog [role="option"]').nth(1).getAttribute('aria-selected'), 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/glossary\/pd-disaggregation\?highlight=prefill$/);
  await page.waitForFunction(() => ((CSS.highlights as unknown as Map<string, Set<Range>>).get('atlas-search')?.size ?? 0) > 0);
  assert.equal(await page.locator('dialog[open]').count(), 0, 'the dialog closed');
  await page.close();
});

test('"/" opens search too; recent searches are offered when it opens empty; Escape closes it and gives focus back', async () => {
  const page = await open('/glossary');
  await page.locator('body').click({position: {x: 5, y: 300}});
  await page.keyboard.press('/');
  await page.locator(SEARCH_INPUT).waitFor({state: 'visible'});
  await typeQuery(page, 'Mooncake');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/docs\/systems\/mooncake\?highlight=Mooncake$/);
  // The navbar belongs to each page's layout: wait for the new page before using it.
  await page.locator('article h1', {hasText: 'Mooncake'}).waitFor();
  await openSearch(page);
  const recent = page.locator('dialog [role="option"][data-kind="recent"]');
  assert.match(await recent.first().innerText(), /Mooncake/);
  const before = await recent.count();
  await page.keyboard.press('Delete');
  assert.equal(await recent.count(), before - 1, 'Delete removes the selected recent search');
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({state: 'detached'});
  const button = page.getByRole('button', {name: /^Search/});
  await button.focus();
  await page.keyboard.press('Enter');
  await page.locator(SEARCH_INPUT).waitFor({state: 'visible'});
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({state: 'detached'});
  assert.ok(await button.evaluate((el) => el === document.activeElement), 'focus is back on the search button');
  await page.close();
});

test('Chinese: a wrong homophone of a name, English names and the glossary from the working-copy edition', async () => {
  const page = await open('/zh-Hans/docs/next/intro');
  await openSearch(page);
  assert.equal((await typeQuery(page, '郑伟民'))[0], '/zh-Hans/docs/next/people/zheng-weimin');
  assert.equal((await typeQuery(page, 'Weimin Zheng'))[0], '/zh-Hans/docs/next/people/zheng-weimin');
  // The glossary is not versioned: found from /docs/next too, at its one URL.
  assert.equal((await typeQuery(page, '混合专家'))[0], '/zh-Hans/glossary/moe');
  assert.ok(site.session.requests.some((u) => u.includes('/zh-Hans/search/current/manifest.json')), 'the working copy has its own index');
  await page.close();
});

test('the full results page lists every page found, and a query with no match says so', async () => {
  const page = await open('/search?q=storage');
  await page.locator('[data-search-result]').first().waitFor();
  assert.equal(await page.locator('[data-search-result]').count(), 20, 'more than the dialog shows, twenty at a time');
  await page.getByRole('button', {name: 'Show more results'}).click();
  await page.locator('[data-search-result]').nth(20).waitFor();
  assert.match(await page.locator('h1').innerText(), /storage/);
  const zh = await open('/zh-Hans/search?q=qqqqzzzz');
  await zh.getByRole('status').filter({hasText: '没有找到'}).waitFor();
  await page.close();
  await zh.close();
});

test('on a phone the search button opens a full-screen dialog', async () => {
  const phone = await launch({isMobile: true, hasTouch: true});
  try {
    const page = await phone.newPage();
    await page.goto(`${site.server.origin}/docs/intro`, {waitUntil: 'networkidle'});
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await page.getByRole('button', {name: /Search/}).tap();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    const box = (await dialog.boundingBox())!;
    assert.ok(box.width >= 389 && box.height >= 800, `dialog is ${box.width}×${box.height}`);
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.close();
  }
});

test('the open dialog with results has no axe violations, in light and in dark mode', async () => {
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  for (const theme of ['light', 'dark']) {
    const page = await open(`/docs/intro?docusaurus-theme=${theme}`);
    await openSearch(page);
    await typeQuery(page, 'kv cache');
    await page.evaluate(axeSource);
    const results = await page.evaluate(() =>
      (window as unknown as {axe: {run(context: string, options: object): Promise<AxeResults>}}).axe.run('dialog', {rules: {'target-size': {enabled: true}}}),
    );
    const found = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
    assert.deepEqual(found, [], `${theme}: ${found.join('\n')}`);
    await page.close();
  }
});
