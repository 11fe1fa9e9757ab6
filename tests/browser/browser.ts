/**
 * Debian's Chromium, driven by playwright-core, with every request and console error recorded.
 * Playwright gives each launch a fresh, empty profile; the flags keep Chromium off the network.
 */
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';

export interface Session {
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** Every URL the browser asked for, from any page. */
  readonly requests: string[];
  /** Console errors and uncaught exceptions, with the page they came from. */
  readonly errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(options: {hasTouch?: boolean; isMobile?: boolean} = {}): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    viewport: options.isMobile ? {width: 390, height: 844} : {width: 1280, height: 900},
    hasTouch: options.hasTouch ?? false,
    isMobile: options.isMobile ?? false,
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const newPage = async () => {
    const page = await context.newPage();
    page.on('console', (msg) => msg.type() === 'error' && errors.push(`${page.url()}: ${msg.text()}`));
    page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
    return page;
  };
  return {
    browser,
    context,
    requests,
    errors,
    newPage,
    close: async () => {
      await browser.close();
    },
  };
}

/**
 * Makes the page's browser ask to save data (navigator.connection.saveData), as a phone on a metered
 * connection does: Docusaurus and our idle prefetch then prefetch nothing, so what the page loads is
 * what it needs. Call before the page's first navigation.
 */
export async function askToSaveData(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'connection', {value: {saveData: true, effectiveType: '4g'}});
  });
}
