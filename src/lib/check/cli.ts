import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { checkPlan } from './check';
import { loadRules } from './load';
import * as docxReader from './read/docx';
import { MAX_FILE_BYTES, READ_MESSAGES, readPlanFile } from './read/file';
import { reportToJson, type JsonResult } from './show/json';
import { reportToPlainText } from './show/plain';
import type { Rules } from './types';

const USAGE = `用法：npm run check-plan -- [--json] [--kind 类型] 文件...
  --json        输出一个 JSON 数组，每个文件一项
  --kind 类型    不自动识别，按指定类型检查：`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

interface Args {
  json: boolean;
  kind?: string;
  files: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--kind') {
      const value = argv[++i];
      if (!value) return '--kind 后面要写预案类型。';
      args.kind = value;
    } else if (arg.startsWith('--kind=')) args.kind = arg.slice('--kind='.length);
    else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('--')) return `不认识的选项：${arg}`;
    else args.files.push(arg);
  }
  return args.files.length === 0 ? '请给出至少一个要检查的文件。' : args;
}

async function checkFile(file: string, rules: Rules, kind: string | undefined, today: Date): Promise<{ result: JsonResult; text: string; failed: boolean; errors: boolean }> {
  let bytes: Uint8Array;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) throw new RangeError(READ_MESSAGES.tooLarge);
    bytes = readFileSync(file);
  } catch (error) {
    const message = error instanceof RangeError ? error.message : '找不到这个文件，或者没有读取权限。';
    return { result: { file, error: message }, text: `== ${file}\n无法读取：${message}\n`, failed: true, errors: false };
  }
  const read = await readPlanFile(basename(file), bytes, { docx: () => Promise.resolve(docxReader) });
  if (!read.ok) return { result: { file, error: read.message }, text: `== ${file}\n无法读取：${read.message}\n`, failed: true, errors: false };
  const report = checkPlan(read.paragraphs, rules, { kind, today, read: read.info });
  return { result: reportToJson(report, file), text: reportToPlainText(report, file), failed: false, errors: report.counts.error > 0 };
}

/**
 * `npm run check-plan -- [--json] [--kind KIND] FILE...`. Exit code: 2 when a file could not be
 * read, else 1 when some file has errors, else 0.
 */
export async function main(argv: string[], io: Io, options: { root?: string; today?: Date; rules?: Rules } = {}): Promise<number> {
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
  for (const file of args.files) results.push(await checkFile(file, rules, args.kind, today));
  if (args.json) io.out(`${JSON.stringify(results.map((r) => r.result), null, 2)}\n`);
  else io.out(results.map((r) => r.text).join('\n'));
  if (results.some((r) => r.failed)) return 2;
  return results.some((r) => r.errors) ? 1 : 0;
}
