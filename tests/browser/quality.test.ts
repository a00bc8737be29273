import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { useBrowser, watchedPage } from './browser';

const { browser, baseUrl } = useBrowser();

/** One page of every type, in the state users see it (search with results, the form loaded). */
const PAGES: { type: string; path: string; ready: string; use?: string }[] = [
  { type: 'home', path: '/', ready: 'main h1' },
  { type: 'catalog', path: '/type/school/', ready: 'main h1' },
  { type: 'template', path: '/templates/school-stability-emergency-plan/', use: '#f-orgName', ready: 'plan-page[data-ready]' },
  { type: 'template, unfilled-fields list open', path: '/templates/community-duty-rules/', use: '.missing > summary', ready: '.missing[open] li a' },
  { type: 'example', path: '/templates/school-stability-emergency-plan/example/', ready: 'plan-page .copy-section:not([hidden])' },
  { type: 'response cards', path: '/templates/confined-space-onsite-plan/cards/', ready: '.response-card' },
  { type: 'chooser', path: '/choose/', ready: 'main h1' },
  { type: 'chooser question', path: '/choose/enterprise/accident/', ready: 'main h1' },
  { type: 'chooser result', path: '/choose/community/duty/', ready: 'main h1' },
  { type: 'guide', path: '/guide/', ready: 'main h1' },
  { type: 'search', path: '/search/?q=%E6%8A%A5%E5%91%8A%E6%B5%81%E7%A8%8B', ready: '.results .section-link' },
  { type: '404', path: '/no-such-page/', ready: 'main h1' },
];

describe.each(PAGES)('$type page', ({ type, path, ready, use }) => {
  test('no axe violation, no CSP violation or console error, no request to another origin; also in dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors, foreign } = await watchedPage(browser(), baseUrl, { colorScheme });
      await page.goto(`${baseUrl}${path}`);
      if (use) await page.locator(use).click();
      await page.locator(ready).first().waitFor();
      expect(await axeViolations(page), colorScheme).toEqual([]);
      // The 404 page is served with status 404, which Chromium logs for the document itself.
      expect(errors.filter((e) => !(type === '404' && /status of 404/.test(e)))).toEqual([]);
      expect(foreign).toEqual([]);
      await page.context().close();
    }
  });
});

describe('first paint', () => {
  test('on a phone, before any script runs, a template page lays out the plan and not the form', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    // The page's own module scripts never arrive: what shows is what the HTML and CSS alone paint.
    await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
    await page.goto(`${baseUrl}/templates/school-stability-emergency-plan/`);
    expect(await page.locator('.plan-col').isVisible()).toBe(true);
    expect(await page.locator('.fill-panel').evaluate((panel) => getComputedStyle(panel).display)).toBe('none');
    await context.close();
  });
});

describe('the gates can fail', () => {
  test('axe reports an unlabelled input and an image without alt', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.setContent('<!doctype html><html lang="zh-CN"><title>x</title><main><img src="data:,"><input type="text"></main></html>');
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'label']));
  });

  test('an inline script under the site CSP is refused and reported', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl);
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync('dist/index.html', 'utf8'))![1]!;
    await page.goto(`${baseUrl}/404.html`);
    await page.setContent(`<!doctype html><html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body><script>document.title = 'ran'</script></body></html>`);
    expect(await page.title()).not.toBe('ran');
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
  });

  test('a request to another origin is caught', async () => {
    const { page, foreign } = await watchedPage(browser(), baseUrl);
    await page.setContent('<img alt="" src="http://tracker.invalid/pixel.png">');
    expect(foreign).toEqual(['http://tracker.invalid/pixel.png']);
  });
});

describe('print', () => {
  test.each(['/templates/school-stability-emergency-plan/', '/templates/school-stability-emergency-plan/example/'])('%s prints the plan only', async (path) => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}${path}`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0).length);
    for (const chrome of ['.site-header', '.site-footer', '.breadcrumbs', '.page-head', '.fill-panel', '.plan-bar', '.toc', '.guides-toggle', '.guide', '.copy-section', '.anchor']) {
      expect(await shown(chrome), chrome).toBe(0);
    }
    // Sections laid out only near the screen (content-visibility: auto) are laid out for print once the
    // browser has applied the print rules: on a busy machine that came after the first count (3 of 14).
    await expect.poll(() => shown('.plan h2'), { timeout: 20_000 }).toBeGreaterThan(3);
  });
});
