// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingAnchors } from './src/lib/render/rehype-heading-anchors.ts';
import { pagePolicies } from './src/lib/site/page-policy-integration.ts';
import { rehypeBaseLinks } from './src/lib/site/rehype-base-links.ts';

// The path the site is served under: PLAN_BASE=/yuan/ for https://host/yuan/ (deploy/README.md).
const base = (process.env.PLAN_BASE ?? '/').replace(/\/*$/, '/');

export default defineConfig({
  // Moved component styles keep the specificity they had in global.css, so the cascade is unchanged.
  scopedStyleStrategy: 'where',
  base,
  trailingSlash: 'always',
  // Styles are inlined (each block hashed in the CSP): no stylesheet request stands between the HTML
  // and the first paint, and a page paints its head while the rest is still being parsed.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The plan check's PDF reader is pdf.js (1.6 MB minified, 0.47 MB gzip), a chunk loaded only when
  // a PDF is opened; every other chunk stays far below Vite's 500 KB warning.
  vite: { build: { chunkSizeWarningLimit: 1_700 } },
  markdown: {
    // Plans and the guide hold no code; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // remark (not the default Sätteri) so the guide is read by the same GFM parser as templates.
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors, [rehypeBaseLinks, { base }]],
      smartypants: false,
    }),
  },
  integrations: [mdx(), pagePolicies()],
  security: {
    // A strict policy in a <meta> tag: hashes for Astro's scripts and styles, nothing inline
    // otherwise, and only the site's own origin. Pagefind compiles WebAssembly in a same-origin worker.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
