/** Drives the search dialog the way a reader does, for the browser tests and the evaluation. */
import type {Page} from 'playwright-core';

export const SEARCH_INPUT = 'dialog input[role="combobox"]';

/** Opens the dialog with Ctrl+K (waiting for hydration first) and returns its input. */
export async function openSearch(page: Page) {
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await page.keyboard.press('Control+k');
  const input = page.locator(SEARCH_INPUT);
  await input.waitFor({state: 'visible', timeout: 10000});
  return input;
}

/**
 * Types a query into the open dialog and returns the pages the results lead to, in order (paths
 * without query or anchor), once the results for exactly this query are shown.
 */
export async function typeQuery(page: Page, query: string): Promise<string[]> {
  const input = page.locator(SEARCH_INPUT);
  await input.fill('');
  await input.pressSequentially(query, {delay: 5});
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector('dialog [role="status"]')?.textContent ?? '';
      const value = (document.querySelector('dialog input[role="combobox"]') as HTMLInputElement | null)?.value;
      return value === q && status !== '' && !/Searching|正在搜索/.test(status);
    },
    query,
    {timeout: 15000},
  );
  return page.locator('dialog [role="option"][data-kind="page"]').evaluateAll((options) => options.map((o) => o.getAttribute('data-search-result') ?? ''));
}
