import { describe, expect, it } from "vitest";
import { userMessage } from "../errors.js";
import { assertMayResync, ResyncAccessError } from "./resync-access.js";

const members = (ids: string[]) => async () => ids;
const refusal = async (promise: Promise<void>) => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ResyncAccessError);
    return userMessage(error);
  }
  throw new Error("expected a refusal");
};

describe("assertMayResync", () => {
  it("lets a listed user through without asking Slack", async () => {
    let asked = 0;
    await assertMayResync("U1", { users: ["U1"], usergroup: "S1" }, async () => {
      asked++;
      return [];
    });
    expect(asked).toBe(0);
  });

  it("lets a member of the user group through, as Slack lists it at the click", async () => {
    await expect(
      assertMayResync("U2", { users: [], usergroup: "S1" }, members(["U2"])),
    ).resolves.toBeUndefined();
  });

  it("refuses anyone else, naming who may", async () => {
    expect(
      await refusal(
        assertMayResync("U9", { users: ["U1", "U3"], usergroup: "S1" }, members(["U2"])),
      ),
    ).toBe(
      "Only <@U1>, <@U3> or members of <!subteam^S1> may start a resync. Nothing was started; ask one of them.",
    );
    expect(
      await refusal(assertMayResync("U9", { users: ["U1"], usergroup: undefined }, members([]))),
    ).toBe("Only <@U1> may start a resync. Nothing was started; ask them.");
  });

  it("says resync is off, and how to turn it on, when nobody is allowed", async () => {
    expect(
      await refusal(assertMayResync("U1", { users: [], usergroup: undefined }, members(["U1"]))),
    ).toContain("Resync is off");
  });

  it("refuses, rather than guessing, when Slack cannot list the group", async () => {
    const text = await refusal(
      assertMayResync("U2", { users: [], usergroup: "S1" }, async () => {
        throw new Error("missing_scope");
      }),
    );
    expect(text).toContain("usergroups:read");
  });
});
