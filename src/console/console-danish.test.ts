import { afterEach, describe, expect, it } from "vitest";
import { englishWordsIn } from "../../test/english-words.js";
import { createCatalog } from "../catalog/catalog.js";
import { LOCALES } from "../i18n/languages.js";
import { translator } from "../i18n/translator.js";
import { createLogger } from "../logger.js";
import { rules } from "../rules/index.js";
import { DEFAULT_CHANNEL } from "../sandbox/slack/sandbox.js";
import { actions, button, confirmDialog, section } from "../slack/blocks/index.js";
import { openStore } from "../store/sqlite-store.js";
import type { Store } from "../store/types.js";
import { banner } from "./banner.js";
import { ConsoleSession } from "./console-session.js";
import { isYes } from "./local-mode.js";
import { renderBlocks } from "./render-blocks.js";
import { type SandboxedApp, startSandboxedApp } from "./sandboxed-app.js";
import { postDemoDigest, seedDemoData } from "./seed-demo-data.js";

// Local mode with `--lang da`: the console's own words (banner, help, hints, frames, questions)
// and the bot's answers read in Danish, with no English sentence left; English stays as it was.

const catalog = createCatalog(rules);
const da = translator("da");
const en = translator("en");
const USER = "U0CONSOLE";

/**
 * Names that stay English: the products, the bot's commands and the console's words to type
 * (help, quit, home), environment variables, the README's section, and the English names HubSpot
 * keeps for some error types (the rules' faithful Danish names show them beside).
 */
const KEPT = [
  "HubSpot",
  "Salesforce",
  "Sync Health",
  'README.md, "Connect to Slack"',
  "SLACK_BOT_TOKEN",
  "--user",
  "#sync-errors",
  "status all",
  ...rules.filter((r) => r.danishNameSource === "faithful").map((r) => r.name),
];

/** The lines a person reads, without the commands to type (which are what they type). */
function prose(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/^\s*\/syncerror /.test(line))
    .join("\n");
}

describe("the console's own words in Danish", () => {
  it("the banner: no English sentence left; the commands to try as typed", () => {
    const shown = banner(USER, false, 2345, da, {
      envFile: { path: "/srv/.env", shadowed: 1, variables: 5 },
      folder: "/srv",
    });
    expect(shown).toContain("syncerror · lokal tilstand");
    expect(shown).toContain("Demodata: 2.345 åbne synkroniseringsfejl");
    expect(shown).toContain(
      "Konfigurationen er læst fra miljøet og /srv/.env (1 af dens 5 variabler er også sat i miljøet, som vinder).",
    );
    expect(shown).toContain("  /syncerror explain ugyldig e-mail      (også danske navne)");
    expect(shown).toContain("Du er U0CONSOLE (start med --user <id> for at være en anden).");
    expect(englishWordsIn(prose(shown), KEPT)).toEqual([]);
  });

  it("the banner in English is as it was", () => {
    const shown = banner(USER, false, 2345, en, { folder: "/srv" });
    expect(shown).toContain("syncerror · local mode");
    expect(shown).toContain("Configuration read from the environment only (no .env in /srv).");
    expect(shown).toContain(
      "Demo data: 2,345 open sync errors from the last two weeks, in a throwaway store.",
    );
    expect(shown).toContain("  /syncerror explain tpye mismatch       (typos are fine)");
    expect(shown).toContain(
      "You are U0CONSOLE (start with --user <id> to be someone else). help for help, quit to leave.",
    );
  });

  it("a Slack client's own words (a confirm dialog's defaults, an unknown block) in Danish", () => {
    const blocks = [
      // A dialog without its own title and buttons: the client shows its defaults.
      {
        type: "actions",
        elements: [
          {
            type: "button",
            text: { type: "plain_text", text: "Del" },
            action_id: "x",
            confirm: { text: { type: "plain_text", text: "Sikker?" } },
          },
        ],
      },
      { type: "video" },
    ];
    const rendered = renderBlocks(blocks, { color: false, nextNumber: () => 1, translator: da });
    expect(rendered.actions[0]?.confirm).toEqual({
      title: "Er du sikker?",
      text: "Sikker?",
      confirm: "Ja",
      deny: "Annuller",
    });
    expect(rendered.lines).toContain("[en video-blok, som konsollen ikke kan vise]");
  });

  it("takes j and ja for yes, as the Danish question offers [j/N]", () => {
    expect(["y", "yes", "J", "ja"].map(isYes)).toEqual([true, true, true, true]);
    expect(["", "n", "nej", "jo"].map(isYes)).toEqual([false, false, false, false]);
  });
});

describe("a console session with --lang da", () => {
  let env: SandboxedApp | undefined;
  let store: Store | undefined;
  afterEach(async () => {
    await env?.stop();
    await store?.close();
  });

  it("the demo digest, explain ugyldig e-mail, help and the hints read entirely in Danish", async () => {
    store = await openStore({ path: ":memory:" });
    await seedDemoData(store, catalog, new Date());
    // As local mode starts it for `--lang da`: a Danish Slack user, the channel's posts in Danish.
    env = await startSandboxedApp({
      catalog,
      logger: createLogger({ level: "silent" }),
      logLevel: "silent",
      version: "test",
      store,
      botLanguage: "da",
    });
    env.sandbox.addUser({ id: USER, locale: LOCALES.da });
    let printed = "";
    const questions: string[] = [];
    const session = new ConsoleSession(
      env,
      USER,
      { write: (text) => (printed += text), color: false },
      async (question) => {
        questions.push(question);
        return false;
      },
      da,
    );
    await postDemoDigest(env);
    await session.settled();
    for (const line of [
      "/syncerror explain ugyldig e-mail",
      "help",
      "hej",
      "/deploy",
      "999",
      "1 2",
    ])
      await session.handle(line);
    // A button that asks first: the question in Danish, and "no" cancels.
    await env.app.client.chat.postMessage({
      channel: DEFAULT_CHANNEL.id,
      text: "Ugyldig værdi",
      blocks: [
        section("Ugyldig værdi"),
        actions([
          button({
            text: "Del",
            actionId: "explain_share",
            value: "x",
            confirm: confirmDialog({
              title: "Dele den?",
              text: "Alle i kanalen kan se den.",
              confirm: "Del",
              deny: "Behold",
            }),
          }),
        ]),
      ],
    });
    await session.settled();
    const share = /\[(\d+)\] Del\n/.exec(printed.slice(printed.lastIndexOf("Ugyldig værdi")));
    await session.handle(share?.[1] ?? "0");

    expect(printed).toMatch(/── syncerror · #sync-errors ─+\nSynkroniseringsfejl · /);
    expect(printed).toContain("── syncerror · kun synlig for dig");
    expect(printed).toContain("Konsollens kommandoer:");
    expect(printed).toContain("Skriv en /syncerror-kommando (fx /syncerror explain hej)");
    expect(printed).toContain("Kun /syncerror findes her.");
    expect(printed).toContain("Der er ingen knap [999].");
    expect(printed).toContain("Annulleret.");
    expect(questions).toEqual(["Dele den?\nAlle i kanalen kan se den.\nDel? [j/N] (nej: Behold) "]);
    expect(englishWordsIn(prose(printed), KEPT)).toEqual([]);
    expect(englishWordsIn(questions.join("\n"), KEPT)).toEqual([]);
  }, 30_000);
});
