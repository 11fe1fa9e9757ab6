/**
 * The route table reaches the browser in shards (src/plugins/routeShards): a page carries its own
 * shard, and a link to a page in another shard still opens in place, without a reload, with the
 * right page, its sidebar and its edition menu. Run `npm run build` first.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {askToSaveData} from './browser';
import {useBuiltSite} from './builtSite';

const site = useBuiltSite();

/**
 * Opens a page on a connection that asks to save data, where nothing is prefetched: the shards a
 * navigation needs are then loaded by the navigation itself, which is what these tests are about.
 */
async function open(pathname: string): Promise<{page: Page; shards: string[]}> {
  const page = await site.session.newPage();
  await askToSaveData(page);
  const shards: string[] = [];
  page.on('request', (request) => {
    const shard = /route-shard-[\d-]+\.js$/.exec(request.url());
    if (shard) shards.push(shard[0]);
  });
  await page.goto(site.server.origin + pathname, {waitUntil: 'networkidle'});
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  // Survives client-side navigation only: a reload would start a new window object.
  await page.evaluate(() => Object.assign(window, {notReloaded: true}));
  return {page, shards};
}

const stillSamePage = (page: Page) => page.evaluate(() => (window as unknown as {notReloaded?: boolean}).notReloaded === true);

/** Clicks a link the page rendered (a React Router link) and waits for the new page. */
async function follow(page: Page, link: string, target: string): Promise<void> {
  const heading = await page.locator('article h1').first().innerText();
  await page.locator(link).first().click();
  await page.waitForURL(`**${target}`);
  // The old page stays on screen until the new one's code has loaded.
  await page.waitForFunction((old) => document.querySelector('article h1')?.textContent !== old, heading);
}

for (const prefix of ['', '/zh-Hans']) {
  test(`${prefix || 'English'}: links to pages in shards not yet loaded open in place, with the page and its sidebar`, async () => {
    const {page, shards} = await open(`${prefix}/docs/next/systems/mooncake`);
    assert.equal(shards.length, 1, `the page loads its own shard and no other: ${shards.join(', ')}`);
    // A glossary term (another docs plugin), the People section of the other edition (another version).
    for (const [link, target] of [
      [`article a[href="${prefix}/glossary/kvcache"]`, `${prefix}/glossary/kvcache`],
      [`.navbar a[href="${prefix}/docs/people"]`, `${prefix}/docs/people`],
    ] as const) {
      const loaded: number = shards.length;
      await follow(page, link, target);
      assert.ok(await stillSamePage(page), `${target} opened without a reload`);
      assert.equal(shards.length, loaded + 1, `${target}: its shard was loaded on the way (${shards.join(', ')})`);
      assert.equal(await page.locator('.theme-doc-markdown').count(), 1, `${target} shows its page, not "not found"`);
      assert.equal(await page.locator('.theme-doc-sidebar-container').count(), 1, `${target} has its sidebar`);
    }
    await page.goBack();
    await page.waitForURL(`**${prefix}/glossary/kvcache`);
    assert.ok(await stillSamePage(page));
    await page.close();
  });
}

test('after an in-place navigation, the edition menu offers the same page in the other edition', async () => {
  // Rendered by the browser, not the server: the menu reads the docs the shards brought.
  const {page} = await open('/docs/next/systems/mooncake');
  await follow(page, 'article a[href="/docs/next/people/zheng-weimin"]', '/docs/next/people/zheng-weimin');
  assert.ok(await stillSamePage(page));
  const hrefs = await page.locator('.navbar .dropdown__menu a.dropdown__link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.includes('/docs/people/zheng-weimin'), `edition menu links: ${hrefs.join(', ')}`);
  await page.close();
});
