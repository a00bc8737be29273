import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/**
 * global.css holds tokens, resets, the layout shell, classes shared by several components and the
 * page-wide print rules; every component and page styles its own markup in its `<style>` block.
 * These tests keep it that way.
 */
const GLOBAL = 'src/styles/global.css';
/** Room for a few more shared rules, not for a component's styles moving back. */
const GLOBAL_LINE_BUDGET = 360;

const withoutComments = (css: string): string => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** The CSS without its `@media print { … }` blocks: the page-wide print list names many components on purpose. */
function withoutPrint(css: string): string {
  let out = css;
  for (let start = out.search(/@media print\s*\{/); start !== -1; start = out.search(/@media print\s*\{/)) {
    let depth = 0;
    let end = out.indexOf('{', start);
    for (; end < out.length; end++) {
      if (out[end] === '{') depth++;
      else if (out[end] === '}' && --depth === 0) break;
    }
    out = out.slice(0, start) + out.slice(end + 1);
  }
  return out;
}

/** Every selector of a stylesheet (at-rule preludes left out). */
const selectorsOf = (css: string): string[] =>
  [...withoutPrint(withoutComments(css)).matchAll(/([^{};]+)\{/g)]
    .map((match) => match[1]!.trim())
    .filter((prelude) => !prelude.startsWith('@'))
    .flatMap((prelude) => prelude.split(',').map((selector) => selector.trim()));

const classesIn = (selector: string): string[] => [...selector.matchAll(/\.([\w-]+)/g)].map((match) => match[1]!);

/** The classes a component's or page's `<style>` blocks are about: those of each selector's first compound. */
function ownedClasses(): Map<string, string> {
  const owners = new Map<string, string>();
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.astro'));
  for (const file of files) {
    const source = readFileSync(join('src', file), 'utf8');
    for (const [, css] of source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
      for (const selector of selectorsOf(css!)) {
        const first = selector.replace(/^:global\(/, '').split(/\s+|\s*[>+~]\s*/)[0]!;
        for (const name of classesIn(first)) owners.set(name, file);
      }
    }
  }
  return owners;
}

test(`global.css stays within its budget of ${GLOBAL_LINE_BUDGET} lines`, () => {
  const lines = readFileSync(GLOBAL, 'utf8').trimEnd().split('\n').length;
  expect(lines).toBeLessThanOrEqual(GLOBAL_LINE_BUDGET);
});

test('global.css has no rules for classes whose component or page styles them (print list aside)', () => {
  const owners = ownedClasses();
  // The test can see ownership: the plan bar, the site header and the search results are styled where they are made.
  expect([owners.get('plan-bar'), owners.get('site-header'), owners.get('result')]).toEqual(['components/PlanBar.astro', 'components/SiteHeader.astro', 'pages/search/index.astro']);
  const misplaced = selectorsOf(readFileSync(GLOBAL, 'utf8'))
    .flatMap((selector) => classesIn(selector).filter((name) => owners.has(name)).map((name) => `${selector} (styled in ${owners.get(name)})`));
  expect(misplaced).toEqual([]);
});

test('the print list hides only what the screen shows around the plan; the plan itself is styled in PlanView', () => {
  const global = withoutComments(readFileSync(GLOBAL, 'utf8'));
  expect(global).not.toMatch(/\.plan[\s{,.]/);
  expect(readFileSync('src/components/PlanView.astro', 'utf8')).toMatch(/@media print \{\s*\.plan > \.sec\.level-1/);
});
