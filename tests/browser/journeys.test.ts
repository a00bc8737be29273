import { describe, expect, test } from 'vitest';
import { useBrowser, watchedPage } from './browser';

const { browser, baseUrl } = useBrowser();

describe('browse: home → template → worked example', () => {
  test('by clicking links, with no console error and no foreign request', async () => {
    const { page, errors, foreign } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: '企业维稳应急预案（群体性上访事件）' }).first().click();
    await expect.poll(() => page.url()).toContain('/templates/enterprise-petition-emergency-plan/');
    expect(await page.locator('.plan-title').textContent()).toContain('【单位名称】');
    await page.getByRole('link', { name: '查看示例' }).click();
    await expect.poll(() => page.url()).toContain('/templates/enterprise-petition-emergency-plan/example/');
    const example = (await page.locator('.plan').textContent()) ?? '';
    expect(example).not.toMatch(/【[^】]+】/);
    expect(example).toContain('领导小组');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});

describe('search: a section of a plan', () => {
  test('集体上访 from the header lists template #1 and the link lands on that heading', async () => {
    const { page, errors, foreign } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('集体上访');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('/search/?q=');
    const sectionLinks = page.locator('.result .section-link[href*="/templates/enterprise-petition-emergency-plan/#"]');
    await sectionLinks.first().waitFor();
    const href = (await sectionLinks.first().getAttribute('href'))!;
    const linkText = (await sectionLinks.first().textContent())!;
    await sectionLinks.first().click();
    await expect.poll(() => page.url()).toContain('/templates/enterprise-petition-emergency-plan/#');
    const id = decodeURIComponent(new URL(href, baseUrl).hash.slice(1));
    const heading = page.locator(`[id="${id}"]`);
    expect(await heading.evaluate((el) => /^H[2-6]$/.test(el.tagName))).toBe(true);
    expect(await heading.textContent()).toContain(linkText.replace(/#$/, '').trim().slice(0, 4));
    // Highlighted, and scrolled into view.
    expect(await heading.evaluate((el) => el.matches(':target, .is-target') && getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)')).toBe(true);
    expect(await heading.evaluate((el) => {
      const { top } = el.getBoundingClientRect();
      return top >= 0 && top < window.innerHeight;
    })).toBe(true);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
