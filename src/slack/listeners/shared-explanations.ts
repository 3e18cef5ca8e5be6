/**
 * Which explanations were already shared from which answer. "Share in channel" sits on an answer
 * only its asker sees; a second click (or a double click) must not post the explanation twice.
 * Slack accepts a response_url for 30 minutes, so that is as long as a share needs remembering;
 * the map is bounded so a busy workspace cannot grow it without end.
 */
export class SharedExplanations {
  private readonly sharedAt = new Map<string, number>();

  constructor(
    private readonly rememberMs = 30 * 60 * 1000,
    private readonly maxRemembered = 10_000,
  ) {}

  /** Records a share of `key` at `now`; returns when it was shared before, or null the first time. */
  claim(key: string, now: number): number | null {
    this.forgetBefore(now - this.rememberMs);
    const before = this.sharedAt.get(key);
    if (before !== undefined) return before;
    if (this.sharedAt.size >= this.maxRemembered) {
      const oldest = this.sharedAt.keys().next().value;
      if (oldest !== undefined) this.sharedAt.delete(oldest);
    }
    this.sharedAt.set(key, now);
    return null;
  }

  /** Gives a share back when it could not be posted, so the person can try again. */
  release(key: string): void {
    this.sharedAt.delete(key);
  }

  // Entries are kept in the order they were claimed, so the expired ones are at the front.
  private forgetBefore(cutoff: number): void {
    for (const [key, at] of this.sharedAt) {
      if (at >= cutoff) break;
      this.sharedAt.delete(key);
    }
  }
}
