import { describe, expect, it } from "vitest";
import { createClassifier } from "../catalog/classify.js";
import { rules } from "./index.js";

// Every rule's examples run as tests (after ESLint's RuleTester): each raw message in `matches`
// must classify to the rule, and each message in `nearMisses` must not.
const classifier = createClassifier(rules);

describe.each(rules.map((rule) => [rule.id, rule] as const))("%s", (_id, rule) => {
  it.each(rule.examples.matches.map((m) => [m]))("classifies %j to this rule", (message) => {
    expect(classifier.classify(message).rule.id).toBe(rule.id);
  });

  it.each(rule.examples.nearMisses.map((m) => [m]))(
    "does not classify near miss %j to this rule",
    (message) => {
      expect(classifier.classify(message).rule.id).not.toBe(rule.id);
    },
  );
});
