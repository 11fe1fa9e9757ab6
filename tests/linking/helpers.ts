/** The atlas's own build output, a copy of the linking fixture site, and the tooltip as a reader meets it. */
import {after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Locator, Page} from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/linking-site');
/** What `npm run build` of the atlas wrote: the linking site is checked against it. */
export const ATLAS_BUILD = path.join(ROOT, 'build');

export interface AtlasEntry {
  id: string;
  term: string;
  definition: string;
  alternates: {locale: string; term: string}[];
}

export function atlasEntry(locale: 'en' | 'zh-Hans', id: string): AtlasEntry {
  const file = path.join(ATLAS_BUILD, locale === 'en' ? '' : locale, 'glossary.json');
  assert.ok(fs.existsSync(file), `${file} is missing: run \`npm run build\` (the atlas) before these tests`);
  const entry = (JSON.parse(fs.readFileSync(file, 'utf8')) as {entries: AtlasEntry[]}).entries.find((e) => e.id === id);
  assert.ok(entry, `the atlas build has no term ${id}`);
  return entry;
}

const made: string[] = [];
after(() => made.forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A copy of the fixture site, resolving packages (remark-atlas-terms among them: a workspace link) from this repository's node_modules. */
export function linkingSite(extraFiles: Record<string, string> = {}): string {
  const dir = tempDir('atlas-linking-');
  fs.cpSync(FIXTURE, dir, {recursive: true, filter: (src) => !/[/\\](node_modules|\.docusaurus|build)$/.test(src)});
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  for (const [file, text] of Object.entries(extraFiles)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

export function buildSite(site: string, args: string[] = []): {status: number | null; output: string; seconds: number} {
  const start = Date.now();
  const result = spawnSync('npx', ['docusaurus', 'build', ...args], {
    cwd: site,
    encoding: 'utf8',
    timeout: 300_000,
    // The bundler's persistent cache would land in the shared node_modules/.cache, beside the atlas's own.
    env: {...process.env, ATLAS_GLOSSARY: path.join(ATLAS_BUILD, 'glossary.json'), DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
  });
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`, seconds: (Date.now() - start) / 1000};
}

/** Hover, keyboard focus and Escape, as the atlas's own tooltip test does; returns the tooltip's text. */
export async function checkTooltip(page: Page, link: Locator): Promise<string> {
  await link.hover();
  const tooltip = page.locator('[role="tooltip"]');
  await tooltip.waitFor({state: 'visible'});
  const text = await tooltip.innerText();
  assert.equal(await link.getAttribute('aria-describedby'), await tooltip.getAttribute('id'));
  await page.mouse.move(0, 0);
  await tooltip.waitFor({state: 'detached'});
  assert.equal(await link.getAttribute('aria-describedby'), null);
  await link.focus();
  await tooltip.waitFor({state: 'visible'});
  assert.equal(await tooltip.innerText(), text);
  await page.keyboard.press('Escape');
  await tooltip.waitFor({state: 'detached'});
  return text;
}

/** The tooltip's background and text colours, as the reader sees them. */
export async function tooltipColours(page: Page, link: Locator): Promise<{background: string; color: string}> {
  await link.hover();
  const tooltip = page.locator('[role="tooltip"]');
  await tooltip.waitFor({state: 'visible'});
  const colours = await tooltip.evaluate((el) => {
    const style = getComputedStyle(el);
    return {background: style.backgroundColor, color: style.color};
  });
  await page.mouse.move(0, 0);
  await tooltip.waitFor({state: 'detached'});
  return colours;
}
