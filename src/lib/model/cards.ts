import type { CardSpec, FilledBlock, FilledCard, FilledSection, Inline, Run } from './types';

type FilledNode = FilledBlock | FilledSection;
type Flow = Extract<FilledBlock, { type: 'flow' }>;

/** What a card needs from the fill that made the document. */
export interface CardFiller {
  runs(content: Inline[]): Run[];
  /** One line per phone number a field holds (who：number), or its placeholder when it holds none. */
  phoneLines(key: string): Run[][];
}

function findFlow(nodes: FilledNode[], title: string): Flow | undefined {
  for (const node of nodes) {
    if (node.type === 'flow' && node.title === title) return node;
    if (node.type === 'section') {
      const found = findFlow(node.body, title);
      if (found) return found;
    }
  }
  return undefined;
}

function findSection(nodes: FilledNode[], title: string): FilledSection | undefined {
  for (const node of nodes) {
    if (node.type !== 'section') continue;
    if (node.title.map((run) => run.text).join('') === title) return node;
    const found = findSection(node.body, title);
    if (found) return found;
  }
  return undefined;
}

/** The list items of a section and its sub-sections, in order: a section's notes as card lines. */
function listItems(nodes: FilledNode[]): Run[][] {
  return nodes.flatMap((node) => (node.type === 'section' ? listItems(node.body) : node.type === 'list' ? node.items : []));
}

/**
 * The 应急处置卡 of a filled document, in the author's order. A card takes its steps from the
 * document's flow, so a flow the user left out (inside <Optional>) leaves its card out too.
 */
export function fillCards(specs: CardSpec[], body: FilledNode[], filler: CardFiller): FilledCard[] {
  return specs.flatMap((spec) => {
    const flow = findFlow(body, spec.flow);
    if (!flow) return [];
    const notes = 'lines' in spec.notes ? spec.notes.lines.map((line) => filler.runs(line)) : listItems(findSection(body, spec.notes.section)?.body ?? []);
    return [{
      post: filler.runs(spec.post),
      risks: spec.risks.map((line) => filler.runs(line)),
      steps: flow.steps,
      phones: spec.phones.flatMap((key) => filler.phoneLines(key)),
      notes,
    }];
  });
}
