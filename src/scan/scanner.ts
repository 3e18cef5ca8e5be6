import type { Logger } from "../logger.js";
import type { ScanRecord } from "../store/types.js";
import { runScan, type ScanDeps, type ScanSummary } from "./run-scan.js";

/** What asking for a scan led to. */
export type ScanRequest =
  | { readonly kind: "done"; readonly scan: ScanRecord; readonly summary: ScanSummary }
  | { readonly kind: "running"; readonly since: Date };

/**
 * The bot's scans: one at a time. A request while one runs (the hourly schedule meeting a
 * `/syncerror scan`) is told so instead of starting a second, which would read everything twice.
 */
export class Scanner {
  private running: { readonly since: Date; readonly done: Promise<unknown> } | undefined;

  /** When the running scan began, or undefined when none runs. */
  runningSince(): Date | undefined {
    return this.running?.since;
  }

  /** Settles when no scan runs (for a clean stop). */
  async idle(): Promise<void> {
    while (this.running) await this.running.done.catch(() => {});
  }

  constructor(private readonly deps: ScanDeps & { readonly logger: Logger }) {}

  async request(onProgress?: ScanDeps["onProgress"]): Promise<ScanRequest> {
    if (this.running) return { kind: "running", since: this.running.since };
    const work = runScan({ ...this.deps, ...(onProgress ? { onProgress } : {}) });
    this.running = { since: this.deps.now(), done: work };
    try {
      const { scan, summary } = await work;
      this.deps.logger.info(
        { scan: scan.id, newErrors: scan.newCount, resolved: scan.resolved, calls: summary.calls },
        "scan finished",
      );
      return { kind: "done", scan, summary };
    } finally {
      this.running = undefined;
    }
  }
}
