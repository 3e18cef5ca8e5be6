import type { AuditEntry, Claim } from "./types.js";

/** The audit line of a claim's change, alike on both backends. */
export function claimAuditLine(
  action: "claim.take" | "claim.takeover" | "claim.release",
  claim: Claim,
  at: Date,
  previousOwner?: string,
): AuditEntry {
  return {
    at,
    who: claim.owner,
    action,
    ruleId: claim.ruleId,
    jobId: null,
    count: null,
    outcome:
      action === "claim.takeover"
        ? `took over from ${previousOwner ?? "?"}`
        : action === "claim.take"
          ? "taken"
          : "released",
    detail: action === "claim.release" ? `held since ${claim.since.toISOString()}` : null,
  };
}
