import { browserStorage, clearDraft, loadDraft, saveDraft, type DraftResult } from '../lib/drafts';
import { exportFileName } from '../lib/export/filename';
import { fill, sectionsOf } from '../lib/model/fill';
import { cleanText } from '../lib/model/text';
import type { FilledDoc, FillMode, Template, Values } from '../lib/model/types';
import { initialValues } from '../lib/model/values';
import { toDom, toHtml } from '../lib/render/hnode';
import { renderDocument, renderSection } from '../lib/render/html';
import { toMarkdown } from '../lib/render/markdown';
import { sectionToPlainText, toPlainText } from '../lib/render/text';
import { copyPlain, copyRich, download } from './clipboard';
import { announce, el } from './dom';
import { FieldForm, fieldId } from './editor/form';
import { checkDraft } from './check-draft';

const SAVE_DELAY_MS = 400;
const STORAGE_MESSAGES: Record<'unavailable' | 'full', string> = {
  unavailable: '此浏览器不允许保存草稿，关闭页面后填写内容会丢失。导出和复制不受影响。',
  full: '浏览器存储空间已满，草稿未能保存。导出和复制不受影响。',
};

/**
 * A template or worked-example page: renders the plan from the model, copies any section, exports
 * the whole plan and, on template pages, runs the form with its live preview and draft.
 */
class PlanPage extends HTMLElement {
  private template!: Template;
  private mode: FillMode = 'user';
  private values: Values = {};
  private doc!: FilledDoc;
  private plan = document.querySelector<HTMLElement>('.plan')!;
  private showGuides = true;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private storageWarned = false;

  async connectedCallback(): Promise<void> {
    const response = await fetch(this.dataset['src']!);
    // Without the model the page stays what it is without JavaScript: a readable plan.
    if (!response.ok) return;
    this.template = (await response.json()) as Template;
    this.mode = this.dataset['mode'] === 'example' ? 'example' : 'user';
    this.addEventListener('click', (event) => void this.onToolbar(event));
    this.plan.addEventListener('click', (event) => void this.onPlanClick(event));
    const restored = this.mode === 'user' && this.startEditor();
    // The page was built from the same model: only a restored draft changes what it shows.
    if (restored) this.update();
    else this.adopt();
    this.hidden = false;
    // Links to the form only make sense once the form exists.
    for (const link of document.querySelectorAll<HTMLElement>('.fill-link')) link.hidden = false;
    this.markTarget(restored);
    window.addEventListener('hashchange', () => this.markTarget(false));
  }

  /**
   * Highlights the section a link (e.g. a search result) points to. Rendering replaced the element the
   * browser had scrolled to, so :target no longer applies and the position must be restored.
   */
  private markTarget(scroll: boolean): void {
    for (const old of this.plan.querySelectorAll('.is-target')) old.classList.remove('is-target');
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target || !this.plan.contains(target)) return;
    target.classList.add('is-target');
    if (scroll) target.scrollIntoView();
  }

  /** Builds the form; returns whether a saved draft was restored. */
  private startEditor(): boolean {
    const { values, restored } = loadDraft(browserStorage(), this.template.slug, this.template.fields);
    this.values = values;
    const form = new FieldForm(this.querySelector<HTMLElement>('.fill-form')!, this.template.fields, this.values, () => this.changed());
    void form.render();
    if (restored) this.status('已恢复上次在本浏览器中填写的草稿。');
    this.querySelector<HTMLInputElement>('.toggle-guides')?.addEventListener('change', (event) => {
      this.showGuides = (event.target as HTMLInputElement).checked;
      this.update();
    });
    this.querySelector('.clear-draft')?.addEventListener('click', () => {
      if (!window.confirm('确定清除本模板已填写的全部内容吗？此操作不能撤销。')) return;
      this.values = initialValues(this.template.fields);
      void form.render(this.values);
      this.storageResult(clearDraft(browserStorage(), this.template.slug));
      this.update();
      announce('已清除填写内容。');
    });
    return restored;
  }

  private changed(): void {
    this.update();
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.storageResult(saveDraft(browserStorage(), this.template.slug, this.values)), SAVE_DELAY_MS);
  }

  private storageResult(result: DraftResult): void {
    if (result.ok || this.storageWarned) return;
    this.storageWarned = true;
    const alert = this.querySelector<HTMLElement>('.storage-alert');
    if (alert) alert.textContent = STORAGE_MESSAGES[result.reason];
  }

  private status(message: string): void {
    const status = this.querySelector<HTMLElement>('.draft-status');
    if (status) status.textContent = message;
  }

  /** Takes over the plan as built: the model for copy and export, the copy buttons shown. */
  private adopt(): void {
    this.doc = fill(this.template, this.mode, this.values);
    for (const button of this.plan.querySelectorAll<HTMLButtonElement>('.copy-section')) button.hidden = false;
    if (this.mode === 'user') this.showMissing();
  }

  /** Re-renders the plan from the model: the same renderer built the static page. */
  private update(): void {
    this.doc = fill(this.template, this.mode, this.values);
    const tree = renderDocument(this.doc, { guides: this.mode === 'user' && this.showGuides, chrome: true });
    const fresh = toDom(tree, document) as HTMLElement;
    for (const button of fresh.querySelectorAll<HTMLButtonElement>('.copy-section')) button.hidden = false;
    const marked = this.plan.querySelector('.is-target')?.id;
    this.plan.replaceChildren(...fresh.childNodes);
    if (marked) document.getElementById(marked)?.classList.add('is-target');
    if (this.mode === 'user') this.showMissing();
    if (this.mode === 'user') checkDraft(this.querySelector('.draft-check'), this.doc);
  }

  private showMissing(): void {
    const box = this.querySelector<HTMLElement>('.missing');
    if (!box) return;
    const { missing } = this.doc;
    if (missing.length === 0) {
      box.replaceChildren(el('p', {}, '已全部填写。'));
      return;
    }
    const links = missing.map(({ key, label }) => el('li', {}, el('a', { href: `#${fieldId(key)}`, 'data-focus': fieldId(key) }, label)));
    box.replaceChildren(el('p', {}, `还有 ${missing.length} 处未填写：`), el('ul', {}, ...links));
  }

  private focusField(id: string): void {
    const input = document.getElementById(id);
    if (!input) return;
    input.scrollIntoView({ block: 'center' });
    input.focus();
  }

  private async onPlanClick(event: Event): Promise<void> {
    const target = event.target as HTMLElement;
    const placeholder = target.closest<HTMLElement>('mark.ph');
    if (placeholder?.dataset['field'] && this.mode === 'user') return this.focusField(fieldId(placeholder.dataset['field']));
    const button = target.closest<HTMLButtonElement>('.copy-section');
    if (!button) return;
    const section = [...sectionsOf(this.doc.body)].find((s) => s.id === button.dataset['section']);
    if (!section) return;
    const ok = await copyRich(toHtml(renderSection(section, { standalone: true })), sectionToPlainText(section));
    announce(ok ? '已复制本节。' : '复制失败，请选中文字后手动复制。');
    button.textContent = ok ? '已复制' : '复制失败';
    setTimeout(() => (button.textContent = '复制本节'), 2000);
  }

  private async onToolbar(event: Event): Promise<void> {
    const link = (event.target as HTMLElement).closest<HTMLElement>('[data-focus]');
    if (link) {
      event.preventDefault();
      return this.focusField(link.dataset['focus']!);
    }
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
    if (!action) return;
    if (action === 'copy-rich') return this.done(await copyRich(toHtml(renderDocument(this.doc, { standalone: true })), toPlainText(this.doc)), '已复制全文（带格式）。');
    if (action === 'copy-plain') return this.done(await copyPlain(toPlainText(this.doc)), '已复制全文（纯文本）。');
    await this.export(action);
  }

  private done(ok: boolean, message: string): void {
    announce(ok ? message : '复制失败，请选中文字后手动复制。');
  }

  private fileName(extension: string): string {
    const org = this.mode === 'example' ? this.template.fields.find((f) => f.key === 'orgName')?.example : this.values['orgName'];
    return exportFileName(typeof org === 'string' ? cleanText(org) : '', this.template.name, extension);
  }

  private async export(format: string): Promise<void> {
    if (format === 'md') download(new Blob([toMarkdown(this.doc)], { type: 'text/markdown;charset=utf-8' }), this.fileName('md'));
    else if (format === 'txt') download(new Blob([toPlainText(this.doc)], { type: 'text/plain;charset=utf-8' }), this.fileName('txt'));
    else if (format === 'docx') {
      announce('正在生成 Word 文档…');
      // The .docx writer is the heaviest code on the site: it loads only when asked for.
      const { toDocxBlob } = await import('../lib/render/docx');
      download(await toDocxBlob(this.doc), this.fileName('docx'));
    } else return;
    announce('文件已生成，请在浏览器的下载中查看。');
  }
}

customElements.define('plan-page', PlanPage);
