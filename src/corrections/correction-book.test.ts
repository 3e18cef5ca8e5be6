import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { rules } from "../rules/index.js";
import { openStore } from "../store/sqlite-store.js";
import type { Store } from "../store/types.js";
import { CorrectionBook, correctionKeyOf } from "./correction-book.js";

// The book through the real catalog, as the bot wires them: the catalog holds the book from the
// start, the book reads and writes the store.

const MESSAGE =
  'Lead 00Q5g00000AbCdEAAA was refused by the region check: "Nordics" is not served (ref 4411)';
const SAME_SHAPE =
  'Lead 00Q5g00000XyZaBQQQ was refused by the region check: "Benelux" is not served (ref 17)';
const UNRELATED = "Lead 00Q5g00000AbCdEAAA was refused: the account is on legal hold";
const at = new Date(Date.UTC(2026, 11, 1, 9));

let store: Store;
let book: CorrectionBook;
let catalog: ReturnType<typeof createCatalog>;
beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
  book = new CorrectionBook();
  catalog = createCatalog(rules, { corrections: book });
  await book.attach(store);
});
afterEach(() => store.close());

describe("a correction, through the real catalog", () => {
  it("classifies the corrected message, and one differing only in id and values, as corrected", async () => {
    expect(catalog.classify(MESSAGE).rule.id).not.toBe("mismatched-state-or-country-value");
    const outcome = await book.correct({
      message: MESSAGE,
      ruleId: "mismatched-state-or-country-value",
      by: "U0ADMIN",
      at,
    });
    expect(outcome).toMatchObject({
      kind: "added",
      record: { id: 1, key: correctionKeyOf(MESSAGE) },
    });
    for (const message of [MESSAGE, SAME_SHAPE]) {
      expect(catalog.classify(message)).toMatchObject({
        rule: { id: "mismatched-state-or-country-value" },
        evidence: "correction",
      });
    }
    expect(catalog.classify(UNRELATED).evidence).not.toBe("correction");
  });

  it("answers explain of the pasted message with the corrected type", async () => {
    await book.correct({ message: MESSAGE, ruleId: "custom-code", by: "U0ADMIN", at });
    expect(catalog.explain(SAME_SHAPE).match).toMatchObject({
      rule: { id: "custom-code" },
      matchedBy: "message",
    });
  });

  it("covers the message pasted as Salesforce's JSON error body", async () => {
    const body = JSON.stringify([
      {
        statusCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION",
        message: "Region is not served",
        fields: [],
      },
    ]);
    await book.correct({ message: body, ruleId: "mismatched-options", by: "U0ADMIN", at });
    expect(
      catalog.classify("FIELD_CUSTOM_VALIDATION_EXCEPTION: Region is not served").rule.id,
    ).toBe("mismatched-options");
  });

  it("is replaced by a later one of the same shape, and says when nothing changed", async () => {
    await book.correct({ message: MESSAGE, ruleId: "invalid-value", by: "U0ADMIN", at });
    expect(
      await book.correct({ message: SAME_SHAPE, ruleId: "custom-code", by: "U2", at }),
    ).toMatchObject({ kind: "replaced", previous: "invalid-value", record: { id: 1 } });
    expect(
      (await book.correct({ message: MESSAGE, ruleId: "custom-code", by: "U2", at })).kind,
    ).toBe("unchanged");
    expect(catalog.classify(MESSAGE).rule.id).toBe("custom-code");
    expect((await store.auditLog(10)).map((a) => a.action)).toEqual([
      "correction.add",
      "correction.add",
    ]);
  });

  it("stops applying the moment it is removed", async () => {
    const before = catalog.classify(MESSAGE).rule.id;
    const { record } = await book.correct({
      message: MESSAGE,
      ruleId: "custom-code",
      by: "U0ADMIN",
      at,
    });
    expect((await book.remove(record.id, "U0ADMIN", at))?.id).toBe(record.id);
    expect(catalog.classify(MESSAGE).rule.id).toBe(before);
    expect(await book.remove(record.id, "U0ADMIN", at)).toBeNull();
  });

  it("is read from the store by a book attached after a restart", async () => {
    // A type the bot does not read the message as by itself (it reads a validation rule there).
    const picked = "mismatched-state-or-country-value";
    await book.correct({ message: MESSAGE, ruleId: picked, by: "U0ADMIN", at });
    const restarted = new CorrectionBook();
    const fresh = createCatalog(rules, { corrections: restarted });
    expect(fresh.classify(SAME_SHAPE).rule.id).not.toBe(picked);
    await restarted.attach(store);
    expect(fresh.classify(SAME_SHAPE).rule.id).toBe(picked);
  });
});
