/**
 * Work a listener goes on with after it has answered (a long command's final answer), so that a
 * clean stop (local mode at the end of its input) can wait for it instead of cutting it off.
 */
export class PendingWork {
  private readonly pending = new Set<Promise<unknown>>();

  /** Keeps track of `work` until it settles. */
  add(work: Promise<unknown>): void {
    this.pending.add(work);
    const done = () => this.pending.delete(work);
    work.then(done, done);
  }

  /** True while any tracked work is unsettled. */
  busy(): boolean {
    return this.pending.size > 0;
  }

  /** Settles once nothing tracked is left, including work added meanwhile. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
