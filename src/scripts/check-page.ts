import type { ReadInfo } from '../lib/check/read/file';
import type { Paragraph, Report, Rules } from '../lib/check/types';
import { exportFileName } from '../lib/export/filename';
import { formatDate } from '../lib/model/text';
import { copyPlain, download } from './clipboard';
import { announce } from './dom';
import { renderFindings, renderSummary, renderUserText } from './check-report';

const NOTHING_TO_CHECK = '请先打开一个文件，或者把预案全文粘贴到文本框里。';
const RULES_FAILED = '检查规则没有加载成功，请刷新页面后再试。';
/** Added to a read error on this page, where the text can be pasted instead. */
const PASTE_HINT = '也可以复制正文，粘贴到下面的文本框里检查。';

type Engine = typeof import('./check-engine');
let engine: Promise<Engine> | undefined;
/** The checker loads when a file is opened or text is pasted, not with the page. */
const loadEngine = (): Promise<Engine> => (engine ??= import('./check-engine'));

/**
 * The /check/ page: reads a file (picked or dropped) or pasted text, checks it in the browser and
 * shows the report. Nothing is sent anywhere; the .docx reader loads only when a .docx is opened.
 */
class CheckPage extends HTMLElement {
  private rules: Promise<Rules | undefined> | undefined;
  private paragraphs: Paragraph[] = [];
  private readInfo: ReadInfo | undefined;
  private fileName = '';
  private report: Report | undefined;
  private toMarkdown: Engine['reportToMarkdown'] | undefined;
  /** The day the report was made, 2026年6月29日: printed and written into the .docx. */
  private checked = '';
  private readonly q = <T extends HTMLElement>(selector: string) => this.querySelector<T>(selector)!;

  connectedCallback(): void {
    this.rules = fetch(this.dataset['rules']!)
      .then((response) => (response.ok ? (response.json() as Promise<Rules>) : undefined))
      .catch(() => undefined);
    this.q<HTMLInputElement>('.check-file').addEventListener('change', (event) => {
      const file = (event.target as HTMLInputElement).files?.[0];
      if (file) void this.openFile(file);
    });
    this.q('.run-check').addEventListener('click', () => void this.checkPasted());
    this.q<HTMLSelectElement>('.check-kind').addEventListener('change', () => void this.run());
    this.q('.report-actions').addEventListener('click', (event) => void this.onAction(event));
    this.q('.report-findings').addEventListener('click', (event) => this.onGoto(event));
    this.setUpDrop(this.q('.drop-zone'));
  }

  private setUpDrop(zone: HTMLElement): void {
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('is-over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('is-over'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('is-over');
      const file = event.dataTransfer?.files[0];
      if (file) void this.openFile(file);
    });
  }

  private alert(message: string): void {
    this.q('.check-alert').textContent = message;
  }

  /** A new file or text replaces whatever was shown before, even when it cannot be read. */
  private clear(): void {
    this.alert('');
    this.report = undefined;
    this.paragraphs = [];
    this.readInfo = undefined;
    this.fileName = '';
    this.q('.check-report').hidden = true;
    for (const selector of ['.report-summary', '.report-findings', '.user-text', '.report-file', '.report-date']) this.q(selector).replaceChildren();
  }

  private async openFile(file: File): Promise<void> {
    this.clear();
    announce(`正在读取 ${file.name}…`);
    const { readPlanFile } = await loadEngine();
    const result = await readPlanFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) {
      this.alert(`${file.name}：${result.message}${PASTE_HINT}`);
      return;
    }
    this.fileName = file.name;
    this.paragraphs = result.paragraphs;
    this.readInfo = result.info;
    await this.run();
  }

  private async checkPasted(): Promise<void> {
    const text = this.q<HTMLTextAreaElement>('.check-text').value;
    this.clear();
    if (text.trim() === '') {
      this.alert(NOTHING_TO_CHECK);
      return;
    }
    const { readText } = await loadEngine();
    this.paragraphs = readText(text);
    await this.run();
  }

  /** Checks what was last read, with the kind chosen now (or detected). */
  private async run(): Promise<void> {
    if (this.paragraphs.length === 0) return;
    const rules = await this.rules;
    if (!rules) {
      this.alert(RULES_FAILED);
      return;
    }
    const kind = this.q<HTMLSelectElement>('.check-kind').value || undefined;
    const { checkPlan, reportToMarkdown } = await loadEngine();
    this.toMarkdown = reportToMarkdown;
    this.report = checkPlan(this.paragraphs, rules, { kind, read: this.readInfo });
    this.show(this.report);
  }

  private show(report: Report): void {
    const now = new Date();
    this.checked = formatDate(`${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`);
    this.q('.report-file').textContent = this.fileName ? `文件：${this.fileName}` : '检查的是粘贴的文字';
    this.q('.report-date').textContent = `检查日期：${this.checked}`;
    this.q('.report-summary').replaceChildren(...renderSummary(report));
    this.q('.report-findings').replaceChildren(...renderFindings(report));
    this.q('.user-text').replaceChildren(...renderUserText(report));
    const section = this.q('.check-report');
    section.hidden = false;
    this.q('#report-title').focus();
    announce(`检查完成：错误 ${report.counts.error} 项，警告 ${report.counts.warning} 项，提示 ${report.counts.info} 项。`);
  }

  /** Following a finding's link moves focus to the paragraph, so keyboard users land there too. */
  private onGoto(event: Event): void {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[href^="#p-"]');
    if (!link) return;
    const target = document.getElementById(link.hash.slice(1));
    if (!target) return;
    event.preventDefault();
    for (const old of this.querySelectorAll('.is-target')) old.classList.remove('is-target');
    target.classList.add('is-target');
    history.replaceState(null, '', link.hash);
    target.scrollIntoView({ block: 'center' });
    target.focus();
  }

  private markdown(): string {
    return this.toMarkdown!(this.report!, { file: this.fileName || undefined, site: location.origin });
  }

  private reportName(extension: 'md' | 'docx'): string {
    const base = this.fileName.replace(/\.[^.]+$/, '') || this.report!.title;
    return exportFileName(base, '体检报告', extension);
  }

  private async onAction(event: Event): Promise<void> {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
    if (!action || !this.report) return;
    if (action === 'copy') announce((await copyPlain(this.markdown())) ? '已复制报告。' : '复制失败，请选中报告文字后手动复制。');
    else if (action === 'download') {
      download(new Blob([this.markdown()], { type: 'text/markdown;charset=utf-8' }), this.reportName('md'));
      announce('报告已生成，请在浏览器的下载中查看。');
    } else if (action === 'docx') {
      announce('正在生成 Word 文档…');
      // The .docx writer is large: it loads on the first click, never with the page.
      const { checkReportDocx } = await import('./batch-docx');
      download(await checkReportDocx(this.fileName || '粘贴的文字', this.report, this.checked), this.reportName('docx'));
      announce('报告已生成，请在浏览器的下载中查看。');    } else if (action === 'print') window.print();
  }
}

customElements.define('check-page', CheckPage);
