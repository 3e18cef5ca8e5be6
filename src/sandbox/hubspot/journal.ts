import type { HubSpotCall } from "./types.js";

/** Drop long bodies from the failure report; the full record is in `calls()`. */
const REPORT_BODY_CHARS = 200;

/** Every request the HubSpot sandbox received, in arrival order, and the ones it did not expect. */
export class HubSpotJournal {
  private records: HubSpotCall[] = [];
  private problems: string[] = [];
  private seq = 0;

  add(call: Omit<HubSpotCall, "seq">): HubSpotCall {
    this.seq += 1;
    const record: HubSpotCall = { seq: this.seq, ...call };
    this.records.push(record);
    if (record.unexpected !== undefined) {
      this.flag(`${record.method} ${record.path}: ${record.unexpected}`);
    }
    return record;
  }

  /** Notes a problem that is not tied to one recorded call (a sandbox defect, say). */
  flag(problem: string): void {
    this.problems.push(problem);
  }

  /** Calls whose path contains `pathPart` (all when not given). */
  calls(pathPart?: string): HubSpotCall[] {
    return this.records.filter((call) => pathPart === undefined || call.path.includes(pathPart));
  }

  unexpected(): string[] {
    return [...this.problems];
  }

  report(): string {
    if (this.records.length === 0) return "No calls were made.";
    const lines = this.records.map((call) => {
      const body = call.body === undefined ? "" : ` ${truncate(JSON.stringify(call.body))}`;
      const mark = call.injected ? " (injected)" : "";
      return `  ${call.seq}. ${call.method} ${call.path}${call.query}${body} -> ${call.status}${mark}`;
    });
    return [`All calls (${this.records.length}):`, ...lines].join("\n");
  }

  clear(): void {
    this.records = [];
    this.problems = [];
  }
}

function truncate(text: string): string {
  return text.length > REPORT_BODY_CHARS ? `${text.slice(0, REPORT_BODY_CHARS)}…` : text;
}
