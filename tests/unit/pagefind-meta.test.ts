import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { chunkWords, decodeCbor } from '../../scripts/pagefind-meta.mjs';

/** CBOR as serde writes Pagefind's metadata: definite lengths, the shortest head for each. */
function encode(value: unknown): Buffer {
  const head = (major: number, n: number): Buffer => {
    if (n < 24) return Buffer.from([(major << 5) | n]);
    if (n < 256) return Buffer.from([(major << 5) | 24, n]);
    const bytes = Buffer.alloc(3);
    bytes[0] = (major << 5) | 25;
    bytes.writeUInt16BE(n, 1);
    return bytes;
  };
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const text = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, text.length), text]);
  }
  if (typeof value === 'boolean') return Buffer.from([value ? 0xf5 : 0xf4]);
  if (Array.isArray(value)) return Buffer.concat([head(4, value.length), ...value.map(encode)]);
  const entries = Object.entries(value as Record<string, unknown>);
  return Buffer.concat([head(5, entries.length), ...entries.flatMap(([k, v]) => [encode(k), encode(v)])]);
}

test('decodeCbor reads what serde writes: integers of every width, strings, arrays, maps, booleans', () => {
  const value = ['1.6.0', [['zh-cn_4684f3e', 4673, '']], [['0000', '三', 'zh-cn_40477c9']], { 单位类型: 300 }, -2, true];
  expect(decodeCbor(encode(value))).toEqual(value);
  expect(decodeCbor(Buffer.from([0x1a, 0x00, 0x01, 0x00, 0x00]))).toBe(65536);
});

const pagefindFile = (value: unknown): Buffer => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode(value)]));

test('chunkWords picks, for each index chunk, a word of it that the segmenter keeps whole (the first often splits: 不无), and names its first word', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'pagefind-meta-'));
  await mkdir(join(folder, 'index'));
  const meta = ['1.6.0', [['zh-cn_4684f3e', 4673, '']], [['0000', '三', 'zh-cn_a'], ['不无', '中列', 'zh-cn_b']], [], [], []];
  await writeFile(join(folder, 'pagefind.zh-cn_904a6976f2268.pf_meta'), pagefindFile(meta));
  await writeFile(join(folder, 'index/zh-cn_a.pf_index'), pagefindFile([[['0000', []], ['0001', []]]]));
  await writeFile(join(folder, 'index/zh-cn_b.pf_index'), pagefindFile([[['不无', []], ['不理想', []], ['专家', []]]]));
  expect(await chunkWords(folder)).toEqual([
    { word: '0001', start: '0000' },
    { word: '专家', start: '不无' },
  ]);
});

test('chunkWords gives no words for files it cannot read', async () => {
  const broken = await mkdtemp(join(tmpdir(), 'pagefind-meta-'));
  await writeFile(join(broken, 'pagefind.zh-cn_1.pf_meta'), gzipSync(Buffer.from('pagefind_dcd\xff')));
  expect(await chunkWords(broken)).toEqual([]);
  expect(await chunkWords(await mkdtemp(join(tmpdir(), 'pagefind-meta-')))).toEqual([]);
});
