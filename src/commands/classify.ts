import type { Classification } from "../catalog/classify.js";
import type { Command } from "./command.js";

/** `classify <message>`: which error type a raw Salesforce or HubSpot message is. */
export const classify: Command<Classification> = {
  name: "classify",
  usage: "classify <raw error message>",
  summary: "Classify a raw sync error message into one of the 28 error types",
  run(text, { catalog }) {
    return catalog.classify(text);
  },
};
