/**
 * The inline blocks of a built page, read in one place for the CSP narrowing, the dist gates and the
 * size budgets. Data blocks (application/json, ld+json) are not run, so they are neither scripts for
 * CSP nor JavaScript for the budget. No imports: build scripts load this file with Node's type stripping.
 */
const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const SCRIPT_BLOCK = /<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const DATA_TYPE = /\stype="application\/(?:ld\+)?json"/;

/** The text of every inline <style> block, in page order. */
export const inlineStyles = (html: string): string[] => [...html.matchAll(STYLE_BLOCK)].map((m) => m[1]!);

/** The text of every inline script the browser runs, in page order (empty ones included). */
export const inlineScripts = (html: string): string[] =>
  [...html.matchAll(SCRIPT_BLOCK)].filter((m) => !DATA_TYPE.test(m[1]!)).map((m) => m[2]!);

/** `html` without its inline <style> blocks (the budgets count them as CSS, not HTML). */
export const withoutStyles = (html: string): string => html.replace(STYLE_BLOCK, '');
