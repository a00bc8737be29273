import type { SearchData, SearchOutcome } from '../lib/search/engine';
import { prepareSearch, runSearch } from '../lib/search/engine';
import type { ExcerptPart } from '../lib/search/excerpt';
import { understoodText } from '../lib/search/query';
import type { GroupedHit } from '../lib/search/siblings';
import { unpackSearchData, type PackedSearchData } from '../lib/search/packed';
import { filtersOf, readState, writeState, type SearchState } from '../lib/search/state';
import { siteUrl } from '../lib/site/urls';
import type { TemplateMatch } from '../lib/search/templates';
import { ORG_TYPE_LABELS } from '../lib/site/taxonomy';
import { pagefindSearch, preloadIndexWhen, queryAids, retryPagefind, startPagefind, warmPagefind } from './pagefind';
import { segmenterWarmed } from './segmenter-warmup';

/** Sections shown at first and added by each 显示更多. */
const PAGE_SIZE = 10;
/** What a page without embedded search data searches with: no plans, no vocabulary. */
const EMPTY = '{"plans":[],"vocabulary":{"terms":[],"actions":[],"questionWords":[],"particles":[],"orgWords":{}}}';
/** Searches remembered for the page's lifetime. */
const CACHED = 50;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

function excerptNode(parts: ExcerptPart[]): HTMLElement {
  const p = el('p', { className: 'excerpt' });
  for (const part of parts) p.append(part.match ? el('mark', { textContent: part.text }) : part.text);
  return p;
}

function resultItem(hit: GroupedHit): HTMLLIElement {
  const plan = el('p', { className: 'result-plan' }, hit.planTitle);
  if (hit.exampleUrl) plan.append(' · ', el('a', { href: hit.exampleUrl, className: 'example-link', textContent: '看示例中的本节' }));
  const item = el('li', { className: 'result' }, el('h2', {}, el('a', { href: hit.url, textContent: hit.sectionTitle, className: 'section-link' })), plan, excerptNode(hit.excerpt));
  const also = hit.seeAlso;
  if (also) item.append(el('p', { className: 'see-also' }, '另见：', el('a', { href: also.url, className: 'see-also-link', textContent: `${also.planTitle} · ${also.sectionTitle}` })));
  return item;
}

function templateCard({ plan, alias }: TemplateMatch): HTMLLIElement {
  const [org, kind] = plan.f;
  const aka = alias ? ` · 也称“${alias}”` : '';
  if (!plan.slug) return el('li', { className: 'template-card' }, el('h2', {}, el('a', { href: plan.u, textContent: plan.p, className: 'template-link' })), el('p', { className: 'result-plan' }, '写作指南'));
  const links = el('p', { className: 'card-links' }, el('a', { href: plan.u, textContent: '模板' }), ' · ');
  if (plan.e) links.append(el('a', { href: plan.e, textContent: '示例' }), ' · ');
  links.append(el('a', { href: siteUrl('guide/'), textContent: '写作指南' }));
  const meta = el('p', { className: 'result-plan' }, `模板 · ${org} · ${kind}${aka}`);
  return el('li', { className: 'template-card' }, el('h2', {}, el('a', { href: plan.u, textContent: plan.p, className: 'template-link' })), meta, links);
}

/** Where to go when nothing matched: the templates of the organisation named, else every organisation type, and the guide. */
function suggestions(outcome: SearchOutcome, data: SearchData): HTMLLIElement[] {
  const named = data.plans.filter((plan) => plan.slug && outcome.query.orgTypes.includes(plan.f[0]));
  const items = named.length
    ? named.map((plan) => el('li', {}, el('a', { href: plan.u, textContent: plan.p })))
    : Object.entries(ORG_TYPE_LABELS)
        .filter(([, label]) => data.plans.some((plan) => plan.f[0] === label))
        .map(([id, label]) => el('li', {}, el('a', { href: siteUrl(`type/${id}/`), textContent: `${label}的模板` })));
  return [...items, el('li', {}, el('a', { href: siteUrl('guide/'), textContent: '应急预案怎么写（写作指南）' })), el('li', {}, el('a', { href: siteUrl(), textContent: '按类别浏览全部模板' }))];
}

/**
 * Resolves in a later task, letting the page paint and answer input between the steps of a search:
 * the browser's scheduler where there is one, else a zero-delay timer.
 */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((done) => setTimeout(done, 0));
};

class PlanSearch extends HTMLElement {
  private form = this.querySelector('form')!;
  private input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
  private type = this.querySelector<HTMLSelectElement>('select[name="type"]')!;
  private kind = this.querySelector<HTMLSelectElement>('select[name="kind"]')!;
  private status = this.querySelector<HTMLElement>('[role="status"]')!;
  /** What to type, as the page writes it in the status line before any search. */
  private hint = this.status.textContent ?? '';
  private understood = this.querySelector<HTMLElement>('.search-understood')!;
  private cards = this.querySelector<HTMLUListElement>('.template-results')!;
  private list = this.querySelector<HTMLOListElement>('.results')!;
  private more = this.querySelector<HTMLElement>('.more')!;
  private noResults = this.querySelector<HTMLElement>('.no-results')!;
  private degraded = this.querySelector<HTMLElement>('.search-degraded')!;
  private data: SearchData = unpackSearchData(JSON.parse(document.getElementById('search-data')?.textContent ?? EMPTY) as PackedSearchData);
  private run = 0;
  private cache = new Map<string, SearchOutcome>();
  /** Resolved once a query's results are shown: the visitor searches, so the index is read in. */
  private searched!: () => void;
  private firstSearch = new Promise<void>((done) => (this.searched = done));

  connectedCallback(): void {
    void segmenterWarmed();
    this.apply(readState(location.search), true);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update(true);
    });
    // While an IME composes, the box holds pinyin the user has not chosen yet: search once it commits.
    this.input.addEventListener('input', (event) => {
      if (!(event as InputEvent).isComposing) this.update(false);
    });
    this.input.addEventListener('compositionend', () => this.update(false));
    for (const select of [this.type, this.kind]) select.addEventListener('change', () => this.update(true));
    this.more.querySelector('button')!.addEventListener('click', () => this.showMore());
    window.addEventListener('popstate', () => this.apply(readState(location.search)));
    this.degraded.querySelector('button')!.addEventListener('click', () => {
      retryPagefind();
      this.update(false);
    });
    warmPagefind(() => void prepareSearch(this.data, nextTask));
    preloadIndexWhen(this.firstSearch, () => (this.dataset['index'] = 'loaded'));
  }

  private state(): SearchState {
    return { q: this.input.value.trim(), type: this.type.value, kind: this.kind.value };
  }

  /**
   * Shows a state and searches it. `later`: in a task of its own, so the page's first task (its
   * script and this element) stays short; a search typed meanwhile wins.
   */
  private apply(state: SearchState, later = false): void {
    this.input.value = state.q;
    this.type.value = state.type;
    this.kind.value = state.kind;
    if (!later) return void this.search(state);
    const run = this.run;
    void nextTask().then(async () => {
      if (run === this.run) await this.search(state);
    });
  }

  /** Typing replaces the history entry; a submitted search or a filter change adds one. */
  private update(push: boolean): void {
    const state = this.state();
    const url = `${location.pathname}${writeState(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void this.search(state);
  }

  /** Marks the results of `q` as shown, for assistive technology and for tests that wait on it. */
  private done(q: string): void {
    this.setAttribute('aria-busy', 'false');
    this.dataset['done'] = q;
  }

  private clear(): void {
    this.list.replaceChildren();
    this.cards.replaceChildren();
    this.cards.hidden = true;
    this.more.hidden = true;
    this.noResults.hidden = true;
    this.understood.hidden = true;
  }

  private async search(state: SearchState): Promise<void> {
    const run = ++this.run;
    this.setAttribute('aria-busy', 'true');
    if (!state.q) {
      this.clear();
      this.status.textContent = this.hint;
      this.done('');
      return;
    }
    this.status.textContent = '正在搜索…';
    // Pagefind loads while the query is read (which waits on the lexicon), not after.
    startPagefind();
    try {
      const outcome = await this.outcome(state);
      await nextTask();
      if (run !== this.run) return;
      this.show(state, outcome);
      this.searched();
    } catch {
      if (run !== this.run) return;
      this.clear();
      this.status.textContent = '搜索暂时无法使用，请刷新页面重试，或从模板目录按类别浏览。';
    }
    this.done(state.q);
  }

  /**
   * Searches once per query and filters: typing back to an earlier query shows it at once. When
   * Pagefind cannot load, the section titles embedded in the page still answer, and the page says so.
   */
  private async outcome(state: SearchState): Promise<SearchOutcome> {
    const key = writeState(state);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const filters = filtersOf(state);
    try {
      const outcome = await runSearch(state.q, filters, this.data, pagefindSearch(filters), queryAids, nextTask);
      this.degraded.hidden = true;
      this.cache.set(key, outcome);
      if (this.cache.size > CACHED) this.cache.delete(this.cache.keys().next().value!);
      return outcome;
    } catch {
      this.degraded.hidden = false;
      return runSearch(state.q, filters, this.data, async () => [], queryAids);
    }
  }

  private show(state: SearchState, outcome: SearchOutcome): void {
    this.clear();
    const { templates, sections, query } = outcome;
    this.cards.append(...templates.map(templateCard));
    this.cards.hidden = templates.length === 0;
    this.list.append(...sections.map(resultItem));
    this.showMore(PAGE_SIZE);
    const said = understoodText(query);
    if (said) {
      this.understood.textContent = said;
      this.understood.hidden = false;
    }
    if (sections.length || templates.length) {
      const listed = outcome.found > sections.length ? `（列出最相关的 ${sections.length} 个）` : '';
      this.status.textContent = `找到 ${outcome.found} 个相关章节${templates.length ? `和 ${templates.length} 个模板` : ''}${listed}`;
      return;
    }
    const filtered = state.type || state.kind ? '，也可以去掉筛选条件再试' : '';
    this.status.textContent = `没有找到与“${state.q}”相关的章节${filtered}。`;
    this.noResults.querySelector('ul')!.replaceChildren(...suggestions(outcome, this.data));
    this.noResults.hidden = false;
  }

  /** Shows `count` more results, or the next page of them. */
  private showMore(count = this.visible() + PAGE_SIZE): void {
    const items = [...this.list.children] as HTMLElement[];
    items.forEach((item, i) => (item.hidden = i >= count));
    const left = items.length - Math.min(count, items.length);
    this.more.hidden = left === 0;
    this.more.querySelector('button')!.textContent = `显示更多（还有 ${left} 个）`;
  }

  private visible(): number {
    return [...this.list.children].filter((item) => !(item as HTMLElement).hidden).length;
  }
}

customElements.define('plan-search', PlanSearch);
