import type { SandboxCall, SandboxRecord, SandboxResponse } from "./types.js";

/** What `waitFor` matches: a Web API method name, `"response_url"`, or any predicate. */
export type RecordMatcher = string | ((record: SandboxRecord) => boolean);

interface Waiter {
  readonly matches: (record: SandboxRecord) => boolean;
  readonly resolve: (record: SandboxRecord) => void;
  readonly reject: (error: Error) => void;
}

/** Drop long arguments from the failure report; the full record is in `calls()`. */
const REPORT_ARGS_CHARS = 300;

/**
 * The sandbox's memory of what it was asked: every Web API call and response_url post in
 * arrival order, plus the requests it did not expect. Also answers `waitFor`.
 */
export class Journal {
  private records: SandboxRecord[] = [];
  private problems: string[] = [];
  private waiters = new Set<Waiter>();
  private seq = 0;

  /** The number the next record gets; shared by calls and responses so they order together. */
  nextSeq(): number {
    this.seq++;
    return this.seq;
  }

  add(record: SandboxRecord): void {
    this.records.push(record);
    if (record.unexpected !== undefined) this.flag(`${describe(record)}: ${record.unexpected}`);
    for (const waiter of this.waiters) {
      if (waiter.matches(record)) {
        this.waiters.delete(waiter);
        waiter.resolve(record);
      }
    }
  }

  /** Notes a request that is not a call or response at all (wrong path, unreadable body). */
  flag(problem: string): void {
    this.problems.push(problem);
  }

  calls(method?: string): SandboxCall[] {
    return this.records.filter(
      (record): record is SandboxCall =>
        record.type === "call" && (method === undefined || record.method === method),
    );
  }

  responses(): SandboxResponse[] {
    return this.records.filter((record): record is SandboxResponse => record.type === "response");
  }

  unexpected(): string[] {
    return [...this.problems];
  }

  /**
   * The earliest matching record since the last `clear()`, or the next one to arrive. Several
   * identical calls are told apart with a predicate (on `args`, or `seq` above one already seen).
   */
  waitFor(matcher: RecordMatcher, timeoutMs: number): Promise<SandboxRecord> {
    const matches =
      typeof matcher === "string" ? (record: SandboxRecord) => record.method === matcher : matcher;
    const found = this.records.find(matches);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        matches,
        resolve: (record) => {
          clearTimeout(timer);
          resolve(record);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const what = typeof matcher === "string" ? matcher : "a matching record";
        reject(new Error(`Slack sandbox: no ${what} within ${timeoutMs} ms.\n${this.report()}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Everything recorded, numbered, for failure messages. */
  report(): string {
    if (this.records.length === 0) return "No calls were made.";
    const lines = this.records.map((record) => {
      const outcome = outcomeOf(record);
      return `  ${record.seq}. ${describe(record)} ${truncate(JSON.stringify(argsOf(record)))} -> ${outcome}`;
    });
    return [`All calls (${this.records.length}):`, ...lines].join("\n");
  }

  /** Rejects every pending `waitFor`: nothing will arrive once the server is closed. */
  close(): void {
    for (const waiter of this.waiters)
      waiter.reject(new Error("Slack sandbox closed while waiting."));
    this.waiters.clear();
  }

  clear(): void {
    this.records = [];
    this.problems = [];
    // Pending waiters keep waiting: a test that resets and then expects a call still gets it.
  }
}

function describe(record: SandboxRecord): string {
  return record.type === "call" ? record.method : `response_url ${record.url}`;
}

function argsOf(record: SandboxRecord): unknown {
  return record.type === "call" ? record.args : record.body;
}

function outcomeOf(record: SandboxRecord): string {
  if (record.type === "response")
    return `${record.status}${record.error ? ` ${record.error}` : ""}`;
  const body = record.response;
  if (typeof body === "object" && body !== null && "ok" in body) {
    return body.ok === true ? "ok" : `${record.status} ${String(Reflect.get(body, "error"))}`;
  }
  return String(record.status);
}

function truncate(text: string | undefined): string {
  if (text === undefined) return "";
  return text.length > REPORT_ARGS_CHARS ? `${text.slice(0, REPORT_ARGS_CHARS)}…` : text;
}
