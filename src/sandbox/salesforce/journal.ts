import { matchesPath, type PathPattern } from "./faults.js";

/** One request the sandbox answered (or cut), in arrival order. */
export interface SalesforceCall {
  readonly seq: number;
  readonly method: string;
  /** The URL path, e.g. `/services/data/v62.0/composite/sobjects`. */
  readonly path: string;
  /** The SOQL of a query (its `q` parameter), decoded. */
  readonly soql?: string;
  /** The parsed JSON body, the form fields of a token request, or undefined without a body. */
  readonly body: unknown;
  /** 0 when the connection was cut instead of answered. */
  readonly status: number;
  readonly response: unknown;
  /** Why no correct client sends this request. */
  readonly unexpected?: string;
  /** True when the answer came from failNext or cutConnectionNext. */
  readonly injected?: true;
}

const REPORT_BODY_CHARS = 300;

/** Every call since the last reset, and the problems among them. */
export class SalesforceJournal {
  private entries: SalesforceCall[] = [];
  private seq = 0;

  add(call: Omit<SalesforceCall, "seq">): void {
    this.seq++;
    this.entries.push({ seq: this.seq, ...call });
  }

  calls(pattern?: PathPattern): SalesforceCall[] {
    return this.entries.filter((call) => pattern === undefined || matchesPath(pattern, call.path));
  }

  unexpected(): string[] {
    return this.entries.flatMap((call) =>
      call.unexpected === undefined ? [] : [`${call.method} ${call.path}: ${call.unexpected}`],
    );
  }

  report(): string {
    if (this.entries.length === 0) return "No calls were made.";
    const lines = this.entries.map((call) => {
      const body = call.soql ?? JSON.stringify(call.body) ?? "";
      const shown = body.length > REPORT_BODY_CHARS ? `${body.slice(0, REPORT_BODY_CHARS)}…` : body;
      return `  ${call.seq}. ${call.method} ${call.path} ${shown} -> ${call.status || "cut"}`;
    });
    return [`All calls (${this.entries.length}):`, ...lines].join("\n");
  }

  clear(): void {
    this.entries = [];
  }
}
