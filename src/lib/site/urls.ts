// Every URL of the site is built here, so the site works under a sub-path: `PLAN_BASE=/yuan/ npm run
// build` (Astro's `base`) serves it from https://host/yuan/. Vite replaces import.meta.env.BASE_URL
// at build time in pages and in browser code alike; Vitest gives '/', and plain Node (scripts that
// import the checker) has no import.meta.env at all.

/** Ensures one trailing slash: '/yuan' and '/yuan/' both give '/yuan/'. */
export const withSlash = (path: string): string => path.replace(/\/*$/, '/');

/** The site's base path: '/' or, e.g., '/yuan/'. */
export const BASE: string = withSlash((import.meta.env as ImportMetaEnv | undefined)?.BASE_URL ?? '/');

/** A path inside the site ('guide/', '/check/rules.json') as a URL from the server's root, with the base. */
export const siteUrl = (path = '', base: string = BASE): string => `${withSlash(base)}${path.replace(/^\/+/, '')}`;

/** The template page of a slug. */
export const templateUrl = (slug: string, base: string = BASE): string => siteUrl(`templates/${slug}/`, base);

/** The filled example of a template. */
export const exampleUrl = (slug: string, base: string = BASE): string => `${templateUrl(slug, base)}example/`;

/**
 * A root-absolute link written by an author ('/templates/x/' in the guide's Markdown) with the base;
 * other links ('#id', 'https://…', '//host/', relative ones) are left alone.
 */
export const withBase = (href: string, base: string = BASE): string => (/^\/(?!\/)/.test(href) ? siteUrl(href, base) : href);
