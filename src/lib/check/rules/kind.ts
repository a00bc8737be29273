import type { KindRule, Outline } from '../types';
import { elementPresence } from './elements';

/** The line that names the plan: among the first lines, the first that calls itself 预案, 方案 or 制度. */
export function planTitle(doc: Outline): string {
  const first = doc.lines.slice(0, 6).find((line) => line.type !== 'heading' && /预案|方案|制度|规定|办法/.test(line.text));
  return (first ?? doc.lines[0])?.text.trim() ?? '';
}

const titleMatches = (title: string, kind: KindRule): boolean => kind.title.every((group) => group.some((word) => title.includes(word)));

/**
 * The plan's kind. Precedence: the user's choice; then the title, against the kinds in the order
 * content/check/rules.yaml lists them (first hit wins, so the most specific names come first);
 * then the structure: the kind with the largest share of its required elements present.
 */
export function detectKind(doc: Outline, kinds: KindRule[], given?: string): { kind: KindRule; by: 'user' | 'title' | 'structure' } {
  const chosen = given ? kinds.find((kind) => kind.id === given || kind.name === given) : undefined;
  if (chosen) return { kind: chosen, by: 'user' };
  const title = planTitle(doc);
  const byTitle = kinds.find((kind) => titleMatches(title, kind));
  if (byTitle) return { kind: byTitle, by: 'title' };
  let best = kinds[0]!;
  let bestShare = -1;
  for (const kind of kinds) {
    const share = elementPresence(doc, kind).filter((p) => p.present).length / kind.elements.length;
    if (share > bestShare) [best, bestShare] = [kind, share];
  }
  return { kind: best, by: 'structure' };
}
