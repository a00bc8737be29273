import type { Finding, LegalBasis, Line, Outline } from '../types';
import { normalizeCode } from './text';

const CITATION = /《([^《》\n]{2,60})》/g;
/** Titles that name a law, regulation, standard or official document (not a plan of another body). */
const NORMATIVE = /(法|条例|规定|办法|导则|标准|指南|意见|通知|决定|细则|规则|纲要|准则)$/;
/** Words that make a sentence a statement of the plan's legal basis. */
const BASIS_CONTEXT = /依据|根据|按照|遵照|依照/;
const STATUS_WORDS: Record<LegalBasis['status'], string> = { 现行: '现行', 已修订: '已经修订', 已废止: '已经废止' };

const stripTitle = (title: string): string => title.replace(/[\s\u3000]/g, '').replace(/^中华人民共和国/, '');

/**
 * The registry entry a citation names. Editions of one title are told apart by the marks near the
 * title (a year, a document number); without a mark the entry marked `default` is meant.
 */
export function resolveCitation(bases: LegalBasis[], title: string, nearby: string): LegalBasis | undefined {
  const wanted = stripTitle(title);
  const candidates = bases.filter((basis) => basis.titles.some((t) => stripTitle(t) === wanted));
  if (candidates.length === 0) return undefined;
  const near = normalizeCode(nearby);
  return (
    candidates.find((basis) => basis.marks.some((mark) => near.includes(normalizeCode(mark)))) ??
    candidates.find((basis) => basis.default) ??
    candidates.find((basis) => basis.marks.length === 0) ??
    candidates[0]
  );
}

/** Every 《…》 of a line with the text around it, up to the neighbouring citations. */
export function* citations(text: string): Generator<{ title: string; nearby: string }> {
  const matches = [...text.matchAll(CITATION)];
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i]!;
    const start = match.index;
    const end = start + match[0].length;
    const previousEnd = i > 0 ? matches[i - 1]!.index + matches[i - 1]![0].length : 0;
    const nextStart = i + 1 < matches.length ? matches[i + 1]!.index : text.length;
    yield { title: match[1]!, nearby: text.slice(Math.max(previousEnd, start - 14), start) + text.slice(end, Math.min(nextStart, end + 30)) };
  }
}

/** 信访条例（2005年） → 《信访条例》（2005年）: the title in book-title marks, the edition after it. */
const quoted = (name: string): string => name.replace(/^([^（]+)(.*)$/, '《$1》$2');

function supersededFinding(basis: LegalBasis, bases: LegalBasis[], at: number): Finding {
  const replacement = bases.find((b) => b.id === basis.replacedBy);
  const since = basis.changed ? `（${basis.changed.replace(/^(\d{4})(?:-0?(\d{1,2}))?(?:-0?(\d{1,2}))?$/, (_, y, m, d) => `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`)}）` : '';
  return {
    rule: 'superseded-basis',
    severity: 'error',
    message: `引用的${quoted(basis.name)}${STATUS_WORDS[basis.status]}${since}。${basis.note ?? ''}`,
    fix: replacement ? `改为引用${replacement.cite ?? replacement.name}，并按新版本核对正文中相应的要求。` : '删去这一依据，或者改为现行有效的文件。',
    at,
    source: replacement?.note,
  };
}

/** An edition whose article (number and words) the line quotes, among the editions of a cited title. */
function quotedEdition(bases: LegalBasis[], title: string, text: string): LegalBasis | undefined {
  const wanted = stripTitle(title);
  return bases.find(
    (basis) =>
      basis.status !== '现行' &&
      basis.titles.some((t) => stripTitle(t) === wanted) &&
      basis.articles.some(({ article, words }) => text.includes(article) && words.some((word) => text.includes(word))),
  );
}

function quotedArticleFinding(basis: LegalBasis, bases: LegalBasis[], at: number): Finding {
  const finding = supersededFinding(basis, bases, at);
  return { ...finding, message: `这里引用的是${quoted(basis.name)}的条文（条文序号和内容都是旧版本的），该版本${STATUS_WORDS[basis.status]}。${basis.note ?? ''}`, fix: `按${bases.find((b) => b.id === basis.replacedBy)?.cite ?? '现行版本'}核对条文序号和内容后改写，或者删去这段引文。` };
}

const inBasisContext = (line: Line, doc: Outline): boolean =>
  BASIS_CONTEXT.test(line.text) || (line.section >= 0 && /依据/.test(doc.lines[line.section]!.title ?? ''));

/**
 * Superseded bases (an error: a plan must rest on current law) and, where the plan states its basis,
 * titles the registry does not know (a note to verify them).
 */
export function checkBases(doc: Outline, bases: LegalBasis[]): Finding[] {
  const reported = new Set<string>();
  const findings: Finding[] = [];
  const numbered = bases.filter((basis) => basis.numbers.length > 0).map((basis) => ({ basis, codes: basis.numbers.map(normalizeCode) }));
  for (const line of doc.lines) {
    for (const { title, nearby } of citations(line.text)) {
      const edition = quotedEdition(bases, title, line.text);
      if (edition) {
        findings.push(quotedArticleFinding(edition, bases, line.index));
        reported.add(edition.id);
        continue;
      }
      const basis = resolveCitation(bases, title, nearby);
      if (basis) {
        if (basis.status !== '现行' && !reported.has(basis.id)) findings.push(supersededFinding(basis, bases, line.index));
        reported.add(basis.id);
      } else if (NORMATIVE.test(title) && !reported.has(title) && inBasisContext(line, doc)) {
        reported.add(title);
        findings.push({
          rule: 'unknown-basis',
          severity: 'info',
          message: `未能核对《${title}》是否现行有效。`,
          fix: '对照发布机关公布的正式文本，核对名称、文号和版本；已经修订或者废止的，改为现行版本。',
          at: line.index,
        });
      }
    }
    // Every document or standard number holds a digit; most lines have none.
    if (!/[0-9０-９]/.test(line.text)) continue;
    const code = normalizeCode(line.text);
    for (const { basis, codes } of numbered) {
      if (reported.has(basis.id) || !codes.some((number) => code.includes(number))) continue;
      reported.add(basis.id);
      if (basis.status !== '现行') findings.push(supersededFinding(basis, bases, line.index));
    }
  }
  return findings;
}
