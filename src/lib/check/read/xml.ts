/**
 * A tiny streaming reader for the WordprocessingML a .docx holds: enough to walk tags in order
 * and read text, in Node and in the browser alike (no DOM needed). Not a general XML parser.
 */
export interface XmlEvent {
  kind: 'open' | 'close' | 'text';
  /** Tag name with its prefix, e.g. "w:p". */
  name: string;
  attrs: string;
  selfClosing: boolean;
  /** Decoded character data of a text event. */
  text: string;
}

const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][^>]*>|([^<]+)/g;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, code: string) => {
    if (code.startsWith('#x')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code] ?? whole;
  });
}

export function* xmlEvents(xml: string): Generator<XmlEvent> {
  for (const match of xml.matchAll(TOKEN)) {
    if (match[2]) {
      const selfClosing = match[4] === '/';
      yield { kind: match[1] ? 'close' : 'open', name: match[2], attrs: match[3] ?? '', selfClosing, text: '' };
    } else if (match[5] !== undefined) yield { kind: 'text', name: '', attrs: '', selfClosing: false, text: match[5] };
    else if (match[6] !== undefined) yield { kind: 'text', name: '', attrs: '', selfClosing: false, text: decodeEntities(match[6]) };
  }
}

/** The value of one attribute, e.g. attr('w:val="Heading1"', 'w:val') → "Heading1". */
export function attr(attrs: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  return match ? decodeEntities(match[2] ?? match[3] ?? '') : undefined;
}
