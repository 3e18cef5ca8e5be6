import { count } from "../plural.js";

/** What every sandbox's journal can say about itself. */
export interface JournalView {
  unexpected(): string[];
  /** Every call made, one line each, for the failure message. */
  report(): string;
}

/**
 * Throws when a sandbox saw requests no correct client sends, listing them and every call made,
 * so a test fails with the evidence rather than a bare count. Shared by all the sandboxes.
 */
export function assertNoUnexpected(service: string, journal: JournalView): void {
  const problems = journal.unexpected();
  if (problems.length === 0) return;
  const list = problems.map((problem) => `  - ${problem}`).join("\n");
  throw new Error(
    `${service} sandbox received ${count(problems.length, "unexpected request", "unexpected requests")}:\n${list}\n${journal.report()}`,
  );
}
