// Deliberate breakages that `npm test` must catch, each with the tests that catch it.
// `npm run test:mutations` applies each to a copy of the project and expects its check to fail.
// When code moves, a mutation whose `from` text no longer occurs exactly once fails as stale:
// update it here rather than deleting it.

/** Vitest unit test files. */
const unit = (...files) => ({ config: 'tests/vitest.unit.config.ts', files });
/** A build, then tests of the built site (optionally filtered by test name). */
const built = (files, name) => ({ config: 'tests/vitest.browser.config.ts', files, name, build: true });

export const MUTATIONS = [
  {
    name: 'HTML renderer drops tables',
    file: 'src/lib/render/html.ts',
    from: "case 'table':\n      return h('div', { class: 'table-wrap' }",
    to: "case 'table':\n      return h('div', {});\n      return h('div', { class: 'table-wrap' }",
    check: unit('tests/unit/roundtrip.test.ts'),
  },
  {
    name: '.md renderer drops tables',
    file: 'src/lib/render/markdown.ts',
    from: "case 'table':\n      return table(node.head, node.rows);",
    to: "case 'table':\n      return '';",
    check: unit('tests/unit/roundtrip.test.ts'),
  },
  {
    name: '.txt renderer drops tables',
    file: 'src/lib/render/text.ts',
    from: "case 'table':\n      return [node.head, ...node.rows]",
    to: "case 'table':\n      return [];\n      return [node.head, ...node.rows]",
    check: unit('tests/unit/roundtrip.test.ts'),
  },
  {
    name: '.docx renderer drops tables',
    file: 'src/lib/render/docx.ts',
    from: "case 'table':\n      return table(node.head, node.rows);",
    to: "case 'table':\n      return [];",
    check: unit('tests/unit/roundtrip.test.ts'),
  },
  {
    name: '.docx flowcharts lose their branches',
    file: 'src/lib/render/docx.ts',
    from: 'const branches = step.branches.map(',
    to: 'const branches = [].map(',
    check: unit('tests/unit/roundtrip.test.ts'),
  },
  {
    name: 'the site loses its CSP (Content-Security-Policy)',
    file: 'astro.config.mjs',
    from: '  security: {',
    to: '  security: undefined && {',
    check: built(['tests/browser/dist-gates.test.ts'], 'Content-Security-Policy'),
  },
  {
    name: 'the form gives every work group a deputy',
    file: 'src/lib/form/tree.ts',
    from: "line('副组长', personControls(item.deputy,",
    to: "line('副组长', personControls((item.deputy ??= { name: '', title: '' }),",
    check: unit('tests/unit/form.test.ts'),
  },
];
