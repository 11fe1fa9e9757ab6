/**
 * Every page type in both locales (run `npm run build` first):
 * - offline: loading it, scrolling through it (which draws its diagrams) and
 *   opening a glossary tooltip asks no host but the site's, and logs no console error;
 * - accessible: axe-core finds no violation in light mode, with the touch-target
 *   rule (WCAG 2.2, 24 px) switched on as Lighthouse does, and no contrast fault
 *   in dark mode (which changes colours only).
 * One browser, one page load per page and locale; dark mode is the reader's
 * system preference changing while the page is open, as Docusaurus follows it.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type {Page} from 'playwright-core';
import type {AxeResults, Result, RunOptions} from 'axe-core';
import {useBuiltSite} from './builtSite';
import {LOCALE_PREFIX, PAGE_TYPES, localePath, type Locale} from './pageTypes';

const site = useBuiltSite();

/** One line per failing node: rule, what axe says, and where. */
function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? v.help}\n    at ${n.target.join(' ')}: ${n.html.slice(0, 160)}`))
    .join('\n');
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page as it is now; its script is injected once per page. */
async function axe(page: Page, options: RunOptions): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate((opts) => (window as unknown as {axe: {run(o: RunOptions): Promise<AxeResults>}}).axe.run(opts), options);
  return results.violations;
}

// Every rule axe runs by default, and touch-target size (WCAG 2.2 AA), which Lighthouse checks too.
const ALL_RULES: RunOptions = {rules: {'target-size': {enabled: true}}};
// Dark mode changes colours only: the rules that read them.
const COLOUR_RULES: RunOptions = {runOnly: {type: 'rule', values: ['color-contrast', 'link-in-text-block']}};

/** Scrolls to the bottom in steps, so that whatever loads when seen (diagrams) loads, then back to the top. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
    }
    window.scrollTo(0, 0);
  });
}

for (const {type, path: pagePath} of PAGE_TYPES) {
  for (const locale of Object.keys(LOCALE_PREFIX) as Locale[]) {
    describe(`${type} (${locale})`, () => {
      const url = localePath(pagePath, locale);
      let page: Page;
      const requests: string[] = [];
      const errors: string[] = [];

      before(async () => {
        page = await site.session.context.newPage();
        page.on('request', (r) => requests.push(r.url()));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(e.message));
        const response = await page.goto(site.server.origin + url);
        assert.equal(response?.status(), 200, `${url} answered ${response?.status()}`);
        await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
      });

      after(() => page?.close());

      test('asks no other host and logs no console error, diagrams and tooltips included', async () => {
        await scrollThrough(page);
        // The diagram is drawn once scrolled to, by a renderer that loads only then: both must come from the site.
        if (type === 'term with diagram') await page.locator('.docusaurus-mermaid-container svg').first().waitFor({timeout: 15_000});
        const term = page.locator('main a[data-glossary-term]').first();
        if (await term.count()) {
          await term.focus();
          await page.locator('[role="tooltip"]').waitFor({state: 'visible'});
          await term.blur();
        }
        await page.waitForLoadState('networkidle');
        const foreign = requests.filter((u) => !u.startsWith(`${site.server.origin}/`) && !/^(data|blob):/.test(u));
        assert.deepEqual(foreign, [], `${url} asked another host`);
        assert.deepEqual(errors, [], `${url} logged errors`);
      });

      test('axe finds no violation in light mode', async () => {
        await page.emulateMedia({colorScheme: 'light'});
        await page.locator('html[data-theme="light"]').waitFor({state: 'attached'});
        const violations = await axe(page, ALL_RULES);
        assert.equal(violations.length, 0, `${url} (light):\n${describeViolations(violations)}`);
      });

      test('axe finds no colour contrast violation in dark mode', async () => {
        await page.emulateMedia({colorScheme: 'dark'});
        await page.locator('html[data-theme="dark"]').waitFor({state: 'attached'});
        // Let colour transitions finish before contrast is measured.
        await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
        const violations = await axe(page, COLOUR_RULES);
        assert.equal(violations.length, 0, `${url} (dark):\n${describeViolations(violations)}`);
      });
    });
  }
}
