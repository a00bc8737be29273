import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export { CHROMIUM_PATH };

export interface Watched {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  errors: string[];
  /** Requests to any origin other than the site's own. */
  foreign: string[];
}

/**
 * A path of the site as its links write it: '/check/' at the root, '/yuan/check/' when the site is
 * built for and served under /yuan/.
 */
export const sitePath = (path: string): string => `${new URL(inject('baseUrl')).pathname.replace(/\/$/, '')}${path}`;

/** One Chromium for a test file, closed after it. */
export function useBrowser(): { browser: () => Browser; baseUrl: string } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return { browser: () => browser!, baseUrl: inject('baseUrl') };
}

/** A new page that records errors and requests leaving the site's origin. */
export async function watchedPage(browser: Browser, baseUrl: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Watched> {
  // The site's service worker is blocked unless a test asks for it: requests it answered would not
  // reach page.route(), which tests use to make loads fail.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', ...options });
  // Playwright's 30 s default for waits and actions is too close on a loaded 2-core machine.
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning' && /Content.Security.Policy/i.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return { page, errors, foreign };
}

/**
 * Runs `click`, which starts a download; answers 仍然下载 when the page first warns about unfilled
 * fields, and saves the file into a new temporary folder under its suggested name.
 */
export async function downloadAnyway(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const downloading = page.waitForEvent('download');
  await click();
  const dialog = page.locator('dialog.confirm-download');
  // Both racers settle into values, so the loser can never reject unobserved: a dialog that never
  // comes (its wait times out, or the page closes) is `false`, a failed download is rethrown below.
  const warned = dialog.waitFor().then(
    () => true,
    () => false,
  );
  const first = await Promise.race([downloading.then(() => 'download' as const, () => 'download' as const), warned.then((shown) => (shown ? ('dialog' as const) : ('download' as const)))]);
  if (first === 'dialog') await dialog.getByRole('button', { name: '仍然下载' }).click();
  const download = await downloading;
  const path = join(mkdtempSync(join(tmpdir(), 'plan-download-')), download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path };
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Picks files through the browser's file chooser, which `open` (a click or a key press) brings up. */
export async function pickFiles(page: Page, open: () => Promise<unknown>, files: string | string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), open()]);
  await chooser.setFiles(files);
}

/**
 * Reads `read()` until `done` holds or `timeout` ms pass, and returns the last value read, for the
 * test to assert on. A broken feature then fails on that plain assertion, fast and saying what it
 * saw; an `expect.poll` that gives up is reported as a bare Error, which the mutation check does
 * not count as an assertion, and a Playwright wait would run into the test's timeout.
 */
export async function settled<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout = 30_000): Promise<T> {
  await expect.poll(async () => done(await read()), { timeout }).toBe(true).catch(() => undefined);
  return read();
}
