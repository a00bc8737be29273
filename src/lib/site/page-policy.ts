/**
 * Astro writes the hashes of every inline style and script of the whole site into each page's
 * Content-Security-Policy. With every stylesheet inlined that is 23 hashes (1.2 KB that gzip cannot
 * shrink) on every page. A page needs only the hashes of its own blocks: this narrows each policy to them.
 */
import { createHash } from 'node:crypto';
import { inlineScripts, inlineStyles } from './inline-blocks';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/i;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const isHash = (source: string): boolean => /^'sha(256|384|512)-/.test(source);

/** The hashes a page's own inline blocks need, per directive. */
export function blockHashes(html: string): { 'style-src': string[]; 'script-src': string[] } {
  const styles = inlineStyles(html).map(sha256);
  const scripts = inlineScripts(html).map(sha256);
  return { 'style-src': [...new Set(styles)], 'script-src': [...new Set(scripts)] };
}

/**
 * `html` with its policy's style-src and script-src hashes narrowed to those of its own blocks; other
 * sources and directives are kept as they are. Throws when a block's hash is missing from the policy
 * (the page would break), naming the page.
 */
export function narrowPolicy(html: string, page: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const needed = blockHashes(html);
  const directives = meta[2]!.split(';').map((part) => part.trim()).filter(Boolean);
  const narrowed = directives.map((directive) => {
    const [name, ...sources] = directive.split(/\s+/);
    if (name !== 'style-src' && name !== 'script-src') return directive;
    const own = needed[name];
    const missing = own.filter((hash) => !sources.includes(hash));
    if (missing.length) throw new Error(`${page}: an inline ${name === 'style-src' ? 'style' : 'script'} block's hash ${missing[0]} is not in the page's ${name}; the page would be blocked. Rebuild, and check that nothing rewrites the block after Astro.`);
    return [name, ...sources.filter((source) => !isHash(source) || own.includes(source))].join(' ');
  });
  return html.replace(META, (_, open: string, _policy: string, close: string) => `${open}${narrowed.join('; ')};${close}`);
}
