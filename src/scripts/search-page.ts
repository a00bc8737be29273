import { parseExcerpt } from '../lib/search/excerpt';
import { filtersOf, readState, writeState, type SearchState } from '../lib/search/state';
import { rankSections, termWeights, titleHits, type SectionHit } from '../lib/search/rank';
import { loadPagefind, loadSectionIndex } from './pagefind';

/** Pages whose sections are ranked; each costs one fragment download. */
const MAX_PAGES = 4;
const MAX_HITS = 10;

function excerptNode(html: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'excerpt';
  for (const part of parseExcerpt(html)) {
    if (!part.match) p.append(part.text);
    else p.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  return p;
}

function resultItem(hit: SectionHit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  const title = document.createElement('h2');
  title.append(Object.assign(document.createElement('a'), { href: hit.url, textContent: hit.sectionTitle, className: 'section-link' }));
  const plan = Object.assign(document.createElement('p'), { className: 'result-plan', textContent: hit.planTitle });
  li.append(title, plan, excerptNode(hit.excerpt));
  return li;
}

class PlanSearch extends HTMLElement {
  private form = this.querySelector('form')!;
  private input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
  private type = this.querySelector<HTMLSelectElement>('select[name="type"]')!;
  private kind = this.querySelector<HTMLSelectElement>('select[name="kind"]')!;
  private status = this.querySelector<HTMLElement>('[role="status"]')!;
  private list = this.querySelector<HTMLOListElement>('.results')!;
  private run = 0;

  connectedCallback(): void {
    this.apply(readState(location.search));
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update(true);
    });
    this.input.addEventListener('input', () => this.update(false));
    for (const select of [this.type, this.kind]) select.addEventListener('change', () => this.update(true));
    this.input.addEventListener('focus', () => void Promise.all([loadPagefind(), loadSectionIndex()]), { once: true });
    window.addEventListener('popstate', () => this.apply(readState(location.search)));
  }

  private state(): SearchState {
    return { q: this.input.value.trim(), type: this.type.value, kind: this.kind.value };
  }

  private apply(state: SearchState): void {
    this.input.value = state.q;
    this.type.value = state.type;
    this.kind.value = state.kind;
    void this.search(state);
  }

  /** Typing replaces the history entry; a submitted search or a filter change adds one. */
  private update(push: boolean): void {
    const state = this.state();
    const url = `${location.pathname}${writeState(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void this.search(state);
  }

  private async search(state: SearchState): Promise<void> {
    const run = ++this.run;
    if (!state.q) {
      this.list.replaceChildren();
      this.status.textContent = '输入要找的内容，例如“报告流程”“后勤保障组职责”。';
      return;
    }
    this.status.textContent = '正在搜索…';
    try {
      await this.show(state, run);
    } catch {
      if (run === this.run) this.status.textContent = '搜索暂时无法使用，请刷新页面重试，或从模板目录按类别浏览。';
    }
  }

  private async show(state: SearchState, run: number): Promise<void> {
    const [pagefind, index] = await Promise.all([loadPagefind(), loadSectionIndex()]);
    const filters = filtersOf(state);
    const found = await pagefind.search(state.q, { filters });
    if (!found || run !== this.run) return;
    const pages = await Promise.all(found.results.slice(0, MAX_PAGES).map(async (result) => ({ score: result.score, data: await result.data() })));
    if (run !== this.run) return;
    const weight = termWeights(index);
    const hits = rankSections(state.q, pages, MAX_HITS, titleHits(state.q, index, filters, weight), weight);
    this.list.replaceChildren(...hits.map(resultItem));
    this.status.textContent = hits.length ? `找到 ${hits.length} 个相关章节` : `没有找到与“${state.q}”相关的内容，请换个说法或去掉筛选条件。`;
  }
}

customElements.define('plan-search', PlanSearch);
