/**
 * Browser tests against the production build (run `npm run build` first), in
 * both locales: what a reader sees, what the search finds, what the tooltip
 * says, and that nothing is fetched from another host.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {launch} from './browser';
import {useBuiltSite} from './builtSite';

const site = useBuiltSite();

async function open(pathname: string): Promise<Page> {
  const page = await site.session.newPage();
  const response = await page.goto(site.server.origin + pathname, {waitUntil: 'networkidle'});
  assert.equal(response?.status(), 200, `${pathname} answered ${response?.status()}`);
  // Keyboard shortcuts and tooltips work once React has hydrated the server-rendered page.
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  return page;
}

test('the English home page renders, in English, with its three ways in and counts from the data', async () => {
  const page = await open('/');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.locator('h1').innerText(), 'HPC Atlas');
  for (const href of ['/glossary', '/docs/onboarding', '/docs/history/timeline', '/docs/systems', '/docs/people']) {
    assert.equal(await page.locator(`main a[href="${href}"]`).count(), 1, `home links to ${href}`);
  }
  // Highlights are read from the data: the counts match the glossary index.
  const terms = Number(/\d+/.exec(await page.locator('header a[href="/glossary"]').innerText())![0]);
  assert.ok(terms > 100, `home counts ${terms} terms`);
  await page.close();
});

test('the Chinese home page renders, in Chinese, with Chinese navigation', async () => {
  const page = await open('/zh-Hans/');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  assert.match(await page.locator('header').first().innerText(), /高性能计算/);
  assert.match(await page.locator('nav.navbar').innerText(), /术语表/);
  await page.close();
});

test('a glossary page shows typeset KaTeX, with fonts served by the site', async () => {
  const page = await open('/glossary/kvcache');
  const formula = page.locator('.katex-display .katex-html').first();
  assert.ok(await formula.isVisible(), 'a display formula is visible');
  const fontFamily = await formula.locator('.mord').first().evaluate((el) => getComputedStyle(el).fontFamily);
  assert.match(fontFamily, /KaTeX/);
  assert.ok(site.session.requests.some((u) => u.startsWith(site.server.origin) && /KaTeX_.*\.woff2/.test(u)), 'a KaTeX font was loaded from the site');
  await page.close();
});

test('an alias URL redirects to the entry', async () => {
  const page = await open('/glossary/mixture-of-experts');
  await page.waitForURL(/\/glossary\/moe$/);
  assert.match(await page.locator('h1').innerText(), /Mixture of Experts/);
  await page.close();
});

test('infoboxes show relations computed from the other side', async () => {
  const page = await open('/docs/people/zheng-weimin');
  const students = page.locator('[data-atlas-infobox] dl div', {hasText: 'Students'});
  assert.match(await students.innerText(), /Jidong Zhai/);
  await page.close();
  const zh = await open('/zh-Hans/docs/systems/mooncake');
  assert.match(await zh.locator('[data-atlas-infobox]').innerText(), /章明星/);
  await zh.close();
});

test('a glossary link shows its definition on hover and on keyboard focus, and Escape hides it', async () => {
  const page = await open('/docs/systems/mooncake');
  const link = page.locator('article a[data-glossary-term="kvcache"]').first();
  await link.hover();
  const tooltip = page.locator('[role="tooltip"]');
  await tooltip.waitFor({state: 'visible'});
  assert.match(await tooltip.innerText(), /KV 缓存/);
  assert.equal(await link.getAttribute('aria-describedby'), await tooltip.getAttribute('id'));
  await page.mouse.move(0, 0);
  await tooltip.waitFor({state: 'detached'});
  await link.focus();
  await tooltip.waitFor({state: 'visible'});
  await page.keyboard.press('Escape');
  await tooltip.waitFor({state: 'detached'});
  await page.close();
});

test('on a touch screen the first tap shows the definition and the second follows the link', async () => {
  const touch = await launch({hasTouch: true, isMobile: true});
  try {
    const page = await touch.newPage();
    await page.goto(`${site.server.origin}/zh-Hans/docs/systems/mooncake`, {waitUntil: 'networkidle'});
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    const link = page.locator('article a[data-glossary-term="kvcache"]').first();
    await link.tap();
    const tooltip = page.locator('[role="tooltip"]');
    await tooltip.waitFor({state: 'visible'});
    assert.match(await tooltip.innerText(), /KV cache/);
    assert.match(page.url(), /\/systems\/mooncake$/);
    await link.tap();
    await page.waitForURL(/\/zh-Hans\/glossary\/kvcache$/);
    assert.deepEqual(touch.errors, []);
  } finally {
    await touch.close();
  }
});

test('the glossary index filters by topic, says how many entries remain, and keeps the filter in the URL', async () => {
  const page = await open('/zh-Hans/glossary');
  const count = page.locator('[aria-live="polite"]');
  assert.match(await count.innerText(), /^共 \d+ 条/);
  const total = await page.locator('dl > div[id]').count();
  await page.getByRole('button', {name: '存储'}).click();
  await page.waitForURL(/\?topic=storage$/);
  const shown = await page.locator('dl > div[id]').count();
  assert.ok(shown > 0 && shown < total, `${shown} of ${total} shown`);
  assert.match(await count.innerText(), new RegExp(`共 ${total} 条，其中 ${shown} 条属于“存储”`));
  assert.equal(await page.getByRole('button', {name: '存储'}).getAttribute('aria-pressed'), 'true');
  await page.close();
});

test('the URLs the README advertises load directly in both locales, filtered after hydration, with no console error', async () => {
  for (const prefix of ['', '/zh-Hans']) {
    const filtered = await open(`${prefix}/glossary?topic=storage`);
    assert.equal(await filtered.getByRole('button', {pressed: true}).count(), 1);
    assert.match(await filtered.locator('[aria-live="polite"]').innerText(), prefix ? /其中 \d+ 条属于/ : /\d+ of \d+ entries on/);
    await filtered.close();
    for (const hash of ['#letter-k', '#kvcache']) {
      const page = await open(`${prefix}/glossary${hash}`);
      assert.equal(await page.locator(hash).count(), 1, `${prefix}/glossary${hash} has its target`);
      await page.close();
    }
    const alias = await open(`${prefix}/glossary/key-value-cache`);
    await alias.waitForURL(new RegExp(`${prefix}/glossary/kvcache$`));
    await alias.close();
  }
  // Errors are collected per session; the last test asserts there were none, this names the cause early.
  assert.deepEqual(site.session.errors.filter((e) => /hydrat|Minified React error/i.test(e)), []);
});

test('a Mermaid diagram is drawn as SVG when scrolled to, with labels in the page language', async () => {
  const page = await open('/zh-Hans/glossary/pd-disaggregation');
  // Until it nears the viewport the diagram is its source text; the renderer loads only then.
  const source = page.locator('main pre').filter({hasText: /^(flowchart|graph|sequenceDiagram)/}).first();
  const farBelow = await source.evaluate((el) => el.getBoundingClientRect().top > window.innerHeight + 250, undefined, {timeout: 2000}).catch(() => false);
  if (farBelow) assert.equal(await page.locator('.docusaurus-mermaid-container').count(), 0, 'a diagram far below the fold is not drawn yet');
  if (await source.count()) await source.scrollIntoViewIfNeeded();
  const svg = page.locator('.docusaurus-mermaid-container svg').first();
  await svg.waitFor({state: 'visible'});
  assert.match((await svg.textContent()) ?? '', /[\u4e00-\u9fff]/);
  await page.close();
});

test('the timeline filters by kind, says how many events remain, and every event can be linked', async () => {
  for (const [prefix, systemsLabel] of [['', 'Systems'], ['/zh-Hans', '系统']] as const) {
    const page = await open(`${prefix}/docs/history/timeline`);
    const events = page.locator('li[data-kind]');
    const total = await events.count();
    assert.ok(total > 50, `${total} events`);
    await page.getByRole('button', {name: systemsLabel, exact: true}).click();
    const shown = await events.count();
    assert.ok(shown > 0 && shown < total, `${shown} of ${total} shown`);
    assert.equal(await page.locator('li[data-kind]:not([data-kind="systems"])').count(), 0);
    await page.close();
  }
  const linked = await open('/docs/history/timeline#document-18');
  assert.equal(await linked.locator('li#document-18').count(), 1);
  assert.match(await linked.locator('li#document-18').innerText(), /2000/);
  await linked.close();
});

test('the lineage draws formal supervision solid and informal relations dashed, each name a link', async () => {
  const page = await open('/docs/history/lineage');
  const zheng = page.locator('[role="region"] a[href="/docs/people/zheng-weimin"]');
  assert.ok((await zheng.count()) >= 1, 'Weimin Zheng is in the tree');
  // Wenguang Chen helped supervise Jidong Zhai: that edge is drawn dashed, never as a formal one.
  const informal = page.locator('li', {has: page.locator('> span a[href="/docs/people/zhai-jidong"]')}).filter({hasText: 'helped supervise'});
  assert.ok((await informal.count()) >= 1, 'the helped-supervise relation is shown and labelled');
  const style = await informal.first().evaluate((li) => getComputedStyle(li, '::before').borderLeftStyle);
  assert.equal(style, 'dashed');
  await page.close();
  const person = await open('/zh-Hans/docs/people/zhai-jidong');
  assert.match(await person.locator('[data-atlas-branch]').innerText(), /郑纬民/);
  await person.close();
});

test('onboarding progress is remembered in the browser, and the answer stays hidden until asked', async () => {
  const step = await open('/zh-Hans/docs/onboarding/memory');
  const answer = step.locator('details').first();
  assert.equal(await answer.getAttribute('open'), null, 'the answer starts hidden');
  await answer.locator('summary').click();
  assert.notEqual(await answer.getAttribute('open'), null);
  const done = step.getByRole('button', {name: /标记本步为已完成/});
  await done.click();
  assert.equal(await step.getByRole('button', {pressed: true}).count(), 1);
  await step.close();
  const overview = await open('/zh-Hans/docs/onboarding');
  assert.match(await overview.locator('[aria-live="polite"]').innerText(), /已完成 1\/6 步/);
  await overview.close();
});

test('the machine-readable glossary is served in both locales', async () => {
  for (const [prefix, locale] of [['', 'en'], ['/zh-Hans', 'zh-Hans']] as const) {
    const response = await fetch(`${site.server.origin}${prefix}/glossary.json`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as {locale: string; count: number; entries: {id: string; url: string; alternates: {url: string}[]}[]};
    assert.equal(body.locale, locale);
    assert.equal(body.count, body.entries.length);
    const moe = body.entries.find((e) => e.id === 'moe');
    assert.ok(moe, 'moe is exported');
    assert.match(moe.url, new RegExp(`${prefix}/glossary/moe$`));
  }
});

test('no page asked any host but the local server, and the console stayed clean', () => {
  const foreign = site.session.requests.filter((u) => !u.startsWith(site.server.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(site.session.errors, []);
});
