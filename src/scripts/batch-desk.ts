/**
 * The reviewer's desk in the browser: reads and checks the chosen files one at a time (only the
 * findings are kept), fills the sortable table, opens one report and comes back to the table as
 * it was, and writes the exports. Nothing leaves the browser.
 */
import { checkPlan } from '../lib/check/check';
import { readPlanFile } from '../lib/check/read/file';
import { SEVERITY_LABELS } from '../lib/check/show/group';
import type { Rules } from '../lib/check/types';
import { entryOf, failedEntry, firstProblems, sortEntries, totals, verdictOf, type BatchEntry, type SortKey } from '../lib/review/batch';
import { batchToCsv, batchToMarkdown } from '../lib/review/export';
import { crossCheck } from '../lib/review/crosscheck';
import { byUnit } from '../lib/review/opinion';
import { ITEM_VERDICTS, fillReviewForm, type ReviewFormData } from '../lib/review/review-form';
import { download } from './clipboard';
import { announce, el } from './dom';

const RULES_FAILED = '检查规则没有加载成功，请刷新页面后再试。';

type Source = { files: File[] } | { entries: FileSystemEntry[] };

/** A dropped folder's files, depth first, in name order. */
async function walk(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) return [await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries returns a batch at a time (100 in Chromium) until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  children.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return (await Promise.all(children.map(walk))).flat();
}

/** The path shown for a file: its place in the chosen folder, or its name. */
const pathOf = (file: File): string => file.webkitRelativePath || file.name;

/** Files people keep beside plans that are not plans: hidden files and Office lock files. */
const isNoise = (file: File): boolean => /(^|\/)(\.|~\$)/.test(pathOf(file)) || /^(thumbs\.db|desktop\.ini)$/i.test(file.name);

const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class Desk {
  private rules: Promise<Rules | undefined>;
  private formData: Promise<ReviewFormData | undefined>;
  private entries: BatchEntry[] = [];
  private sort: { key: SortKey; ascending: boolean } | undefined;
  private running = false;
  private scroll = 0;
  private openIndex = -1;
  private readonly q = <T extends HTMLElement>(selector: string) => this.root.querySelector<T>(selector)!;

  constructor(private readonly root: HTMLElement) {
    this.rules = fetch(root.dataset['rules']!)
      .then((response) => (response.ok ? (response.json() as Promise<Rules>) : undefined))
      .catch(() => undefined);
    this.formData = fetch(root.dataset['form']!)
      .then((response) => (response.ok ? (response.json() as Promise<ReviewFormData>) : undefined))
      .catch(() => undefined);
    this.q('.batch-table thead').addEventListener('click', (event) => this.onSort(event));
    this.q('.form-rows').addEventListener('change', (event) => this.onFormEdit(event));
    this.q('.download-form').addEventListener('click', () => void this.downloadForm());
    this.q('.batch-rows').addEventListener('click', (event) => this.onOpen(event));
    this.q('.back-to-table').addEventListener('click', () => this.backToTable());
    this.q('.batch-actions').addEventListener('click', (event) => void this.onExport(event));
  }

  async run(source: Source): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const files = ('files' in source ? source.files : (await Promise.all(source.entries.map(walk))).flat()).filter((file) => !isNoise(file));
      const rules = await this.rules;
      if (!rules) return this.alert(RULES_FAILED);
      this.alert('');
      this.entries = [];
      this.backToTable();
      await this.checkAll(files, rules, await this.formData);
    } finally {
      this.running = false;
    }
  }

  private alert(message: string): void {
    this.q('.batch-alert').textContent = message;
  }

  /** One file at a time: its bytes are dropped once its findings are kept. */
  private async checkAll(files: File[], rules: Rules, form: ReviewFormData | undefined): Promise<void> {
    const progress = this.q('.batch-progress');
    const bar = this.q<HTMLProgressElement>('.batch-bar');
    const text = this.q('.batch-progress-text');
    progress.hidden = false;
    bar.max = files.length;
    for (const [i, file] of files.entries()) {
      bar.value = i;
      text.textContent = `正在检查第 ${i + 1} / ${files.length} 份：${pathOf(file)}`;
      await nextFrame();
      this.entries.push(await this.checkOne(file, rules, form));
    }
    bar.value = files.length;
    text.textContent = `已检查 ${files.length} 份。`;
    this.showTable();
    const { verdicts } = totals(this.entries);
    announce(`检查完成：共 ${files.length} 份，可以送审 ${verdicts.可以送审} 份，需修改 ${verdicts.需修改} 份，无法读取 ${verdicts.无法读取} 份。`);
    this.q('#batch-results-title').focus();
  }

  private async checkOne(file: File, rules: Rules, form: ReviewFormData | undefined): Promise<BatchEntry> {
    const name = pathOf(file);
    try {
      const read = await readPlanFile(file.name, new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) return failedEntry(name, read.message);
      const report = checkPlan(read.paragraphs, rules, { read: read.info });
      const entry = entryOf(name, report);
      // The 评审表 is filled while the whole report is at hand; only its items are kept.
      if (entry.ok && form) entry.form = fillReviewForm(report, rules, form, entry);
      return entry;
    } catch {
      return failedEntry(name, '读取或检查这个文件时出错。请在 Word 或 WPS 中打开确认，另存为 .docx 后再试。');
    }
  }

  /* ---------- The table ---------- */

  private showTable(): void {
    const { files, verdicts } = totals(this.entries);
    this.q('.batch-totals').textContent = `共 ${files} 份：可以送审 ${verdicts.可以送审} 份，需修改 ${verdicts.需修改} 份，无法读取 ${verdicts.无法读取} 份。`;
    this.drawRows();
    const select = this.q<HTMLSelectElement>('.batch-unit');
    select.replaceChildren(
      el('option', { value: '' }, '全部单位（一个文件）'),
      ...byUnit(this.entries).map((group, i) => el('option', { value: String(i) }, `${group.unit}（${group.entries.length} 份）`)),
    );
    this.drawPlanSets();
    this.q('.batch-results').hidden = false;
  }

  /** Each unit with two or more readable plans: where they disagree. */
  private drawPlanSets(): void {
    const sets = byUnit(this.entries)
      .map((group) => ({ unit: group.unit, members: group.entries.flatMap((e) => (e.ok ? [{ file: e.file, facts: e.facts }] : [])) }))
      .filter((set) => set.members.length > 1);
    const body = sets.map((set) => {
      const found = crossCheck(set.members);
      return el(
        'section',
        { class: 'plan-set' },
        el('h4', {}, `${set.unit}（${set.members.length} 份）`),
        found.length === 0
          ? el('p', {}, '未发现不一致。')
          : el('ul', {}, ...found.map((d) => el('li', {}, el('strong', {}, `${d.topic}：`), d.message))),
      );
    });
    this.q('.plan-sets-body').replaceChildren(...(body.length ? body : [el('p', {}, '本批没有同一单位的多份预案。')]));
  }

  private order(): number[] {
    return this.sort ? sortEntries(this.entries, this.sort.key, this.sort.ascending) : this.entries.map((_, i) => i);
  }

  private drawRows(): void {
    const rows = this.order().map((index) => {
      const entry = this.entries[index]!;
      const verdict = verdictOf(entry);
      const counts = entry.ok ? entry.report.counts : undefined;
      return el(
        'tr',
        {},
        el('td', {}, el('button', { type: 'button', class: 'open-report', 'data-index': String(index) }, entry.file)),
        el('td', {}, entry.unit || '未识别'),
        el('td', {}, entry.ok ? entry.report.kindName : '—'),
        el('td', {}, entry.date || '—'),
        el('td', {}, counts ? String(counts.error) : '—'),
        el('td', {}, counts ? String(counts.warning) : '—'),
        el('td', {}, counts ? String(counts.info) : '—'),
        el('td', { class: `verdict-${verdict}` }, verdict),
        el('td', {}, el('ol', {}, ...firstProblems(entry).map((problem) => el('li', {}, problem)))),
      );
    });
    this.q('.batch-rows').replaceChildren(...rows);
    for (const th of this.root.querySelectorAll<HTMLElement>('th[data-sort]')) {
      if (this.sort && this.sort.key === th.dataset['sort']) th.setAttribute('aria-sort', this.sort.ascending ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
  }

  private onSort(event: Event): void {
    const key = (event.target as HTMLElement).closest<HTMLElement>('[data-sort-key]')?.dataset['sortKey'] as SortKey | undefined;
    if (!key) return;
    this.sort = { key, ascending: this.sort?.key === key ? !this.sort.ascending : true };
    this.drawRows();
    announce(`已按${(event.target as HTMLElement).textContent}${this.sort.ascending ? '升序' : '降序'}排列。`);
  }

  /* ---------- One report, and back ---------- */

  private onOpen(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLElement>('.open-report');
    if (!button) return;
    this.openIndex = Number(button.dataset['index']);
    this.scroll = window.scrollY;
    const entry = this.entries[this.openIndex]!;
    this.q('#batch-report-title').textContent = `体检报告：${entry.file}`;
    this.q('.batch-report-body').replaceChildren(...renderEntry(entry));
    this.drawForm(entry);
    this.q('.batch-input').hidden = true;
    this.q('.batch-results').hidden = true;
    this.q('.batch-report').hidden = false;
    window.scrollTo(0, 0);
    this.q('#batch-report-title').focus();
  }

  private backToTable(): void {
    const report = this.q('.batch-report');
    if (report.hidden) return;
    report.hidden = true;
    this.q('.batch-input').hidden = false;
    this.q('.batch-results').hidden = false;
    window.scrollTo(0, this.scroll);
    this.root.querySelector<HTMLElement>(`.open-report[data-index="${this.openIndex}"]`)?.focus({ preventScroll: true });
  }

  /* ---------- The 评审表 of the open report ---------- */

  private drawForm(entry: BatchEntry): void {
    const section = this.q('.review-form');
    section.hidden = !(entry.ok && entry.form);
    if (!entry.ok || !entry.form) return;
    this.q('#review-form-title').textContent = `${entry.form.kindName}评审表（自动建议，可逐项修改）`;
    let part = '';
    let n = 0;
    const rows: HTMLTableRowElement[] = [];
    entry.form.items.forEach((item, i) => {
      if (item.part !== part) {
        part = item.part;
        n = 0;
        rows.push(el('tr', {}, el('th', { scope: 'colgroup', colspan: '6' }, part)));
      }
      const label = `${item.name}的评审结论`;
      rows.push(
        el(
          'tr',
          {},
          el('td', {}, String(++n)),
          el('td', {}, `${item.key ? '*' : ''}${item.name}`),
          el('td', {}, item.requirement),
          el('td', {}, el('select', { 'data-item': String(i), 'data-field': 'verdict', 'aria-label': label }, ...ITEM_VERDICTS.map((v) => el('option', { value: v, selected: v === item.verdict }, v)))),
          el('td', {}, item.evidence),
          el('td', {}, el('input', { type: 'text', 'data-item': String(i), 'data-field': 'remark', 'aria-label': `${item.name}的备注`, value: item.remark })),
        ),
      );
    });
    this.q('.form-rows').replaceChildren(...rows);
  }

  private onFormEdit(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const entry = this.entries[this.openIndex];
    const item = entry?.ok ? entry.form?.items[Number(control.dataset['item'])] : undefined;
    if (!item) return;
    if (control.dataset['field'] === 'verdict') item.verdict = control.value as (typeof ITEM_VERDICTS)[number];
    else item.remark = control.value;
  }

  private async downloadForm(): Promise<void> {
    const entry = this.entries[this.openIndex];
    if (!entry?.ok || !entry.form) return;
    // A remark being typed counts even before its change event.
    for (const input of this.root.querySelectorAll<HTMLInputElement>('.form-rows input')) this.onFormEdit({ target: input } as unknown as Event);
    const { formDocx } = await import('./batch-docx');
    const { blob, name } = await formDocx(entry);
    download(blob, name);
    announce('评审表已生成，请在浏览器的下载中查看。');
  }

  /* ---------- Exports ---------- */

  private async onExport(event: Event): Promise<void> {
    const kind = (event.target as HTMLElement).closest<HTMLElement>('[data-export]')?.dataset['export'];
    if (!kind || this.entries.length === 0) return;
    const ordered = this.order().map((i) => this.entries[i]!);
    if (kind === 'csv') download(new Blob([batchToCsv(ordered)], { type: 'text/csv;charset=utf-8' }), '预案批量体检结果.csv');
    else if (kind === 'md') download(new Blob([batchToMarkdown(ordered, location.origin)], { type: 'text/markdown;charset=utf-8' }), '预案批量体检报告.md');
    else if (kind === 'docx') {
      const { opinionDocx } = await import('./batch-docx');
      const choice = this.q<HTMLSelectElement>('.batch-unit').value;
      const group = choice === '' ? undefined : byUnit(this.entries)[Number(choice)];
      const { blob, name } = await opinionDocx(this.entries, group);
      download(blob, name);
    }
    announce('文件已生成，请在浏览器的下载中查看。');
  }
}

/** One file's full report, from what the batch kept. */
function renderEntry(entry: BatchEntry): HTMLElement[] {
  if (!entry.ok) return [el('p', {}, '结论：无法读取。'), el('p', {}, entry.error)];
  const { report } = entry;
  const head = [
    el('p', {}, `单位：${entry.unit || '未识别'}；标题：${report.title || '未识别'}；预案类型：${report.kindName}；预案日期：${entry.date || '未注明'}。`),
    el('p', { class: 'summary-counts' }, `错误 ${report.counts.error} 项，警告 ${report.counts.warning} 项，提示 ${report.counts.info} 项。结论：${verdictOf(entry)}。`),
    report.elements.missing.length > 0 ? el('p', {}, `缺少的要素：${report.elements.missing.join('、')}。`) : el('p', {}, '必备要素齐全。'),
  ];
  if (report.findings.length === 0) return [...head, el('p', {}, '没有发现问题。')];
  const sections: HTMLElement[] = [];
  let list: HTMLUListElement | undefined;
  let current = '';
  for (const finding of report.findings) {
    if (!list || finding.section !== current) {
      current = finding.section;
      list = el('ul', {});
      sections.push(el('section', { class: 'finding-group' }, el('h3', {}, current), list));
    }
    list.append(
      el(
        'li',
        { class: `finding finding-${finding.severity}` },
        el('p', {}, el('span', { class: `severity severity-${finding.severity}` }, SEVERITY_LABELS[finding.severity]), finding.message),
        ...finding.where.map((where) => el('p', {}, `位置：“${where}”`)),
        el('p', {}, `怎么改：${finding.fix}`),
        finding.link && el('p', {}, '参考：', el('a', { href: finding.link.href }, finding.link.label)),
      ),
    );
  }
  return [...head, ...sections];
}

const desks = new WeakMap<HTMLElement, Desk>();

export function deskOf(root: HTMLElement): Desk {
  let desk = desks.get(root);
  if (!desk) desks.set(root, (desk = new Desk(root)));
  return desk;
}
