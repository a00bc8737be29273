/**
 * Searches under way, as the background read of the index sees them: it waits until none has run
 * for `quietMs`, since a search reads its pages' fragments right after Pagefind answers, and a
 * query typed while the index is read in would otherwise queue behind a batch of chunks.
 */
export class SearchTraffic {
  private running = 0;
  private last = -Infinity;

  constructor(
    private readonly now: () => number,
    private readonly quietMs: number,
  ) {}

  /** Runs one search, counted as traffic from its start to its end. */
  async during<T>(search: () => Promise<T>): Promise<T> {
    this.running++;
    this.last = this.now();
    try {
      return await search();
    } finally {
      this.running--;
      this.last = this.now();
    }
  }

  /** Milliseconds until no search has run for `quietMs`: 0 when it is quiet now. */
  untilQuiet(): number {
    if (this.running > 0) return this.quietMs;
    return Math.max(0, this.quietMs - (this.now() - this.last));
  }
}

/** Loads the index chunks a few words at a time, each batch once `quiet` says the page may. */
export async function preloadInBatches(words: string[], size: number, load: (words: string) => Promise<void>, quiet: () => Promise<void>): Promise<void> {
  for (let i = 0; i < words.length; i += size) {
    await quiet();
    await load(words.slice(i, i + size).join(' '));
  }
}

/**
 * Pagefind looks a query word up in the one index chunk whose range holds it, but matches the word's
 * extensions (领导 → 领导小组) in every chunk it has loaded, so a search would answer differently once
 * earlier queries, or the preload, had loaded the next chunk. These are the chunks (by index) that
 * begin with an extension of one of `words`: loaded before the search, every search sees them all.
 */
export function spillChunks(words: string[], starts: string[]): number[] {
  const found: number[] = [];
  starts.forEach((start, i) => {
    if (words.some((word) => start !== word && start.startsWith(word))) found.push(i);
  });
  return found;
}

/**
 * The index chunks asked of Pagefind, each with the load that brings it in. A search waits for every
 * chunk it needs, including one an earlier keystroke's search asked for and is still loading: marking
 * a chunk as loaded when it was only asked for let a later search run without it, and score the same
 * page lower (typed key by key under load, a result at 9 and one at 10 swapped).
 */
export class ChunkLoads {
  private readonly loads = new Map<number, Promise<void>>();

  /** Resolves once every chunk in `needed` is in, asking `load` only for chunks nobody asked for yet. */
  async ensure(needed: number[], load: (chunks: number[]) => Promise<void>): Promise<void> {
    const fresh = needed.filter((i) => !this.loads.has(i));
    if (fresh.length > 0) {
      // A load that fails (offline, a missing file) is forgotten, to be asked again by the next search.
      const loading = load(fresh).catch(() => fresh.forEach((i) => this.loads.delete(i)));
      fresh.forEach((i) => this.loads.set(i, loading));
    }
    await Promise.all(needed.map((i) => this.loads.get(i)));
  }

  /** Records chunks brought in another way (the whole-index read). */
  loaded(chunks: number[]): void {
    for (const i of chunks) if (!this.loads.has(i)) this.loads.set(i, Promise.resolve());
  }
}

/**
 * A page's data, read one call at a time and copied as it comes: Pagefind hands every call the page's
 * one cached fragment object and rewrites its sections and excerpt for the call's own search, so a
 * search still running from an earlier keystroke, or the preload, would change what a later one ranks.
 */
export class PageReads {
  private readonly reading = new Map<string, Promise<unknown>>();

  read<T extends object>(id: string, data: () => Promise<T>): Promise<T> {
    const read = (this.reading.get(id) ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => ({ ...(await data()) }));
    this.reading.set(id, read);
    return read;
  }
}
