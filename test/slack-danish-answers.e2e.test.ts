import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { CorrectionBook } from "../src/corrections/correction-book.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import { DEFAULT_CHANNEL, type SandboxResponse } from "../src/sandbox/slack/sandbox.js";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { bodyOf } from "./fakes/slack-responses.js";

// The answers of the slash command and of "Not this type?" to someone whose Slack is in Danish
// (issue 16): the real Bolt app over signed HTTP, Slack's sandbox saying the person's locale.

const DANSK_ADMIN = "U0DANSK";
const DANSK_STRANGER = "U0FREMMED";
const MESSAGE =
  'Lead 00Q5g00000AbCdEAAA was refused by the region check: "Nordics" is not served (ref 4411)';

let store: Store;
let env: SandboxedApp;

beforeAll(async () => {
  store = await openStore({ path: ":memory:" });
  const book = new CorrectionBook();
  env = await startSandboxedApp({
    catalog: createCatalog(rules, { corrections: book }),
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
    store,
    corrections: { book, allowed: { users: [DANSK_ADMIN], usergroup: undefined } },
  });
  env.sandbox.addUser({ id: DANSK_ADMIN, locale: "da-DK" });
  env.sandbox.addUser({ id: DANSK_STRANGER, locale: "da-DK" });
});

afterEach(() => {
  env.sandbox.assertNoUnexpectedCalls();
});

afterAll(async () => {
  await env.stop();
  await store.close();
});

async function answerAt(responseUrl: string) {
  const response = (await env.sandbox.waitFor(
    (r) => r.type === "response" && r.url === responseUrl,
  )) as SandboxResponse;
  return bodyOf(response);
}

async function slash(userId: string, text: string) {
  const reply = await env.sandbox.slash(env.target, {
    text,
    userId,
    channelId: DEFAULT_CHANNEL.id,
  });
  expect(reply.status).toBe(200);
  return answerAt(reply.responseUrl);
}

/** Clicks `actionId` (with `value`) in the newest message only `userId` sees; the bot's answer. */
async function click(userId: string, actionId: string, value?: string) {
  const message = env.sandbox.ephemerals(userId).at(-1);
  if (!message) throw new Error(`nothing shown to ${userId}`);
  const reply = await env.sandbox.click(env.target, {
    userId,
    message,
    actionId,
    ...(value === undefined ? {} : { value }),
  });
  expect(reply.status).toBe(200);
  return answerAt(reply.responseUrl);
}

const elementsOf = (body: ReturnType<typeof bodyOf>) =>
  (body.blocks as Array<{ elements?: unknown[]; accessory?: unknown }>).flatMap((b) => [
    ...(b.elements ?? []),
    ...(b.accessory ? [b.accessory] : []),
  ]) as Array<Record<string, unknown>>;

describe("/syncerror called wrongly, by someone whose Slack is in Danish", () => {
  it("answers a mistyped subcommand in Danish", async () => {
    const typo = await slash(DANSK_ADMIN, "lsit");
    expect(typo.text).toBe("Der findes ingen /syncerror lsit. Skriv /syncerror help.");
    expect(JSON.stringify(typo.blocks)).toContain(
      "Der findes ingen `/syncerror lsit`. Mente du `/syncerror list`?",
    );
  });

  it("refuses an unknown category in Danish, and lists a Danish one", async () => {
    const refused = await slash(DANSK_ADMIN, "list widgets");
    expect(refused.text).toBe(
      'Der findes ingen kategori "widgets". Kategorierne er: Tilknytninger, Brugerdefineret kode, Dubletter, Tilladelser, Picklister, Egenskabsmappings, Egenskabsværdier, Ukendt.\n\nBrug: /syncerror list [kategori]',
    );
    const listed = await slash(DANSK_ADMIN, "list egenskabsværdier");
    expect(listed.blocks[0]?.text?.text).toBe("Egenskabsværdier (7)");
  });
});

describe('"Not this type?" for someone whose Slack is in Danish', () => {
  it("asks with the Danish menu, saves the type picked, and says so in Danish", async () => {
    const first = await slash(DANSK_ADMIN, `explain ${MESSAGE}`);
    const offer = elementsOf(first).find((e) => e.action_id === "correction_offer") as {
      text: { text: string };
    };
    expect(offer.text.text).toBe("Ikke denne type?");

    const question = await click(DANSK_ADMIN, "correction_offer");
    expect(question).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(question.text).toBe(
      "Hvilken fejltype er denne besked? Jeg læste den som Brugerdefineret kode.",
    );
    const menu = elementsOf(question).find((e) => e.action_id === "correction_type") as {
      placeholder: { text: string };
      option_groups: Array<{ label: { text: string }; options: Array<{ text: { text: string } }> }>;
    };
    expect(menu.placeholder.text).toBe("Den rigtige fejltype");
    expect(menu.option_groups.map((g) => g.label.text)).toEqual([
      "Tilknytninger",
      "Brugerdefineret kode",
      "Dubletter",
      "Tilladelser",
      "Picklister",
      "Egenskabsmappings",
      "Egenskabsværdier",
      "Ukendt",
    ]);
    expect(menu.option_groups.flatMap((g) => g.options.map((o) => o.text.text))).toContain(
      "Ugyldig værdi",
    );

    const saved = await click(DANSK_ADMIN, "correction_type", "invalid-value");
    expect(saved.replace_original).toBe(true);
    expect(saved.text).toBe(
      "Gemt: Denne besked og beskeder, der ligner den, læser jeg nu som Ugyldig værdi (rettelse nr. 1).",
    );
    expect((await store.corrections()).map((c) => c.ruleId)).toEqual(["invalid-value"]);
  });

  it("refuses someone who may not correct, in Danish, and changes nothing", async () => {
    await slash(DANSK_STRANGER, `explain ${MESSAGE.replace("Nordics", "Benelux")} now`);
    const refused = await click(DANSK_STRANGER, "correction_offer");
    expect(refused).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(refused.text).toBe(
      `Kun <@${DANSK_ADMIN}> må rette en fejltype. Intet blev ændret; spørg vedkommende.`,
    );
    expect(await store.corrections()).toHaveLength(1);
  });
});

describe("the Share button, for someone whose Slack is in Danish", () => {
  it("says in Danish that an explanation was already shared, and refuses an altered button", async () => {
    await slash(DANSK_ADMIN, "explain ugyldig værdi");
    const share = () => click(DANSK_ADMIN, "explain_share");
    const shared = await share();
    // Shared for the channel: BOT_LANGUAGE (English here), not the sharer's language.
    expect(shared.response_type).toBe("in_channel");
    const again = await share();
    expect(again.response_type).toBe("ephemeral");
    expect(again.text).toMatch(
      /^Du har allerede delt denne forklaring i kanalen \(<!date\^\d+\^\{time\}\|/,
    );
    expect(again.text).toContain("så den er ikke sendt igen.");

    await slash(DANSK_ADMIN, "explain ugyldig værdi");
    const altered = await click(DANSK_ADMIN, "explain_share", "{not json");
    expect(altered.text).toBe("Denne knaps data er ikke gyldige. Kør /syncerror explain igen.");
  });
});
