import { parseExcerpt } from '../lib/search/excerpt';
import { filtersOf, readState, writeState, type SearchState } from '../lib/search/state';
import { loadPagefind, type PagefindData } from './pagefind';

const MAX_PAGES = 10;
const MAX_SECTIONS = 3;

function excerptNode(html: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'excerpt';
  for (const part of parseExcerpt(html)) {
    if (!part.match) p.append(part.text);
    else p.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  return p;
}

function resultItem(data: PagefindData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  const title = document.createElement('h3');
  title.append(Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta['title'] ?? data.url }));
  li.append(title);
  const sections = data.sub_results.filter((sub) => sub.url !== data.url).slice(0, MAX_SECTIONS);
  if (sections.length === 0) li.append(excerptNode(data.excerpt));
  const list = document.createElement('ul');
  for (const sub of sections) {
    const item = document.createElement('li');
    item.append(Object.assign(document.createElement('a'), { href: sub.url, textContent: sub.title, className: 'section-link' }), excerptNode(sub.excerpt));
    list.append(item);
  }
  if (sections.length > 0) li.append(list);
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
    this.input.addEventListener('focus', () => void loadPagefind(), { once: true });
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
    const pagefind = await loadPagefind();
    const found = await pagefind.search(state.q, { filters: filtersOf(state) });
    if (!found || run !== this.run) return;
    const pages = await Promise.all(found.results.slice(0, MAX_PAGES).map((result) => result.data()));
    if (run !== this.run) return;
    this.list.replaceChildren(...pages.map(resultItem));
    this.status.textContent = pages.length ? `找到 ${found.results.length} 个相关页面` : `没有找到与“${state.q}”相关的内容，请换个说法或去掉筛选条件。`;
  }
}

customElements.define('plan-search', PlanSearch);
