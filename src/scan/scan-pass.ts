import type { MutableScanContext } from "./read-context.js";
import type { ScanDeps } from "./run-scan.js";
import type { ScanCollector } from "./scan-collector.js";

/** What each side's pass works with. */
export interface Pass {
  readonly deps: ScanDeps;
  readonly context: MutableScanContext;
  /** Records changed since then; null for a full scan. */
  readonly since: Date | null;
  readonly startedAt: Date;
  readonly collected: ScanCollector;
}
