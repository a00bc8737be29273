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
    file: 'src/lib/render/docx-blocks.ts',
    from: "case 'table':\n      return table(node.head, node.rows);",
    to: "case 'table':\n      return [];",
    check: unit('tests/unit/roundtrip.test.ts'),
  },
  {
    name: '.docx flowcharts lose their branches',
    file: 'src/lib/render/docx-flow.ts',
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
    name: 'the search page searches only the first shard of a large site\'s index',
    file: 'src/scripts/pagefind.ts',
    from: 'for (const path of extraShards()) await pagefind.mergeIndex(path, OPTIONS);',
    to: '',
    check: built(['tests/browser/shards.test.ts']),
  },
  {
    name: 'the form gives every work group a deputy',
    file: 'src/lib/form/tree.ts',
    from: "line('副组长', personControls(item.deputy,",
    to: "line('副组长', personControls((item.deputy ??= { name: '', title: '' }),",
    check: unit('tests/unit/form.test.ts'),
  },
  {
    name: '.docx leaves overflowPunct unstated (LibreOffice drops line-end 、，。)',
    file: 'src/lib/render/docx-patch.ts',
    from: `const PARAGRAPH_DEFAULTS = '<w:overflowPunct w:val="1"/><w:snapToGrid w:val="0"/>';`,
    to: `const PARAGRAPH_DEFAULTS = '<w:snapToGrid w:val="0"/>';`,
    check: unit('tests/unit/docx-layout.test.ts', 'tests/unit/docx-office.test.ts'),
  },
  {
    name: 'import takes any JSON object, ours or not',
    file: 'src/lib/storage/backup.ts',
    from: "if (record['format'] !== BACKUP_FORMAT) refuse(NOT_OURS);",
    to: "if (record['format'] === 'x') refuse(NOT_OURS);",
    check: unit('tests/unit/backup.test.ts'),
  },
  {
    name: '另存为 keeps the form\'s own values object (both drafts change together)',
    file: 'src/lib/storage/draft-set.ts',
    from: 'const copy = (content: Content): Content => structuredClone(',
    to: 'const copy = (content: Content): Content => (',
    check: unit('tests/unit/draft-set.test.ts'),
  },
  {
    name: 'a left-out annex leaves the later annexes\' numbers and references as written',
    file: 'src/lib/model/annexes.ts',
    from: "const label = included.length === 1 ? '附件' : `附件${i + 1}`;",
    to: "const label = match?.[1] ?? '附件';",
    check: unit('tests/unit/annexes.test.ts'),
  },
  {
    name: 'an impossible date (2026-02-30) is accepted, rolled over to March',
    file: 'src/lib/parse/schema.ts',
    from: 'return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;',
    to: 'return !Number.isNaN(day.getTime());',
    check: unit('tests/unit/errors.test.ts'),
  },
  {
    name: 'an MDX syntax error (unclosed <Guide>) escapes as the MDX reader\'s own error',
    file: 'src/lib/parse/parse-template.ts',
    from: 'if (!isSyntaxMessage(error)) throw error;',
    to: 'throw error;',
    check: unit('tests/unit/errors.test.ts'),
  },
  {
    name: 'search keeps percent-encoded anchors apart from raw ones (a section listed twice)',
    file: 'src/lib/search/catalog.ts',
    from: 'return `${decode(path)}#${decode(hash)}`;',
    to: 'return `${path}#${hash}`;',
    check: unit('tests/unit/search.test.ts'),
  },
  {
    name: 'search ignores the vocabulary file',
    file: 'src/lib/search/query.ts',
    from: 'splitOn([{ text }], [...terms.keys()],',
    to: 'splitOn([{ text }], [],',
    check: unit('tests/unit/search-query.test.ts', 'tests/unit/search-vocabulary.test.ts'),
  },
  {
    name: 'search excerpts keep stray punctuation at the start',
    file: 'src/lib/search/excerpt.ts',
    from: '?? LEADING_PUNCTUATION.exec(text)?.[0].length ?? 0;',
    to: '?? 0;',
    check: unit('tests/unit/search.test.ts'),
  },
  {
    name: 'plan check: a short unnumbered title line (Word numbering) is no evidence of an element',
    file: 'src/lib/check/rules/elements.ts',
    from: 'const label = isLabel(line.text) ? firstWord(line.text, element.headings) : undefined;',
    to: 'const label = undefined;',
    check: unit('tests/unit/check-evidence.test.ts'),
  },
  {
    name: 'plan check: a table cell is no evidence of an element (处置卡 rows)',
    file: 'src/lib/check/rules/elements.ts',
    from: "if (word) return { how: 'table', at: line.index, word };\n    }",
    to: '}',
    check: unit('tests/unit/check-evidence.test.ts'),
  },
  {
    name: 'plan check: the same finding in many places is listed many times',
    file: 'src/lib/check/check.ts',
    from: 'const findings = mergeRepeats(sortFindings(',
    to: 'const findings = ((x: Finding[]) => x)(sortFindings(',
    check: unit('tests/unit/check-evidence.test.ts'),
  },
  {
    name: 'plan check .docx reader: a list instance with startOverride does not restart its numbering',
    file: 'src/lib/check/read/numbering.ts',
    from: 'for (const [at, start] of num.starts) counters[at] = start - 1;',
    to: '',
    check: unit('tests/unit/check-read.test.ts'),
  },
  {
    name: 'plan check .docx reader: table rows lose their cells (a 处置卡 row is no section)',
    file: 'src/lib/check/read/docx.ts',
    from: "this.out.push({ text: table.cells.join('\\t'), cells: table.cells });",
    to: "this.out.push({ text: table.cells.join('\\t') });",
    check: unit('tests/unit/check-read.test.ts'),
  },
  {
    name: 'plan check .docx reader: open tracked changes are not counted',
    file: 'src/lib/check/read/docx.ts',
    from: 'if (REVISIONS.has(name) && !selfClosing && !this.inRunProperties) this.revisions++;',
    to: '',
    check: unit('tests/unit/check-read.test.ts'),
  },
  {
    name: 'plan check .txt reader: UTF-16 without a BOM is read as GB18030',
    file: 'src/lib/check/read/encoding.ts',
    from: 'const utf16 = utf16WithoutBom(bytes);',
    to: 'const utf16 = undefined as TextEncoding | undefined;',
    check: unit('tests/unit/check-read.test.ts'),
  },
];
