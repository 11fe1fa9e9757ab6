/**
 * Keyboard-only paths through the interactive parts (run `npm run build` first):
 * the glossary tooltip, the topic filter, the edition and language menus, and
 * the focus ring. Every path starts from the page's top with Tab, as a keyboard
 * user's does, and checks what a screen reader is told (Chromium's accessibility
 * tree: role, name, description, pressed and expanded states).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {useBuiltSite} from './builtSite';

const site = useBuiltSite();

async function open(pathname: string): Promise<Page> {
  const page = await site.session.newPage();
  const response = await page.goto(site.server.origin + pathname);
  assert.equal(response?.status(), 200, `${pathname} answered ${response?.status()}`);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  return page;
}

/** Presses Tab until the focused element is one the (Playwright) selector matches; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, {limit = 60} = {}): Promise<number> {
  const wanted = page.locator(selector);
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await wanted.evaluateAll((els) => els.some((el) => el === document.activeElement))) return presses;
  }
  throw new Error(`${limit} presses of Tab never reached ${selector}; last focus: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`);
}

/** Skips the navbar the way a keyboard user does: Tab to "Skip to main content", then Enter. */
async function skipToContent(page: Page): Promise<void> {
  await tabTo(page, 'a[href="#__docusaurus_skipToContent_fallback"]', {limit: 2});
  await page.keyboard.press('Enter');
}

/** Waits until focus is on the open menu's item with this text. */
async function focusOnItem(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.activeElement?.classList.contains('dropdown__link') && document.activeElement.textContent === t, text, {timeout: 2000});
}

interface Announced {
  role?: string;
  name?: string;
  description?: string;
  pressed?: string;
  expanded?: boolean;
}

/** What Chromium's accessibility tree says about the focused element. */
async function announced(page: Page): Promise<Announced> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const {root} = await cdp.send('DOM.getDocument', {depth: 0});
    const {nodeId} = await cdp.send('DOM.querySelector', {nodeId: root.nodeId, selector: ':focus'});
    assert.ok(nodeId, 'something has focus');
    const {nodes} = await cdp.send('Accessibility.getPartialAXTree', {nodeId, fetchRelatives: false});
    const node = nodes[0]!;
    const property = (name: string) => node.properties?.find((p) => p.name === name)?.value.value as unknown;
    return {
      role: node.role?.value as string | undefined,
      name: node.name?.value as string | undefined,
      description: node.description?.value as string | undefined,
      pressed: property('pressed') as string | undefined,
      expanded: property('expanded') as boolean | undefined,
    };
  } finally {
    await cdp.detach();
  }
}

test('a glossary link, reached with Tab, shows its definition and is described by it; Escape hides it and focus stays', async () => {
  const page = await open('/docs/systems/mooncake');
  await skipToContent(page);
  await tabTo(page, 'a[data-glossary-term]');
  const tooltip = page.locator('[role="tooltip"]');
  await tooltip.waitFor({state: 'visible'});
  const definition = await tooltip.locator('span').last().innerText();
  const said = await announced(page);
  assert.equal(said.role, 'link');
  assert.ok(said.description?.includes(definition), `the link is described by its definition: ${JSON.stringify(said)}`);
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-glossary-term'));
  await page.keyboard.press('Escape');
  await tooltip.waitFor({state: 'detached'});
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-glossary-term')), focused, 'focus stays on the link');
  assert.equal((await announced(page)).description ?? '', '', 'a hidden tooltip describes nothing');
  // Moving on to the next term shows its definition alone.
  await tabTo(page, 'a[data-glossary-term]');
  await tooltip.waitFor({state: 'visible'});
  assert.equal(await tooltip.count(), 1);
  await page.close();
});

test('the topic filter works with Tab and Space, announces pressed buttons and the new count, and keeps focus', async () => {
  const page = await open('/glossary');
  await skipToContent(page);
  await tabTo(page, '[role="group"] button:text-is("Storage")');
  assert.deepEqual(await announced(page), {role: 'button', name: 'Storage', description: undefined, pressed: 'false', expanded: undefined});
  await page.keyboard.press('Space');
  await page.waitForURL(/\?topic=storage$/);
  assert.equal((await announced(page)).pressed, 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Storage', 'focus stays on the button');
  assert.match(await page.locator('[aria-live="polite"]').innerText(), /^\d+ of \d+ entries on “Storage”/);
  // Enter works too, and pressing the pressed button again clears the filter.
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.search === '');
  assert.equal((await announced(page)).pressed, 'false');
  assert.match(await page.locator('[aria-live="polite"]').innerText(), /^\d+ entries/);
  await page.close();
});

test('the edition menu opens with Enter, moves with the arrows, closes with Escape, and follows an item with Enter', async () => {
  const page = await open('/docs/systems/mooncake');
  const toggle = '.navbar__item.dropdown > a[aria-haspopup]:text-is("2025")';
  await tabTo(page, toggle);
  assert.deepEqual(await announced(page), {role: 'button', name: '2025', description: undefined, pressed: undefined, expanded: false});
  await page.keyboard.press('Enter');
  assert.equal((await announced(page)).expanded, true);
  await page.keyboard.press('ArrowDown');
  await focusOnItem(page, 'Next');
  await page.keyboard.press('ArrowDown');
  await focusOnItem(page, '2025');
  await page.keyboard.press('ArrowDown');
  await focusOnItem(page, 'Next');
  await page.keyboard.press('Escape');
  assert.deepEqual(await announced(page), {role: 'button', name: '2025', description: undefined, pressed: undefined, expanded: false}, 'Escape closes and returns to the button');
  await page.locator('.dropdown__menu:has-text("Next")').waitFor({state: 'hidden'});
  // Tab into the open menu works as well as the arrows.
  await page.keyboard.press('Space');
  await page.locator('.dropdown__menu:has-text("Next")').waitFor({state: 'visible'});
  await tabTo(page, '.dropdown__link:text-is("Next")', {limit: 1});
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/docs\/next\/systems\/mooncake$/);
  await page.close();
});

test('the language menu opens by keyboard, names each language in its own language, and switches with Enter', async () => {
  const page = await open('/docs/systems/mooncake');
  await tabTo(page, '.navbar__item.dropdown > a[aria-haspopup]:has(svg)');
  const said = await announced(page);
  assert.equal(said.role, 'button');
  assert.equal(said.name, 'English');
  assert.equal(said.expanded, false);
  await page.keyboard.press('ArrowDown');
  await focusOnItem(page, 'English');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('lang')), 'en');
  await page.keyboard.press('ArrowUp');
  await focusOnItem(page, '简体中文');
  // A screen reader pronounces the item in Chinese.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('lang')), 'zh-Hans');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/zh-Hans\/docs\/systems\/mooncake$/);
  await page.close();
});

test('keyboard focus is always visible: every stop from the top of a page through its content has a focus ring', async () => {
  for (const [pathname, scheme] of [['/glossary', 'light'], ['/zh-Hans/docs/people/zheng-weimin', 'dark']] as const) {
    const page = await open(pathname);
    await page.emulateMedia({colorScheme: scheme});
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        const width = parseFloat(style.outlineWidth);
        const visible = style.outlineStyle !== 'none' && width >= 2 && !/rgba\(.*, 0\)$|transparent/.test(style.outlineColor);
        return {what: el.outerHTML.slice(0, 100), visible};
      });
      if (!ring) continue;
      seen.add(ring.what);
      assert.ok(ring.visible, `${pathname} (${scheme}): focus on ${ring.what} shows no ring`);
    }
    assert.ok(seen.size > 20, `${pathname}: Tab reached ${seen.size} stops`);
    await page.close();
  }
});

test('the keyboard paths logged no console error', () => {
  assert.deepEqual(site.session.errors, []);
});
