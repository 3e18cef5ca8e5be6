/**
 * The bot's Prometheus metrics, through prom-client (the Node client Prometheus' own docs list;
 * it owns the text format, histograms and the process metrics, none of which we should write).
 * Each bot gets its own registry rather than prom-client's global one, so two apps in one
 * process (the tests) never count into each other.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** Open errors per category, read when Prometheus scrapes (never kept in memory between). */
export type OpenErrorsByCategory = () =>
  | ReadonlyMap<string, number>
  | Promise<ReadonlyMap<string, number>>;

/** A running resync job as the lease gauge shows it. */
export interface RunningJobLease {
  readonly job: number;
  readonly rule: string;
  /** The replica holding its lease; "" when none does (between two holders, or no lease). */
  readonly owner: string;
  /** Its records not sent yet. */
  readonly pending: number;
}

/** The running resync jobs, read when Prometheus scrapes. */
export type RunningJobLeases = () => Promise<readonly RunningJobLease[]>;

/** What the metrics are built from. */
export interface MetricsOptions {
  /** Read at each scrape for `syncerror_open_errors`; the gauge is empty without it. */
  readonly openErrorsByCategory?: OpenErrorsByCategory;
  /** Read at each scrape for `syncerror_resync_job_pending_records`; empty without it. */
  readonly runningJobs?: RunningJobLeases;
  /** Node's own process metrics (CPU, memory, event loop lag); on in the bot, off in tests. */
  readonly processMetrics?: boolean;
}

/** The metrics the bot records, all in `registry`. Names follow Prometheus' naming guide. */
export interface Metrics {
  readonly registry: Registry;
  /** How long the app took over a Slack request, from receipt to its listener's end. */
  readonly slackRequestSeconds: Histogram<"kind" | "outcome">;
  /** Digests by outcome: posted, failed. */
  readonly digests: Counter<"outcome">;
  /** Records a resync marked, by CRM and outcome: sent, accepted, failed. */
  readonly resyncRecords: Counter<"system" | "outcome">;
  /** Resync batches sent, by CRM. */
  readonly resyncBatches: Counter<"system">;
  /** HubSpot's 429 answers, by the policy it named (secondly, daily, …). */
  readonly hubspotRateLimited: Counter<"policy">;
  /** Salesforce's daily API requests as its Sforce-Limit-Info header last reported them. */
  readonly salesforceApiRequests: Gauge<"kind">;
  /** How long scans took, by outcome. */
  readonly scanSeconds: Histogram<"outcome">;
  /** Findings of scans, by error type. */
  readonly scanFindings: Counter<"rule">;
  /** Rows read by imports, by outcome: imported, rejected. */
  readonly importRows: Counter<"outcome">;
  /** Open errors by category, read from the store at each scrape. */
  readonly openErrors: Gauge<"category">;
  /** Each running resync job's pending records, labelled with the replica holding its lease. */
  readonly runningJobs: Gauge<"job" | "rule" | "owner">;
}

/** Builds a fresh registry with every metric of the bot in it. */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: "syncerror_" });
  const registers = [registry];
  const read = options.openErrorsByCategory;
  const readJobs = options.runningJobs;
  return {
    registry,
    slackRequestSeconds: new Histogram({
      name: "syncerror_slack_request_duration_seconds",
      help: "Time the app took over a Slack request (slash command, action, event), to its listener's end.",
      labelNames: ["kind", "outcome"],
      // Slack wants an answer within 3 s: the buckets resolve below and around it.
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 3, 5, 10],
      registers,
    }),
    digests: new Counter({
      name: "syncerror_digests_total",
      help: "Digests the bot tried to post, by outcome (posted, failed).",
      labelNames: ["outcome"],
      registers,
    }),
    resyncRecords: new Counter({
      name: "syncerror_resync_records_total",
      help: "Records resyncs marked for sync, by CRM and outcome (sent, accepted, failed).",
      labelNames: ["system", "outcome"],
      registers,
    }),
    resyncBatches: new Counter({
      name: "syncerror_resync_batches_total",
      help: "Resync batches sent, by CRM.",
      labelNames: ["system"],
      registers,
    }),
    hubspotRateLimited: new Counter({
      name: "syncerror_hubspot_rate_limited_total",
      help: "HubSpot answers of 429, by the rate-limit policy HubSpot named.",
      labelNames: ["policy"],
      registers,
    }),
    salesforceApiRequests: new Gauge({
      name: "syncerror_salesforce_api_requests",
      help: "Salesforce's daily API requests as last reported by Sforce-Limit-Info (kind: used, max).",
      labelNames: ["kind"],
      registers,
    }),
    scanSeconds: new Histogram({
      name: "syncerror_scan_duration_seconds",
      help: "How long scans took, by outcome (done, failed).",
      labelNames: ["outcome"],
      buckets: [1, 5, 15, 30, 60, 120, 300, 600],
      registers,
    }),
    scanFindings: new Counter({
      name: "syncerror_scan_findings_total",
      help: "Sync errors scans found, by error type.",
      labelNames: ["rule"],
      registers,
    }),
    importRows: new Counter({
      name: "syncerror_import_rows_total",
      help: "Rows imports read, by outcome (imported, rejected).",
      labelNames: ["outcome"],
      registers,
    }),
    openErrors: new Gauge({
      name: "syncerror_open_errors",
      help: "Open sync errors by category, read from the store when scraped.",
      labelNames: ["category"],
      registers,
      async collect() {
        if (!read) return;
        const counts = await read();
        // A category with no open errors left must read 0, not keep its last value.
        this.reset();
        for (const [category, count] of counts) this.set({ category }, count);
      },
    }),
    runningJobs: new Gauge({
      name: "syncerror_resync_job_pending_records",
      help: "Records not yet sent of each running resync job, labelled with the replica holding its lease (owner, empty when none), read from the store when scraped.",
      labelNames: ["job", "rule", "owner"],
      registers,
      async collect() {
        if (!readJobs) return;
        const jobs = await readJobs();
        // A finished job, or one another replica took over, must leave no line behind.
        this.reset();
        for (const j of jobs)
          this.set({ job: String(j.job), rule: j.rule, owner: j.owner }, j.pending);
      },
    }),
  };
}
