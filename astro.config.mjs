// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingAnchors } from './src/lib/rehype-heading-anchors.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // remark (not the default Sätteri) so the guide is read by the same GFM parser as templates.
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors],
      smartypants: false,
    }),
  },
  integrations: [mdx()],
});
