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
 * Plans written by a tester who had not read content/check/rules.yaml, with the findings a reviewer
 * would make, written down before the checker was run (tests/fixtures/check-real/expected.json).
 */
const DIR = 'tests/fixtures/check-real';
const TODAY = new Date('2026-11-29T00:00:00');
const rules = loadRules();

interface Expected {
  file: string;
  correct: boolean;
  findings: { severity: string; topic: string; detail: string }[];
}
const EXPECTED = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Expected[];

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
  'leftover-blank': ['leftover-blank'],
  'id-number': ['privacy'],
  revisions: ['open-revisions'],
  'too-large': ['repeated-text'],
};
const READ_TOPICS = new Set(['not-a-plan', 'unreadable', 'scanned-pdf', 'too-large']);

/**
 * Expected findings not reported yet, as "file-prefix topic detail". This list may only shrink: a
 * finding that is now reported must be taken off it.
 */
const KNOWN_MISSES = new Set<string>([]);

/** Correct plans in formats not read yet (may only shrink). */
const KNOWN_UNREAD = new Set<string>([]);

/** The 19 MB text (C07's plan pasted about 6,000 times) is built here instead of being committed. */
function bigText(): Uint8Array {
  const c07 = EXPECTED.find((e) => e.file.startsWith('C07'))!.file;
  const text = decodeTextFile(readFileSync(`${DIR}/out/${c07}`)).text;
  const body = new TextEncoder().encode(text);
  const copies = Math.floor((19 * 1024 * 1024) / body.length) + 1;
  const out = new Uint8Array(body.length * copies);
  for (let i = 0; i < copies; i++) out.set(body, i * body.length);
  return out;
}

async function read(file: string) {
  const bytes = file.startsWith('D16') ? bigText() : new Uint8Array(readFileSync(`${DIR}/out/${file}`));
  return readPlanFile(file, bytes, NODE_READERS);
}

describe.each(EXPECTED)('$file', (expected) => {
  const id = expected.file.slice(0, 3);
  test(expected.correct ? 'is read, and has no error-severity finding' : 'every expected finding is reported', { timeout: 120_000 }, async () => {
    const result = await read(expected.file);
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

describe('files that are not plans', () => {
  test('the command answers each with a Chinese message and exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-real-'));
    const files = EXPECTED.filter((e) => e.file.startsWith('N')).map((e) => {
      const path = join(dir, e.file);
      writeFileSync(path, readFileSync(`${DIR}/out/${e.file}`));
      return path;
    });
    let out = '';
    const code = await main(['--json', ...files], { out: (t) => (out += t), err: () => undefined }, { today: TODAY, rules });
    expect(code).toBe(2);
    for (const result of JSON.parse(out) as { error?: string }[]) expect(result.error).toMatch(/[\u4e00-\u9fff]/);
  });
});
