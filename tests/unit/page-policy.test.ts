import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { blockHashes, narrowPolicy } from '../../src/lib/site/page-policy';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const STYLE = 'body{color:red}';
const SCRIPT = 'console.log(1)';
const OTHER = hash('p{}');
const page = (policy: string) =>
  `<head><meta http-equiv="content-security-policy" content="${policy}"><style>${STYLE}</style></head><body><script type="module">${SCRIPT}</script><script type="application/json" id="d">[1]</script><script src="/a.js"></script></body>`;

describe('each page lists only its own inline blocks in its policy', () => {
  test('hashes are taken from inline styles and run scripts; data blocks and src scripts are left out', () => {
    expect(blockHashes(page(''))).toEqual({ 'style-src': [hash(STYLE)], 'script-src': [hash(SCRIPT)] });
  });

  test("other pages' hashes are dropped; other sources and directives stay", () => {
    const policy = `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(SCRIPT)} ${OTHER}; style-src 'self' ${OTHER} ${hash(STYLE)};`;
    const narrowed = /content="([^"]+)"/.exec(narrowPolicy(page(policy), 'index.html'))![1];
    expect(narrowed).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(SCRIPT)}; style-src 'self' ${hash(STYLE)};`);
  });

  test('a block whose hash the policy lacks fails the build, naming the page', () => {
    const policy = `script-src 'self' ${hash(SCRIPT)}; style-src 'self' ${OTHER};`;
    expect(() => narrowPolicy(page(policy), 'guide/index.html')).toThrow(/guide\/index\.html: an inline style block's hash 'sha256-.*' is not in the page's style-src/);
  });

  test('a page without a policy is left as it is', () => {
    expect(narrowPolicy('<p>x</p>', 'a.html')).toBe('<p>x</p>');
  });
});
