import { loadLocalData, loadProfile, mergeImport, parseBackup, planImport, serializeBackup, storeLocalData, storeProfile, type ListableStorage } from '../../lib/storage/backup';
import { currentDraft, deleteDraft, newId, renameDraft, saveAs, selectDraft, startNew } from '../../lib/storage/draft-set';
import { browserStorage } from '../../lib/storage/drafts';
import { draftsForm, noticeForm, profileForm } from '../../lib/form/notice-form';
import type { FilledDoc, Template, Values } from '../../lib/model/types';
import { initialValues } from '../../lib/model/values';
import { defaultNotice, fillNotice } from '../../lib/notice/notice';
import type { FilledNotice, NoticeValues } from '../../lib/notice/types';
import { applyProfile, profileFromValues, type Profile, type ProfileKey } from '../../lib/storage/profile';
import { renderNotice, renderRecord } from '../../lib/render/notice-html';
import { download } from '../clipboard';
import { announce } from '../dom';
import type { DraftContent, DraftSync } from './draft-sync';
import { morph, patchElement } from './morph';

/** What the panels need of the editor. */
export interface PanelHost {
  readonly template: Template;
  values: Values;
  notice: NoticeValues;
  readonly drafts: DraftSync;
  /** Redraws plan, form, status and notice from the model. */
  refresh(): void;
  /** Something was edited: redraw and save. */
  edited(): void;
  status(message: string): void;
}

const NOTICE_SWITCHES = new Set(['upward', 'attachPlan', 'sealed']);

/** The notice with the unit's details where it has none of its own (代字, 主送, 印发机关). */
export function noticeFromProfile(notice: NoticeValues, profile: Profile): NoticeValues {
  const text = (key: ProfileKey) => (typeof profile[key] === 'string' ? (profile[key] as string) : '');
  return { ...notice, code: notice.code || text('docCode'), recipients: notice.recipients || text('recipients'), printer: notice.printer || text('printer') };
}

/**
 * The 印发通知, 单位信息 and 草稿 panels beside the form, and the notice in the preview: the notice
 * before the plan and its 版记 after it, drawn from the same model as the .docx.
 */
export class DocPanels {
  private profile: Profile;
  private readonly root: HTMLElement;
  private readonly noticeSlot: HTMLElement | null;
  private readonly recordSlot: HTMLElement | null;

  constructor(
    page: HTMLElement,
    private readonly host: PanelHost,
  ) {
    this.root = page.querySelector<HTMLElement>('.doc-panels')!;
    this.noticeSlot = page.querySelector<HTMLElement>('.notice-slot');
    this.recordSlot = page.querySelector<HTMLElement>('.record-slot');
    this.profile = loadProfile(browserStorage());
    this.root.addEventListener('input', (event) => this.input(event.target as HTMLInputElement));
    this.root.addEventListener('change', (event) => this.change(event.target as HTMLInputElement));
  }

  /** A new draft: the unit's details in the empty fields, the notice's defaults. */
  fresh(): DraftContent {
    const values = applyProfile(initialValues(this.host.template.fields), this.host.template.fields, this.host.template.profile, this.profile, 'empty').values;
    return { values, notice: noticeFromProfile(defaultNotice(), this.profile) };
  }

  /** The filled notice, or undefined when it is off. */
  notice(doc: FilledDoc): FilledNotice | undefined {
    const { notice, values } = this.host;
    if (!notice.enabled) return undefined;
    const org = typeof values['orgName'] === 'string' ? values['orgName'] : '';
    return fillNotice(notice, { planTitle: doc.title, orgName: org, kind: this.host.template.kind });
  }

  /** Draws the notice and 版记 into the preview, and the panels from the current state. */
  render(doc: FilledDoc): FilledNotice | undefined {
    const notice = this.notice(doc);
    for (const [slot, tree] of [[this.noticeSlot, notice && renderNotice(notice)], [this.recordSlot, notice && renderRecord(notice)]] as const) {
      if (!slot) continue;
      slot.hidden = !tree;
      morph(slot, tree ? [tree] : []);
    }
    this.draw();
    return notice;
  }

  private draw(): void {
    // Open or closed stays as the user left it.
    const keepOpen = (selector: string, tree: ReturnType<typeof noticeForm>) => {
      const el = this.root.querySelector<HTMLElement>(selector);
      if (!el) return;
      if (el.hasAttribute('open')) tree.attrs['open'] = true;
      else delete tree.attrs['open'];
      patchElement(el, tree);
    };
    keepOpen('.notice-panel', noticeForm(this.host.notice, this.host.template.kind));
    keepOpen('.profile-panel', profileForm(this.profile));
    keepOpen('.drafts-panel', draftsForm(this.host.drafts.set));
  }

  private input(control: HTMLInputElement): void {
    const [scope, key, part] = control.name.split('.');
    if (scope === 'notice' && key && !NOTICE_SWITCHES.has(key)) {
      this.host.notice = { ...this.host.notice, [key]: control.value };
      this.host.edited();
    } else if (scope === 'profile' && key) this.setProfile(key as ProfileKey, part, control.value);
  }

  private change(control: HTMLInputElement): void {
    const [scope, key] = control.name.split('.');
    if (scope === 'notice' && key && NOTICE_SWITCHES.has(key)) {
      this.host.notice = { ...this.host.notice, [key]: control.checked };
      this.host.edited();
      announce(control.checked ? `已选择：${control.labels?.[0]?.textContent ?? ''}` : `已取消：${control.labels?.[0]?.textContent ?? ''}`);
    } else if (control.classList.contains('draft-select')) this.switchTo(control.value);
    else if (control.classList.contains('data-import') && control.files?.[0]) void this.importFile(control.files[0], control);
  }

  private setProfile(key: ProfileKey, part: string | undefined, value: string): void {
    const current = this.profile[key];
    if (part) {
      const person = typeof current === 'object' ? current : { name: '', title: '' };
      this.profile = { ...this.profile, [key]: { ...person, [part]: value } };
    } else this.profile = { ...this.profile, [key]: value };
    storeProfile(browserStorage(), this.profile);
  }

  /** The panels' buttons: returns false for actions that are not theirs. */
  async action(action: string): Promise<boolean> {
    const handlers: Record<string, () => void | Promise<void>> = {
      'profile-apply': () => this.applyProfile(),
      'profile-take': () => this.takeProfile(),
      'draft-save-as': () => this.saveAs(),
      'draft-rename': () => this.rename(),
      'draft-delete': () => this.remove(),
      'draft-new': () => this.startNew(),
      'data-export': () => this.exportData(),
      'data-import': () => this.root.querySelector<HTMLInputElement>('.data-import')?.click(),
    };
    const handler = handlers[action];
    if (!handler) return false;
    await handler();
    return true;
  }

  private applyProfile(): void {
    const { template } = this.host;
    const { values, changed } = applyProfile(this.host.values, template.fields, template.profile, this.profile, 'all');
    if (changed.length === 0) return this.host.status('本单位信息中还没有可带入本模板的内容。先在“本单位信息”中填写，或把本模板已填的存为本单位信息。');
    this.host.values = values;
    this.host.notice = noticeFromProfile(this.host.notice, this.profile);
    this.host.edited();
    this.host.status(`已带入本单位信息 ${changed.length} 项，可逐项修改。`);
  }

  private takeProfile(): void {
    const { template } = this.host;
    this.profile = profileFromValues(this.profile, this.host.values, template.fields, template.profile);
    const { code, recipients, printer } = this.host.notice;
    this.profile = { ...this.profile, ...(code ? { docCode: code } : {}), ...(recipients ? { recipients } : {}), ...(printer ? { printer } : {}) };
    storeProfile(browserStorage(), this.profile);
    this.draw();
    this.host.status('已存为本单位信息，其他模板可以直接使用。');
  }

  private load(content: DraftContent | undefined): void {
    const next = content ?? this.fresh();
    this.host.values = next.values;
    this.host.notice = next.notice;
    this.host.refresh();
  }

  private switchTo(id: string): void {
    const drafts = this.host.drafts;
    drafts.replace(selectDraft(drafts.set, id));
    this.load(drafts.current());
    this.host.status(`已切换到草稿“${currentDraft(drafts.set)?.name ?? ''}”。`);
  }

  private saveAs(): void {
    const name = window.prompt('新草稿的名称（如“2026年修订”“分校区”）：', '');
    if (name === null) return;
    const drafts = this.host.drafts;
    drafts.replace(saveAs(drafts.set, name, { values: this.host.values, notice: { ...this.host.notice } }, new Date().toISOString()));
    this.host.refresh();
    this.host.status(`已另存为“${currentDraft(drafts.set)?.name ?? ''}”，原草稿保持不变。`);
  }

  private rename(): void {
    const drafts = this.host.drafts;
    const current = currentDraft(drafts.set);
    if (!current) return;
    const name = window.prompt('草稿的新名称：', current.name);
    if (name === null) return;
    drafts.replace(renameDraft(drafts.set, current.id, name));
    this.host.refresh();
    this.host.status(`草稿已改名为“${currentDraft(drafts.set)?.name ?? ''}”。`);
  }

  private remove(): void {
    const drafts = this.host.drafts;
    const current = currentDraft(drafts.set);
    if (!current || !window.confirm(`确定删除草稿“${current.name}”吗？此操作不能撤销。`)) return;
    drafts.cancel();
    drafts.replace(deleteDraft(drafts.set, current.id));
    this.load(drafts.current());
    this.host.status(`已删除草稿“${current.name}”。`);
  }

  private startNew(): void {
    const drafts = this.host.drafts;
    const fresh = this.fresh();
    drafts.replace(startNew(drafts.set, { values: fresh.values, notice: { ...fresh.notice } }, new Date().toISOString()));
    this.load(fresh);
    this.host.status(`已开始新的草稿“${currentDraft(drafts.set)?.name ?? ''}”，原草稿保持不变。`);
  }

  private storage(): ListableStorage | undefined {
    const storage = browserStorage();
    return storage && 'key' in storage ? (storage as ListableStorage) : undefined;
  }

  private exportData(): void {
    const storage = this.storage();
    if (!storage) return this.dataStatus('此浏览器不允许读取本地数据，无法导出。');
    this.host.drafts.flush();
    const now = new Date();
    const text = serializeBackup(loadLocalData(storage), now.toISOString());
    const date = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
    download(new Blob([text], { type: 'application/json' }), `预案模板库-我的数据-${date}.json`);
    this.dataStatus('已导出本单位信息和全部草稿，请在浏览器的下载中查看。');
  }

  private async importFile(file: File, input: HTMLInputElement): Promise<void> {
    input.value = '';
    const storage = this.storage();
    if (!storage) return this.dataStatus('此浏览器不允许保存数据，无法导入。');
    const parsed = parseBackup(await file.text(), file.size);
    if (!parsed.ok) return this.dataStatus(`未导入：${parsed.message} 本机的数据没有任何改动。`, true);
    this.host.drafts.flush();
    const local = loadLocalData(storage);
    const plan = planImport(local, parsed.backup);
    let replace = false;
    if (plan.conflicts.length > 0 || plan.profileConflict) {
      const names = plan.conflicts.slice(0, 5).map((c) => `“${c.name}”`).join('、');
      const parts = [plan.conflicts.length > 0 ? `${plan.conflicts.length} 份草稿与本机同名但内容不同（${names}${plan.conflicts.length > 5 ? '等' : ''}）` : '', plan.profileConflict ? '本单位信息与本机不同' : ''].filter(Boolean);
      replace = window.confirm(`${parts.join('；')}。\n\n选“确定”用文件中的内容替换本机的；选“取消”保留本机的（同名草稿两份都保留，导入的一份名称后加“（导入）”）。`);
    }
    const result = storeLocalData(storage, mergeImport(local, parsed.backup, replace, newId));
    if (!result.ok) return this.dataStatus('浏览器存储空间不足，导入未完成。', true);
    this.profile = loadProfile(storage);
    this.host.drafts.reload();
    this.load(this.host.drafts.current());
    this.dataStatus(`已导入：新增草稿 ${plan.added} 份${plan.same ? `，${plan.same} 份与本机相同已跳过` : ''}${plan.conflicts.length ? `，同名 ${plan.conflicts.length} 份已${replace ? '替换' : '另存'}` : ''}。`);
  }

  private dataStatus(message: string, alert = false): void {
    const box = this.root.querySelector<HTMLElement>('.data-status');
    if (box) {
      box.setAttribute('role', alert ? 'alert' : 'status');
      box.textContent = message;
    }
    announce(message);
  }
}
