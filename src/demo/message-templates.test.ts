import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { rules } from "../rules/index.js";
import type { SyncObject } from "../rules/types.js";
import { createDemoOrg } from "./demo-org.js";
import { ERROR_TYPE_WEIGHTS } from "./error-type-weights.js";
import type { MessageContext, SalesforceObject } from "./message-template.js";
import { MESSAGE_TEMPLATES } from "./message-templates.js";
import { mulberry32 } from "./random.js";
import { KEY_PREFIXES } from "./salesforce-id.js";

const catalog = createCatalog(rules);
const ruleIds = rules.map((rule) => rule.id).sort();

const SALESFORCE_OBJECTS: Readonly<Record<SyncObject, readonly SalesforceObject[]>> = {
  contact: ["Lead", "Contact"],
  company: ["Account"],
  deal: ["Opportunity"],
  activity: ["Task"],
};

describe("MESSAGE_TEMPLATES", () => {
  it("has templates for exactly the catalog's rules", () => {
    expect(Object.keys(MESSAGE_TEMPLATES).sort()).toEqual(ruleIds);
    for (const id of ruleIds) expect(MESSAGE_TEMPLATES[id]?.length).toBeGreaterThan(0);
  });

  it("weighs exactly the catalog's rules", () => {
    expect(Object.keys(ERROR_TYPE_WEIGHTS).sort()).toEqual(ruleIds);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    "%s: templates fit the rule's objects and direction, and every object has one",
    (_id, rule) => {
      const templates = MESSAGE_TEMPLATES[rule.id] ?? [];
      for (const template of templates) {
        for (const object of template.objects ?? []) expect(rule.objects).toContain(object);
        if (template.direction && rule.direction !== "either") {
          expect(template.direction).toBe(rule.direction);
        }
      }
      for (const object of rule.objects) {
        expect(templates.some((t) => !t.objects || t.objects.includes(object))).toBe(true);
      }
    },
  );

  // Every template, on every object and Salesforce object it fits, with and without a Salesforce
  // id, and over several draws: the classifier must put the message under the template's rule.
  it.each(rules.map((rule) => [rule.id, rule] as const))(
    "%s: every template's messages classify as the rule",
    (_id, rule) => {
      const random = mulberry32(rule.id.length);
      const org = createDemoOrg(random);
      (MESSAGE_TEMPLATES[rule.id] ?? []).forEach((template, index) => {
        for (const object of rule.objects.filter(
          (o) => !template.objects || template.objects.includes(o),
        )) {
          const fitting = SALESFORCE_OBJECTS[object].filter(
            (o) => !template.salesforceObjects || template.salesforceObjects.includes(o),
          );
          for (const salesforceObject of fitting) {
            for (let draw = 0; draw < 12; draw++) {
              const synced = draw % 3 !== 0 || rule.direction === "salesforce-to-hubspot";
              const context: MessageContext = {
                random,
                org,
                object,
                salesforceObject,
                salesforceId: synced ? org.newId(KEY_PREFIXES[salesforceObject]) : "",
                recordId: "51234",
                recordName: object === "contact" ? "Søren Kjær Østergaard" : "Nordisk VVS A/S",
                email: object === "contact" ? "soeren.kjaer.oestergaard@nordisk.dk" : "",
              };
              const message = template.render(context);
              const result = catalog.classify(message);
              expect(
                result.rule.id,
                `template ${index} on ${object}/${salesforceObject}: ${message}`,
              ).toBe(rule.id);
            }
          }
        }
      });
    },
  );
});
