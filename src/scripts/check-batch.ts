/**
 * /check/batch/ before any file is chosen: only the pickers and the drop zone. The reading,
 * checking and table code (batch-desk.ts) loads when the first files arrive.
 */
type Source = { files: File[] } | { entries: FileSystemEntry[] };

class BatchDesk extends HTMLElement {
  connectedCallback(): void {
    for (const selector of ['.batch-files', '.batch-folder']) {
      this.querySelector<HTMLInputElement>(selector)!.addEventListener('change', (event) => {
        const input = event.target as HTMLInputElement;
        const files = [...(input.files ?? [])];
        input.value = '';
        if (files.length) void this.start({ files });
      });
    }
    const zone = this.querySelector<HTMLElement>('.batch-drop')!;
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('is-over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('is-over'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('is-over');
      // Entries must be taken while the event lasts; folders are walked afterwards.
      const items = [...(event.dataTransfer?.items ?? [])];
      const entries = items.map((item) => item.webkitGetAsEntry?.()).filter((entry): entry is FileSystemEntry => Boolean(entry));
      if (entries.length) void this.start({ entries });
      else if (event.dataTransfer?.files.length) void this.start({ files: [...event.dataTransfer.files] });
    });
  }

  private async start(source: Source): Promise<void> {
    const { deskOf } = await import('./batch-desk');
    await deskOf(this).run(source);
  }
}

customElements.define('batch-desk', BatchDesk);
