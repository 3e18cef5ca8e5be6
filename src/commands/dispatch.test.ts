import type { KnownBlock } from "@slack/types";
import { beforeAll, describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { UsageError } from "../errors.js";
import { translator } from "../i18n/translator.js";
import { rules } from "../rules/index.js";
import { escapeMrkdwn } from "../slack/blocks/index.js";
import { decodeShareValue } from "../slack/messages/share-value.js";
import { openStore, type Store } from "../store/index.js";
import { dispatch, isDeferred, subcommands } from "./index.js";

const catalog = createCatalog(rules);
const store = await openStore({ path: ":memory:" });
/** The reply to `/syncerror <text>`; these subcommands all answer at once. */
const run = async (text: string) => {
  const reply = await dispatch(
    text,
    {
      catalog,
      userId: "U1",
      channelId: "C1",
      store,
      digestChannel: "C0DIGEST",
      importMaxBytes: 200_000_000,
      digestTimezone: "Europe/Copenhagen",
      now: () => new Date("2026-11-30T08:00:00Z"),
      translator: translator("en"),
    },
    subcommands,
  );
  if (isDeferred(reply)) throw new Error(`${text} deferred its answer`);
  return reply;
};

/** Every text in the blocks, in order, for assertions that do not care about block structure. */
function textsOf(blocks: readonly KnownBlock[]): string[] {
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record.text === "string") texts.push(record.text);
      for (const [key, child] of Object.entries(record))
        if (key !== "text" || typeof child !== "string") visit(child);
    }
  };
  visit(blocks);
  return texts;
}

function buttons(blocks: readonly KnownBlock[]) {
  return blocks
    .flatMap((b) => (b.type === "actions" ? b.elements : []))
    .filter((e) => e.type === "button");
}

describe("/syncerror explain", () => {
  it("answers with the type as header, the cause, the numbered fix, resync advice and a share button", async () => {
    const message = await run("explain Type mismatch");
    expect(message.blocks[0]).toMatchObject({
      type: "header",
      text: { type: "plain_text", text: "Type mismatch" },
    });
    const texts = textsOf(message.blocks).join("\n");
    expect(texts).toContain("*Property mappings* · either direction");
    expect(texts).toContain("*Cause*\nThe HubSpot property");
    expect(texts).toMatch(/\*Fix\*\n1\. .+_\(HubSpot admin, in HubSpot\)_\n2\. /);
    expect(texts).toContain("*Resync:* Only after the fix");
    expect(texts).toContain("Related: Invalid value");
    expect(texts).toContain("|HubSpot help article>");
    const [share] = buttons(message.blocks);
    expect(share).toMatchObject({ action_id: "explain_share", text: { text: "Share in channel" } });
    expect(decodeShareValue((share as { value: string }).value)).toEqual({ rule: "type-mismatch" });
  });

  it("says when it answered with the closest name to a typo", async () => {
    const message = await run("explain tpye mismatch");
    expect(message.blocks[0]).toMatchObject({ text: { text: "Type mismatch" } });
    expect(textsOf(message.blocks).join("\n")).toMatch(
      /Closest error type to what you typed \(confidence 0\.\d+\)/,
    );
  });

  it("classifies a pasted raw message and names the inner error of a wrapper", async () => {
    const message = await run(
      "explain CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY: LeadTrigger: execution of BeforeInsert caused by: first error: STRING_TOO_LONG, Title: data value too large",
    );
    expect(message.blocks[0]).toMatchObject({ text: { text: "Custom code" } });
    const texts = textsOf(message.blocks).join("\n");
    expect(texts).toContain(
      "I read the message as *Custom code* (status code `CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY`)",
    );
    expect(texts).toContain("*Inner error: String too long*");
    const value = (buttons(message.blocks)[0] as { value: string }).value;
    expect(decodeShareValue(value)).toEqual({
      rule: "custom-code",
      inner: "string-too-long",
      code: "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY",
    });
  });

  it("keeps the line breaks of a pasted message", async () => {
    const message = await run(
      "explain\nSTRING_TOO_LONG: Last Name:\ndata value too large (max length=80)",
    );
    expect(message.blocks[0]).toMatchObject({ text: { text: "String too long" } });
  });

  it("answers no match with up to three suggestion buttons that name a rule each", async () => {
    const message = await run("explain email");
    expect(textsOf(message.blocks)[0]).toBe(
      "No error type matches *email*. Did you mean one of these?",
    );
    const suggestions = buttons(message.blocks);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    suggestions.forEach((b, i) => {
      expect(b).toMatchObject({ action_id: `explain_rule:${i}` });
      expect(catalog.ruleById((b as { value: string }).value)).toBeDefined();
    });
  });

  it("escapes what the user typed before echoing it", async () => {
    const message = await run("explain <!channel> & co");
    expect(textsOf(message.blocks)[0]).toContain("&lt;!channel&gt; &amp; co");
  });

  it("shows the catalog for an empty query", async () => {
    const message = await run("explain");
    expect(message.blocks[0]).toMatchObject({ text: { text: "Sync error types (28)" } });
  });
});

describe("/syncerror list", () => {
  it("lists every category", async () => {
    const texts = textsOf((await run("list")).blocks).join("\n");
    for (const rule of rules) expect(texts).toContain(rule.name);
  });

  it("lists one category", async () => {
    const message = await run("list picklists");
    expect(message.blocks[0]).toMatchObject({ text: { text: "Picklists (9)" } });
  });

  it("refuses an unknown category, naming the real ones", async () => {
    await expect(run("list widgets")).rejects.toThrow(UsageError);
    await expect(run("list widgets")).rejects.toThrow(
      /The categories are: Associations, Custom code/,
    );
  });
});

describe("/syncerror digest", () => {
  it("previews the digest, saying where it would go and that only you see it", async () => {
    const message = await run("digest");
    expect(textsOf(message.blocks).join("\n")).toContain(
      "Preview: the next digest as it would be posted now in <#C0DIGEST>. Only you see it.",
    );
  });
});

describe("/syncerror help and unknown subcommands", () => {
  it.each(["", "help", "HELP"])("shows help for %j", async (text) => {
    const texts = textsOf((await run(text)).blocks).join("\n");
    for (const c of subcommands) expect(texts).toContain(`/syncerror ${escapeMrkdwn(c.usage)}`);
  });

  it("suggests the subcommand a typo resembles", async () => {
    const message = await run("expalin Type mismatch");
    expect(textsOf(message.blocks)[0]).toBe(
      "There is no `/syncerror expalin`. Did you mean `/syncerror explain`?",
    );
  });

  it("does not suggest anything for a word that resembles no subcommand", async () => {
    expect(textsOf((await run("frobnicate")).blocks)[0]).toBe(
      "There is no `/syncerror frobnicate`.",
    );
  });
});

describe("/syncerror status [all]", () => {
  let busy: Store;
  beforeAll(async () => {
    busy = await openStore({ path: ":memory:" });
    const tx = await busy.beginImport({
      fileName: "every-type.csv",
      contentHash: "every-type",
      importedBy: "test",
      importedAt: new Date("2026-11-30T07:00:00Z"),
    });
    for (const [i, rule] of rules.entries()) {
      await tx.add({
        ruleId: rule.id,
        category: rule.category,
        direction: rule.direction,
        objectType: "contact",
        hubspotId: String(1000 + i),
        salesforceId: null,
        recordName: null,
        message: rule.name,
        statusCode: null,
        occurredAt: new Date("2026-11-30T07:00:00Z"),
      });
    }
    await tx.commit({ rowsRead: rules.length, rejected: 0, objectTypes: [], columns: {} });
  });
  const statusOf = async (text: string) => {
    const reply = await dispatch(
      text,
      {
        catalog,
        userId: "U1",
        channelId: "C1",
        store: busy,
        digestChannel: "C0DIGEST",
        importMaxBytes: 200_000_000,
        digestTimezone: "Europe/Copenhagen",
        now: () => new Date("2026-11-30T08:00:00Z"),
        translator: translator("en"),
      },
      subcommands,
    );
    if (isDeferred(reply)) throw new Error(`${text} deferred its answer`);
    return textsOf(reply.blocks).join("\n");
  };

  it("lists the largest types and says where the rest are", async () => {
    const text = await statusOf("status");
    expect(text).toContain("… and 16 more error types — `/syncerror status all`");
  });

  it("lists every type with all", async () => {
    const text = await statusOf("status all");
    for (const rule of rules) expect(text).toContain(`• ${escapeMrkdwn(rule.name)}: *1*`);
    expect(text).not.toContain("more error types");
  });

  it("refuses any other word, saying what it takes", async () => {
    await expect(statusOf("status everything")).rejects.toThrow(UsageError);
  });
});
