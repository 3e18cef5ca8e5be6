import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics/metrics.js";
import type { ScanRecord } from "../store/types.js";
import { runScan } from "./run-scan.js";
import type { ScanDeps, ScanSummary } from "./scan-types.js";

/** What asking for a scan led to. */
export type ScanRequest =
  | { readonly kind: "done"; readonly scan: ScanRecord; readonly summary: ScanSummary }
  | { readonly kind: "running"; readonly since: Date }
  /** Another replica sharing the database holds the scan lock: it is scanning. */
  | { readonly kind: "running-elsewhere" };

/**
 * The bot's scans: one at a time. A request while one runs (the hourly schedule meeting a
 * `/syncerror scan`) is told so instead of starting a second, which would read everything twice.
 * Across replicas the store's scan lock does the same: one scans, the others are told so.
 */
export class Scanner {
  /** When the running scan began; undefined when none runs. */
  private runningFrom: Date | undefined;

  /** When the running scan began, or undefined when none runs. */
  runningSince(): Date | undefined {
    return this.runningFrom;
  }

  constructor(
    private readonly deps: ScanDeps & {
      readonly logger: Logger;
      /** Times scans and counts their findings by error type; nothing counted without. */
      readonly metrics?: Pick<Metrics, "scanSeconds" | "scanFindings">;
      /** This replica's id, shown as the scan lock's holder; "syncerror" when not given. */
      readonly replica?: string;
    },
  ) {}

  async request(onProgress?: ScanDeps["onProgress"]): Promise<ScanRequest> {
    if (this.runningFrom) return { kind: "running", since: this.runningFrom };
    // Set before the lock is asked for, so a second request here meanwhile is told "running".
    this.runningFrom = this.deps.now();
    let lock: Awaited<ReturnType<ScanDeps["store"]["tryScanLock"]>>;
    try {
      lock = await this.deps.store.tryScanLock(this.deps.replica ?? "syncerror");
    } catch (error) {
      this.runningFrom = undefined;
      throw error;
    }
    if (!lock) {
      this.runningFrom = undefined;
      return { kind: "running-elsewhere" };
    }
    const { metrics } = this.deps;
    const timer = metrics?.scanSeconds.startTimer();
    try {
      let ran: Awaited<ReturnType<typeof runScan>>;
      try {
        ran = await runScan({ ...this.deps, ...(onProgress ? { onProgress } : {}) });
      } catch (error) {
        timer?.({ outcome: "failed" });
        throw error;
      }
      const { scan, summary } = ran;
      timer?.({ outcome: "done" });
      for (const [rule, count] of Object.entries(summary.findingsByRule))
        metrics?.scanFindings.inc({ rule }, count);
      this.deps.logger.info(
        { scan: scan.id, newErrors: scan.newCount, resolved: scan.resolved, calls: summary.calls },
        "scan finished",
      );
      if (summary.salesforceSkipped) {
        this.deps.logger.warn(
          { scan: scan.id, reason: summary.salesforceSkipped },
          "scan left Salesforce out",
        );
      }
      return { kind: "done", scan, summary };
    } finally {
      this.runningFrom = undefined;
      await lock
        .release()
        .catch((error: unknown) =>
          this.deps.logger.warn({ err: error }, "releasing the scan lock failed"),
        );
    }
  }
}
