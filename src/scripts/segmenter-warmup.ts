let ready: Promise<void> | undefined;
/** A worker that has not answered by then is left behind: a search never waits longer on it. */
const PATIENCE_MS = 2000;

/**
 * Resolves once a worker has loaded the word segmenter's dictionary (see workers/segmenter-warmup.ts),
 * or at once where workers fail: the page then loads it itself, as it did before.
 */
export function segmenterWarmed(): Promise<void> {
  ready ??= new Promise((done) => {
    try {
      const worker = new Worker(new URL('./workers/segmenter-warmup.ts', import.meta.url));
      const finish = () => {
        worker.terminate();
        done();
      };
      worker.addEventListener('message', finish);
      worker.addEventListener('error', finish);
      setTimeout(finish, PATIENCE_MS);
    } catch {
      done();
    }
  });
  return ready;
}
