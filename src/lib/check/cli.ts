import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { entryOf, failedEntry, verdictOf, type BatchEntry } from '../review/batch';
import { expandPaths, writeOutputs, type OutputFile } from '../review/command';
import { batchToCsv, batchToMarkdown, batchToTable } from '../review/export';
import { checkPlan } from './check';
import { loadRules } from './load';
import { MAX_FILE_BYTES, READ_MESSAGES, readPlanFile } from './read/file';
import { NODE_READERS } from './read/node';
import { reportToJson, type JsonResult } from './show/json';
import { reportToMarkdown } from './show/markdown';
import { reportToPlainText } from './show/plain';
import type { Report, Rules } from './types';

/** The command's launcher (scripts/check-plan.mjs) keeps the loaded rules between runs. */
export { loadRules };

const USAGE = `用法：npm run check-plan -- [--format text|table|json|md|csv] [--out 文件夹] [--review-form] [--kind 类型] 文件或文件夹...
  --format 格式   text：每份一段报告（默认）；table：一行一份的汇总表；json：JSON 数组；md：全部报告合成一份 Markdown；csv：汇总表（UTF-8 带 BOM，Excel 可直接打开）
  --json         同 --format json
  --out 文件夹    每份文件写一份报告（.md），另写汇总表（汇总.csv、汇总.md）和各单位的评审意见（.docx）
  --review-form  另为每份生产安全事故应急预案写评审表（.docx），需要与 --out 一起使用
  --kind 类型     不自动识别，按指定类型检查：`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const FORMATS = ['text', 'table', 'json', 'md', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface Args {
  format: Format;
  kind?: string;
  out?: string;
  reviewForm: boolean;
  files: string[];
}

/** `--name value` or `--name=value`; returns the value and how many arguments it took. */
function optionValue(argv: string[], i: number, name: string): { value: string | undefined; used: number } | undefined {
  const arg = argv[i]!;
  if (arg === name) return { value: argv[i + 1], used: 2 };
  if (arg.startsWith(`${name}=`)) return { value: arg.slice(name.length + 1), used: 1 };
  return undefined;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { format: 'text', reviewForm: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const kind = optionValue(argv, i, '--kind');
    const format = optionValue(argv, i, '--format');
    const out = optionValue(argv, i, '--out');
    if (arg === '--json') args.format = 'json';
    else if (arg === '--review-form') args.reviewForm = true;
    else if (kind) {
      if (!kind.value) return '--kind 后面要写预案类型。';
      args.kind = kind.value;
      i += kind.used - 1;
    } else if (format) {
      if (!FORMATS.includes(format.value as Format)) return `--format 只能是 ${FORMATS.join('、')} 之一。`;
      args.format = format.value as Format;
      i += format.used - 1;
    } else if (out) {
      if (!out.value) return '--out 后面要写输出文件夹。';
      args.out = out.value;
      i += out.used - 1;
    }
    else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('--')) return `不认识的选项：${arg}`;
    else args.files.push(arg);
  }
  if (args.reviewForm && !args.out) return '--review-form 要与 --out 一起使用：评审表写到输出文件夹里。';
  return args.files.length === 0 ? '请给出至少一个要检查的文件。' : args;
}

interface Checked {
  result: JsonResult;
  text: string;
  failed: boolean;
  errors: boolean;
  entry: BatchEntry;
  /** The report's Markdown, for --out. */
  markdown: string;
  report?: Report;
}

async function checkFile(file: string, rules: Rules, kind: string | undefined, today: Date): Promise<Checked> {
  const checked = await checkOne(file, rules, kind, today);
  const entry = checked.report ? entryOf(file, checked.report) : failedEntry(file, 'error' in checked.result ? checked.result.error : '');
  // Keys are only ever added to the documented JSON: verdict, unit and date come last.
  const result = { ...checked.result, verdict: verdictOf(entry), unit: entry.unit, date: entry.date };
  const markdown = checked.report ? reportToMarkdown(checked.report, { file }) : `# 预案体检报告\n\n- 文件：${file}\n- 无法读取：${entry.ok ? '' : entry.error}\n`;
  return { ...checked, result, entry, markdown };
}

async function checkOne(file: string, rules: Rules, kind: string | undefined, today: Date): Promise<Omit<Checked, 'entry' | 'markdown'>> {
  let bytes: Uint8Array;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) throw new RangeError(READ_MESSAGES.tooLarge);
    bytes = readFileSync(file);
  } catch (error) {
    const message = error instanceof RangeError ? error.message : '找不到这个文件，或者没有读取权限。';
    return { result: { file, error: message }, text: `== ${file}\n无法读取：${message}\n`, failed: true, errors: false };
  }
  const read = await readPlanFile(basename(file), bytes, NODE_READERS);
  if (!read.ok) return { result: { file, error: read.message }, text: `== ${file}\n无法读取：${read.message}\n`, failed: true, errors: false };
  const report = checkPlan(read.paragraphs, rules, { kind, today, read: read.info });
  return { result: reportToJson(report, file), text: reportToPlainText(report, file), failed: false, errors: report.counts.error > 0, report };
}

function formatted(format: Format, results: Checked[]): string {
  const entries = results.map((r) => r.entry);
  switch (format) {
    case 'json':
      return `${JSON.stringify(results.map((r) => r.result), null, 2)}\n`;
    case 'table':
      return batchToTable(entries);
    case 'md':
      return batchToMarkdown(entries);
    case 'csv':
      return batchToCsv(entries);
    default:
      return results.map((r) => r.text).join('\n');
  }
}

/**
 * `npm run check-plan -- [--format F] [--out DIR] [--review-form] [--kind KIND] FILE|DIR...`.
 * Exit code: 2 when a file could not be read, else 1 when some file has errors, else 0.
 */
export async function main(argv: string[], io: Io, options: { root?: string; today?: Date; rules?: Rules; write?: (file: OutputFile) => void } = {}): Promise<number> {
  const rules = options.rules ?? loadRules(options.root);
  const kinds = rules.kinds.map((k) => `${k.id}（${k.name}）`).join('、');
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`${args ? `${args}\n` : ''}${USAGE}${kinds}\n`);
    return 2;
  }
  if (args.kind && !rules.kinds.some((k) => k.id === args.kind || k.name === args.kind)) {
    io.err(`不认识的预案类型：${args.kind}。可用：${kinds}\n`);
    return 2;
  }
  const today = options.today ?? new Date();
  const results = [];
  for (const file of expandPaths(args.files)) results.push(await checkFile(file, rules, args.kind, today));
  io.out(formatted(args.format, results));
  if (args.out) {
    const written = await writeOutputs(args.out, results, { reviewForm: args.reviewForm, rules, root: options.root, write: options.write });
    io.err(`已写入 ${args.out}：${written} 个文件。\n`);
  }
  if (results.some((r) => r.failed)) return 2;
  return results.some((r) => r.errors) ? 1 : 0;
}
