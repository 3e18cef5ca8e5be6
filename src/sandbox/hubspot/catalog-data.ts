import type { SeedOwner, SeedPipeline } from "./types.js";

/**
 * The deal pipeline every HubSpot portal starts with ("Sales Pipeline", id `default`), which
 * the sandbox serves when no pipelines are seeded. Stage ids and probabilities are HubSpot's.
 */
export const DEFAULT_DEAL_PIPELINES: readonly SeedPipeline[] = [
  {
    id: "default",
    label: "Sales Pipeline",
    stages: [
      { id: "appointmentscheduled", label: "Appointment Scheduled", probability: 0.2 },
      { id: "qualifiedtobuy", label: "Qualified To Buy", probability: 0.4 },
      { id: "presentationscheduled", label: "Presentation Scheduled", probability: 0.6 },
      { id: "decisionmakerboughtin", label: "Decision Maker Bought-In", probability: 0.8 },
      { id: "contractsent", label: "Contract Sent", probability: 0.9 },
      { id: "closedwon", label: "Closed Won", probability: 1, isClosed: true },
      { id: "closedlost", label: "Closed Lost", probability: 0, isClosed: true },
    ],
  },
];

/** A deal pipeline as `GET /crm/v3/pipelines/deals` answers it (Pipeline). */
export function publicPipeline(pipeline: SeedPipeline, index: number, now: string) {
  return {
    id: pipeline.id,
    label: pipeline.label,
    displayOrder: pipeline.displayOrder ?? index,
    createdAt: now,
    updatedAt: now,
    archived: false,
    stages: pipeline.stages.map((stage, stageIndex) => ({
      id: stage.id,
      label: stage.label,
      displayOrder: stage.displayOrder ?? stageIndex,
      // HubSpot sends stage metadata as text, numbers and booleans alike.
      metadata: {
        isClosed: String(stage.isClosed ?? false),
        probability: String(stage.probability ?? 0),
      },
      createdAt: now,
      updatedAt: now,
      archived: false,
      writePermissions: "CRM_PERMISSIONS_ENFORCEMENT",
    })),
  };
}

/** An owner as `GET /crm/v3/owners/` answers it (PublicOwner). */
export function publicOwner(owner: SeedOwner, now: string) {
  return {
    id: owner.id,
    email: owner.email,
    type: "PERSON",
    firstName: owner.firstName ?? "",
    lastName: owner.lastName ?? "",
    ...(owner.userId === undefined
      ? {}
      : { userId: owner.userId, userIdIncludingInactive: owner.userId }),
    createdAt: now,
    updatedAt: now,
    archived: owner.archived ?? false,
    teams: owner.teams ?? [],
  };
}
