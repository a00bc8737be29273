import type { Line } from './outline';

interface El {
  tag: string;
  attrs: string;
  children: (El | string)[];
}

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Parses the renderer's own HTML (well-formed, no void elements) into a tree; throws on a stray closing tag. */
function parse(html: string): El {
  const root: El = { tag: '#root', attrs: '', children: [] };
  const stack = [root];
  const token = /<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/g;
  for (const [, closing, tag, attrs, text] of html.matchAll(token)) {
    const top = stack.at(-1)!;
    if (text !== undefined) top.children.push(unescape(text));
    else if (closing) {
      if (stack.pop()?.tag !== tag) throw new Error(`</${tag}> closes nothing open`);
    } else {
      const el: El = { tag: tag!, attrs: attrs ?? '', children: [] };
      top.children.push(el);
      stack.push(el);
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.tag}>`);
  return root;
}

const textOf = (node: El | string): string => (typeof node === 'string' ? node : node.children.map(textOf).join(''));
const hasClass = (el: El, name: string) => new RegExp(`class="[^"]*\\b${name}\\b`).test(el.attrs);

function walk(el: El, lines: Line[], inSignature: boolean): void {
  const heading = /^h([1-6])$/.exec(el.tag);
  if (heading) lines.push({ kind: 'heading', level: Number(heading[1]) - 1, text: textOf(el) });
  else if (el.tag === 'p' && hasClass(el, 'plan-title')) lines.push({ kind: 'title', text: textOf(el) });
  else if (el.tag === 'p') lines.push({ kind: inSignature ? 'sig' : 'para', text: textOf(el) });
  else if (el.tag === 'figcaption') lines.push({ kind: 'flow', text: textOf(el) });
  else if (el.tag === 'li' && hasClass(el, 'flow-step')) {
    for (const part of el.children.filter((c): c is El => typeof c !== 'string')) {
      if (part.tag === 'p') lines.push({ kind: 'step', text: textOf(part) });
      else for (const branch of part.children) lines.push({ kind: 'branch', text: textOf(branch) });
    }
  } else if (el.tag === 'ol' && hasClass(el, 'flow-steps')) for (const li of el.children) walk(li as El, lines, inSignature);
  else if (el.tag === 'ol' || el.tag === 'ul')
    for (const li of el.children) lines.push({ kind: 'item', ordered: el.tag === 'ol', text: textOf(li) });
  else if (el.tag === 'tr') lines.push({ kind: 'row', cells: el.children.filter((c): c is El => typeof c !== 'string').map(textOf) });
  else for (const child of el.children) if (typeof child !== 'string') walk(child, lines, inSignature || hasClass(child, 'signature'));
}

/** Reads the plan back from HTML rendered without page chrome. */
export function readHtml(html: string): Line[] {
  const lines: Line[] = [];
  walk(parse(html), lines, false);
  return lines;
}
