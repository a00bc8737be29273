import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lib/check/check';
import { main } from '../../src/lib/check/cli';
import { loadRules } from '../../src/lib/check/load';
import { decodeTextFile } from '../../src/lib/check/read/encoding';
import { readPlanFile } from '../../src/lib/check/read/file';
import { NODE_READERS } from '../../src/lib/check/read/node';
import { reportToJson } from '../../src/lib/check/show/json';

/**
 * Plans written by testers who had not read content/check/rules.yaml, with the findings a reviewer
 * would make, written down before the checker was run (expected.json in each folder below).
 */
const TODAY = new Date('2026-11-29T00:00:00');
const rules = loadRules();

interface Expected {
  file: string;
  correct: boolean;
  findings: { severity: string; topic: string; detail: string }[];
}

/** The tester's topics → the checker's rule ids. Read problems are answered by the reader's message. */
const RULES: Record<string, string[]> = {
  'missing-element': ['missing-element'],
  'report-limit': ['report-limit', 'no-report-limit', 'missing-element'],
  'superseded-basis': ['superseded-basis'],
  'old-agency': ['old-agency'],
  'response-levels': ['response-levels'],
  'petition-limit': ['petition-limit'],
  wording: ['petition-wording', 'improper-wording'],
  'warning-colours': ['warning-colours'],
  'stale-slogan': ['stale-wording'],
  'stale-date': ['stale-date'],
  'drill-frequency': ['drill-frequency'],
  'outdated-heading': ['outdated-heading'],
  'leftover-blank': ['leftover-blank'],
  'id-number': ['privacy'],
  revisions: ['open-revisions'],
  'too-large': ['repeated-text'],
};
const READ_TOPICS = new Set(['not-a-plan', 'unreadable', 'scanned-pdf', 'too-large']);

interface Corpus {
  dir: string;
  /**
   * Expected findings not reported yet, as "file-prefix topic detail". This list may only shrink: a
   * finding that is now reported must be taken off it.
   */
  knownMisses: string[];
  /** Correct plans in formats not read yet (may only shrink). */
  knownUnread: string[];
}

const CORPORA: Corpus[] = [
  { dir: 'tests/fixtures/check-real', knownMisses: [], knownUnread: [] },
  {
    dir: 'tests/fixtures/check-real-2',
    knownMisses: [],
    knownUnread: [],
  },
];

const expectedIn = (dir: string): Expected[] => JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as Expected[];

/** The 19 MB text (C07's plan pasted about 6,000 times) is built here instead of being committed. */
function bigText(dir: string): Uint8Array {
  const c07 = expectedIn(dir).find((e) => e.file.startsWith('C07'))!.file;
  const text = decodeTextFile(readFileSync(`${dir}/out/${c07}`)).text;
  const body = new TextEncoder().encode(text);
  const copies = Math.floor((19 * 1024 * 1024) / body.length) + 1;
  const out = new Uint8Array(body.length * copies);
  for (let i = 0; i < copies; i++) out.set(body, i * body.length);
  return out;
}

async function read(dir: string, file: string) {
  const bytes = file.startsWith('D16') ? bigText(dir) : new Uint8Array(readFileSync(`${dir}/out/${file}`));
  return readPlanFile(file, bytes, NODE_READERS);
}

describe.each(CORPORA)('$dir', ({ dir, knownMisses, knownUnread }) => {
  const KNOWN_MISSES = new Set(knownMisses);
  const KNOWN_UNREAD = new Set(knownUnread);
  const EXPECTED = expectedIn(dir);

  describe.each(EXPECTED)('$file', (expected) => {
    const id = expected.file.slice(0, 3);
    test(expected.correct ? 'is read, and has no error-severity finding' : 'every expected finding is reported', { timeout: 120_000 }, async () => {
      const result = await read(dir, expected.file);
      if (expected.correct) {
        expect(result.ok, result.ok ? '' : result.message).toBe(!KNOWN_UNREAD.has(id));
        if (!result.ok) return;
        const report = checkPlan(result.paragraphs, rules, { today: TODAY, read: result.info });
        expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
        return;
      }
      const json = result.ok ? reportToJson(checkPlan(result.paragraphs, rules, { today: TODAY, read: result.info }), expected.file) : undefined;
      const misses: string[] = [];
      for (const { topic, detail } of expected.findings) {
        const byReader = !result.ok && READ_TOPICS.has(topic) && result.message.includes(detail);
        const byChecker =
          json !== undefined &&
          'findings' in json &&
          json.findings.some((f) => (RULES[topic] ?? []).includes(f.rule) && [f.message, f.where ?? '', ...(f.alsoAt ?? [])].some((text) => text.includes(detail)));
        if (!byReader && !byChecker) misses.push(`${id} ${topic} ${detail}`);
      }
      if (process.env["PRINT_MISSES"]) for (const miss of misses) appendFileSync(process.env["PRINT_MISSES"], `${miss}\n`);
      const listed = [...KNOWN_MISSES].filter((miss) => miss.startsWith(`${id} `));
      expect(misses.sort(), result.ok ? JSON.stringify(json, null, 1).slice(0, 3000) : result.message).toEqual(listed.sort());
    });
  });

  describe.runIf(EXPECTED.some((e) => e.file.startsWith('N')))('files that are not plans', () => {
    test('the command answers each with a Chinese message and exit code 2', async () => {
      const tmp = mkdtempSync(join(tmpdir(), 'check-real-'));
      const files = EXPECTED.filter((e) => e.file.startsWith('N')).map((e) => {
        const path = join(tmp, e.file);
        writeFileSync(path, readFileSync(`${dir}/out/${e.file}`));
        return path;
      });
      let out = '';
      const code = await main(['--json', ...files], { out: (t) => (out += t), err: () => undefined }, { today: TODAY, rules });
      expect(code).toBe(2);
      for (const result of JSON.parse(out) as { error?: string }[]) expect(result.error).toMatch(/[\u4e00-\u9fff]/);
    });
  });
});
