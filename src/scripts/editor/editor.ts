import type { DraftResult } from '../../lib/storage/drafts';
import { isExportFormat, type ExportFormat } from '../../lib/export/formats';
import { editList, groupNames, rowAt, setValue, type ListOp } from '../../lib/form/edit';
import { missingStatus } from '../../lib/form/status';
import { noticeChoice } from '../../lib/form/notice-form';
import { fieldPlace } from '../../lib/form/place';
import { fieldId, formTree } from '../../lib/form/tree';
import { fill } from '../../lib/model/fill';
import type { FilledDoc, FillMode, Group, Template, Values } from '../../lib/model/types';
import { initialValues } from '../../lib/model/values';
import { defaultNotice } from '../../lib/notice/notice';
import type { NoticeValues } from '../../lib/notice/types';
import type { HNode } from '../../lib/render/hnode';
import { renderDocument } from '../../lib/render/html';
import { checkDraft } from '../check-draft';
import { download } from '../clipboard';
import { announce, showAlert } from '../dom';
import { confirmDownload } from './confirm-download';
import { indentSignatures } from '../signature-indent';
import { DocPanels } from './doc-panels';
import { DraftSync, type DraftContent } from './draft-sync';
import { morph, patchElement } from './morph';
import { copyDocument, copySection, exportCards, exportFile, exportName } from './outputs';
import { UndoBar } from './undo-bar';
import { setView } from './view';

const STORAGE_MESSAGES: Record<'unavailable' | 'full', string> = {
  unavailable: '此浏览器不允许保存草稿，关闭页面后填写内容会丢失。下载和复制不受影响。',
  full: '浏览器存储空间已满，草稿未能保存。下载和复制不受影响。',
};

/** Copy buttons are built hidden (they need this code); the live plan shows them. */
function revealCopyButtons(node: HNode): void {
  if (typeof node === 'string') return;
  if (node.attrs['class'] === 'copy-section') delete node.attrs['hidden'];
  for (const child of node.children) revealCopyButtons(child);
}

/**
 * The plan page once used: the form edits values, the plan and the status are redrawn from the model
 * (only what changed), the draft is kept, and copy and downloads are served. Loaded on first use by
 * boot.ts; the page as built is the same model rendered with no values.
 */
export class Editor {
  private readonly mode: FillMode;
  values: Values = {};
  /** The 印发通知 and 加盖印章 of the current draft. */
  notice: NoticeValues;
  private doc!: FilledDoc;
  private panels: DocPanels | undefined;
  private showGuides = true;
  private storageWarned = false;
  private readonly plan: HTMLElement;
  private readonly form: HTMLElement | null;
  private sync: DraftSync | undefined;
  private readonly undo: UndoBar;

  /** The named drafts; only on a page with a form. */
  get drafts(): DraftSync {
    return this.sync!;
  }

  constructor(
    private readonly root: HTMLElement,
    readonly template: Template,
  ) {
    this.mode = root.dataset['mode'] === 'example' ? 'example' : 'user';
    this.notice = defaultNotice();
    this.plan = root.querySelector<HTMLElement>('.plan')!;
    this.form = root.querySelector<HTMLElement>('.fill-form');
    this.undo = new UndoBar(root);
  }

  start(): void {
    if (this.mode === 'user' && this.form) this.startForm();
    else this.doc = fill(this.template, this.mode, {});
    this.root.addEventListener('click', (event) => void this.click(event.target as HTMLElement, event));
    this.root.dataset['ready'] = '';
  }

  private startForm(): void {
    this.sync = new DraftSync(this.template.slug, this.template.fields, {
      content: () => ({ values: this.values, notice: this.notice }),
      external: (theirs, pending) => this.external(theirs, pending),
      saved: (result) => this.storageResult(result),
    });
    if (this.root.querySelector('.doc-panels')) this.panels = new DocPanels(this.root, this);
    const saved = this.sync.current();
    const restored = saved !== undefined;
    ({ values: this.values, notice: this.notice } = saved ?? this.panels?.fresh() ?? { values: initialValues(this.template.fields), notice: this.notice });
    // Whatever was typed or picked while this code loaded counts too.
    const typed = this.typedBeforeLoad();
    const choice = this.root.querySelector<HTMLElement>('.notice-choice');
    const picked = choice?.querySelector<HTMLInputElement>('input:checked');
    if (picked && !this.notice.chosen) this.notice = { ...this.notice, enabled: picked.value === 'notice', chosen: true };
    choice?.addEventListener('change', (event) => this.choose((event.target as HTMLInputElement).value === 'notice'));
    this.form!.addEventListener('input', (event) => this.input(event.target as HTMLInputElement));
    this.form!.addEventListener('change', (event) => this.input(event.target as HTMLInputElement));
    this.root.querySelector('.toggle-guides')?.addEventListener('change', (event) => {
      this.showGuides = (event.target as HTMLInputElement).checked;
      this.update();
    });
    this.root.querySelector('.fill-panel')?.addEventListener('focusin', (event) => this.follow(event.target as HTMLElement));
    this.update();
    if (typed || picked) this.sync.schedule();
    if (document.activeElement instanceof HTMLElement) this.follow(document.activeElement);
    if (restored) this.status('已恢复上次在本浏览器中填写的草稿。');
  }

  private typedBeforeLoad(): boolean {
    let typed = false;
    for (const control of this.form!.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[name], textarea[name]')) {
      const changed = control.type === 'checkbox' ? (control as HTMLInputElement).checked !== (control as HTMLInputElement).defaultChecked : control.value !== control.defaultValue;
      if (!changed) continue;
      setValue(this.template.fields, this.values, control.name, control.type === 'checkbox' ? (control as HTMLInputElement).checked : control.value);
      typed = true;
    }
    return typed;
  }

  private input(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): void {
    if (!control.name || control.classList.contains('toggle-guides')) return;
    const value = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value;
    setValue(this.template.fields, this.values, control.name, value);
    this.undo.dismiss();
    this.changed(control.name.split('.')[0]);
  }

  /** `key`: the one field typed into, so only its part of the form is redrawn. */
  private changed(key?: string): void {
    this.update(key);
    this.sync?.schedule();
  }

  /** Beside the form (wide screens), the preview follows the field being edited to its place in the plan. */
  private follow(control: HTMLElement): void {
    const name = control.getAttribute('name') ?? '';
    if (!name || !this.form?.parentElement?.contains(control) || !matchMedia('(min-width: 64rem)').matches) return;
    const [scope, part] = name.split('.');
    const key = scope === 'notice' ? `notice-${part}` : scope!;
    const place = fieldPlace(this.doc, key);
    const target =
      this.root.querySelector(`.plan-col mark.ph[data-field="${CSS.escape(key)}"]`) ??
      (scope === 'notice' ? this.root.querySelector('.notice-slot:not([hidden])') : null) ??
      (place === 'title' ? this.plan.querySelector('.plan-title') : place ? this.plan.querySelector(`[data-section="${CSS.escape(place)}"]`) : null);
    if (!target) return;
    const box = target.getBoundingClientRect();
    const bar = this.root.querySelector('.plan-bar')?.getBoundingClientRect().bottom ?? 0;
    if (box.top >= bar && box.top < innerHeight - 40) return;
    target.scrollIntoView({ block: box.height > innerHeight / 2 ? 'start' : 'center' });
  }

  /** 正式发文 or 仅预案正文: the notice's panel opens when it is wanted. */
  private choose(notice: boolean): void {
    this.notice = { ...this.notice, enabled: notice, chosen: true };
    this.changed();
    if (notice) this.root.querySelector<HTMLDetailsElement>('.notice-panel')?.setAttribute('open', '');
    this.status(notice ? '已选择正式发文：印发通知的栏目在表单末尾的“印发通知和落款”中。' : '已选择仅预案正文，不加印发通知。');
  }

  /** The panels edited the notice or the values: redraw everything and save. */
  edited(): void {
    this.changed();
  }

  /** The panels loaded another draft: redraw everything. */
  refresh(): void {
    this.update();
  }

  /** Unfilled fields of the plan, then, when it is on, of the notice. */
  private missing(): FilledDoc['missing'] {
    const notice = this.panels?.notice(this.doc);
    return [...this.doc.missing, ...(notice?.missing ?? [])];
  }

  /** Redraws plan, form and status from the model; the DOM changes only where they differ. */
  private update(key?: string): void {
    this.doc = fill(this.template, this.mode, this.values, { sealed: this.notice.sealed });
    const tree = renderDocument(this.doc, { guides: this.mode === 'user' && this.showGuides, chrome: true });
    revealCopyButtons(tree);
    const marked = this.plan.querySelector('.is-target')?.id;
    morph(this.plan, tree.children);
    if (marked) document.getElementById(marked)?.classList.add('is-target');
    if (this.form) this.updateForm(key);
    const choice = this.root.querySelector<HTMLElement>('.notice-choice');
    if (choice) patchElement(choice, noticeChoice(this.notice));
    this.panels?.render(this.doc);
    indentSignatures(this.root);
    const status = this.root.querySelector('.missing');
    if (status) morph(status, missingStatus(this.missing()));
    if (this.form) checkDraft(this.root.querySelector('.draft-check'), this.doc);
  }

  private updateForm(key?: string): void {
    const field = key === undefined ? undefined : this.template.fields.find((f) => f.key === key);
    const box = field && this.form!.querySelector<HTMLElement>(`[data-field-box="${key}"]`);
    if (field && box) patchElement(box, formTree([field], this.values)[0]!);
    else morph(this.form!, formTree(this.template.fields, this.values));
  }

  private external(theirs: DraftContent, pending: boolean): void {
    if (!pending) {
      ({ values: this.values, notice: this.notice } = theirs);
      this.update();
      this.status('已载入在另一个标签页中保存的修改。');
      return;
    }
    // Both tabs changed the draft: the user decides, nothing is overwritten silently.
    this.status('另一个标签页也修改了这份草稿。');
    const box = this.root.querySelector<HTMLElement>('.draft-status')!;
    const choice = (text: string, keep: boolean) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary small';
      button.textContent = text;
      button.addEventListener('click', () => {
        if (keep) this.sync!.flush();
        else {
          this.sync!.cancel();
          ({ values: this.values, notice: this.notice } = theirs);
          this.update();
        }
        this.status(keep ? '已保存本页内容。' : '已载入另一个标签页的内容。');
      });
      return button;
    };
    box.append(' ', choice('载入那边的内容', false), ' ', choice('保留本页内容', true));
  }

  private storageResult(result: DraftResult): void {
    if (result.ok || this.storageWarned) return;
    this.storageWarned = true;
    const alert = this.root.querySelector<HTMLElement>('.storage-alert');
    if (alert) alert.textContent = STORAGE_MESSAGES[result.reason];
  }

  status(message: string): void {
    const status = this.root.querySelector<HTMLElement>('.draft-status');
    if (status) status.textContent = message;
  }

  private focusField(id: string): void {
    const control = document.getElementById(id);
    if (!control) return;
    setView(this.root, 'fill');
    this.root.querySelector<HTMLDetailsElement>('details.missing')?.removeAttribute('open');
    // A notice field may sit in a closed panel.
    for (let box = control.closest('details'); box; box = box.parentElement?.closest('details') ?? null) box.open = true;
    control.scrollIntoView({ block: 'center' });
    control.focus();
  }

  /** Every click the page handles; boot.ts replays the click that loaded this code. */
  async click(target: HTMLElement, event?: Event): Promise<void> {
    const link = target.closest<HTMLElement>('[data-focus]');
    if (link) {
      event?.preventDefault();
      return this.focusField(link.dataset['focus']!);
    }
    const placeholder = target.closest<HTMLElement>('mark.ph');
    if (placeholder?.dataset['field'] && this.form) return this.focusField(fieldId(placeholder.dataset['field']));
    const op = target.closest<HTMLButtonElement>('[data-op]');
    if (op) return this.listOp(op);
    if (target.closest('.clear-draft')) return this.clear();
    const copy = target.closest<HTMLButtonElement>('.copy-section');
    if (copy) return this.copySection(copy);
    const action = target.closest<HTMLElement>('[data-action]')?.dataset['action'];
    if (action && (await this.panels?.action(action))) return;
    if (action) return this.action(action);
  }

  private listOp(button: HTMLButtonElement): void {
    const path = button.dataset['list']!;
    const op = button.dataset['op'] as ListOp;
    const index = Number(button.dataset['index'] ?? 0);
    if (op === 'del') return this.deleteRow(path, index);
    const at = editList(this.template.fields, this.values, path, op, index);
    if (op === 'add') announce('已添加一行');
    this.changed();
    this.focusAfter(path, op, at);
  }

  /** Deletes a row, asking first when it is a group holding names; 撤销 brings it back for a while. */
  private deleteRow(path: string, index: number): void {
    const row = rowAt(this.template.fields, this.values, path, index);
    const isGroup = this.template.fields.find((f) => f.key === path)?.kind === 'groupList';
    const group = isGroup ? (row as Group | undefined) : undefined;
    const names = group ? groupNames(group) : [];
    const what = group ? `第${index + 1}组${group.name.trim() ? `“${group.name.trim()}”` : ''}` : `第${index + 1}行`;
    if (names.length > 0) {
      const listed = names.slice(0, 4).join('、') + (names.length > 4 ? '等' : '');
      if (!window.confirm(`删除${what}？组内已填写的 ${names.length} 个姓名（${listed}）和职责也会一并删除。删除后可以点“撤销”恢复。`)) return;
    }
    const before = structuredClone(this.values);
    const at = editList(this.template.fields, this.values, path, 'del', index);
    this.changed();
    this.focusAfter(path, 'del', at);
    this.undo.show(`已删除${what}。`, () => {
      this.values = before;
      this.changed();
      this.form!.querySelector<HTMLElement>(`[data-row="${path}.${index}"] :is(input, textarea)`)?.focus();
      announce(`已恢复${what}。`);
    });
  }

  /** Focus stays with the row concerned: the new row, the moved row's same button, or the row after a deleted one. */
  private focusAfter(path: string, op: ListOp, at: number): void {
    const form = this.form!;
    let target: HTMLElement | null = null;
    if (op === 'up' || op === 'down') {
      const row = form.querySelector(`[data-row="${path}.${at}"]`);
      const button = (name: string) => row?.querySelector<HTMLElement>(`[data-list="${path}"][data-op="${name}"]:not([disabled])`) ?? null;
      target = button(op) ?? button(op === 'up' ? 'down' : 'up');
    } else if (at >= 0) target = form.querySelector(`[data-row="${path}.${at}"] :is(input, textarea)`);
    target ??= form.querySelector<HTMLElement>(`[data-op="add"][data-list="${path}"]`);
    target?.focus();
  }

  private clear(): void {
    if (!window.confirm('确定清除当前草稿已填写的全部内容吗？此操作不能撤销。')) return;
    this.values = initialValues(this.template.fields);
    this.notice = defaultNotice();
    this.changed();
    this.status('');
    announce('已清除填写内容。');
  }

  private async copySection(button: HTMLButtonElement): Promise<void> {
    const ok = await copySection(this.doc, button.closest<HTMLElement>('[data-section]')?.dataset['section']);
    if (ok === undefined) return;
    announce(ok ? '已复制本节。' : '复制失败，请选中文字后手动复制。');
    button.textContent = ok ? '已复制' : '复制失败';
    setTimeout(() => (button.textContent = '复制本节'), 2000);
  }

  private async action(action: string): Promise<void> {
    if (action === 'copy-rich') return this.done(await copyDocument(this.doc, true), '已复制全文（带格式），可直接粘贴到 Word 或 WPS。');
    if (action === 'copy-plain') return this.done(await copyDocument(this.doc, false), '已复制全文（纯文本）。');
    const format = action === 'cards-docx' || isExportFormat(action) ? action : undefined;
    if (!format) return;
    const missing = this.missing();
    if (this.mode === 'user' && missing.length > 0) {
      const choice = await confirmDownload(missing);
      if (choice === 'fill') return this.focusField(fieldId(missing[0]!.key));
      if (choice !== 'download') return;
    }
    await this.export(format);
  }

  private done(ok: boolean, message: string): void {
    announce(ok ? message : '复制失败，请选中文字后手动复制。');
  }

  /** A file of the plan, or (cards-docx) its 应急处置卡 as <单位>-<模板>-应急处置卡.docx. */
  private async export(format: ExportFormat | 'cards-docx'): Promise<void> {
    showAlert(this.root, '');
    try {
      if (format === 'cards-docx') download(await exportCards(this.doc), exportName(this.template, this.mode, this.values, 'docx').replace(/\.docx$/, '-应急处置卡.docx'));
      else download(await exportFile(this.doc, format, this.panels?.notice(this.doc)), exportName(this.template, this.mode, this.values, format));
      announce('文件已生成，请在浏览器的下载中查看。');
    } catch {
      const message = '文件没有生成成功，可能是网络中断了（Word 文档的生成程序要在第一次下载时加载）。请检查网络后再点一次。';
      announce(message);
      showAlert(this.root, message);
    }
  }
}

/** Loads the model and starts the editor on a plan page. Resolves undefined when the model cannot load. */
export async function startEditor(root: HTMLElement): Promise<Editor | undefined> {
  const response = await fetch(root.dataset['src']!);
  // Without the model the page stays what it is without JavaScript: a readable plan.
  if (!response.ok) return undefined;
  const editor = new Editor(root, (await response.json()) as Template);
  editor.start();
  return editor;
}
