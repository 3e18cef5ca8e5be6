/**
 * Charts in Slack (issue 18), through the real Bolt app over signed HTTP against the Slack sandbox
 * and a real store: `/syncerror chart` draws from the store and shares the PNG in the channel
 * (files.uploadV2's three steps), with its numbers in the comment; a name it cannot place is
 * refused before anything is drawn; a channel without the bot gets the invite instruction; the
 * Monday digest's thread gets the trend (DIGEST_CHART), other days' do not; and the Home tab shows
 * the breakdown as an image block of a file uploaded privately.
 */
import { PNG } from "pngjs";
import { afterEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import type { DigestSettings } from "../src/config.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import { DEFAULT_CHANNEL, type SandboxResponse } from "../src/sandbox/slack/sandbox.js";
import type { Store } from "../src/store/types.js";
import { bodyOf } from "./fakes/slack-responses.js";
import { importErrors } from "./fakes/store-errors.js";

const catalog = createCatalog(rules);
const CHANNEL = DEFAULT_CHANNEL.id;
const ANN = "U0ANN";
const DAY = 86_400_000;

let env: SandboxedApp | undefined;
afterEach(async () => {
  env?.sandbox.assertNoUnexpectedCalls();
  await env?.stop();
  env = undefined;
});

/** Three Invalid email errors opened two days ago, two String too long yesterday: 5 open. */
async function seed(store: Store, now: Date) {
  const opened = (ruleId: string, count: number, daysAgo: number) =>
    Array.from({ length: count }, (_, i) => ({
      ruleId,
      hubspotId: `${ruleId}-${i}`,
      occurredAt: new Date(now.getTime() - daysAgo * DAY),
    }));
  await importErrors(
    store,
    catalog,
    [...opened("invalid-email", 3, 2), ...opened("string-too-long", 2, 1)],
    { at: now },
  );
}

async function start(
  options: { botInChannel?: boolean; digest?: DigestSettings; now?: Date } = {},
) {
  const clock = options.now ?? new Date();
  env = await startSandboxedApp({
    catalog,
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
    ...(options.botInChannel === undefined ? {} : { botInChannel: options.botInChannel }),
    ...(options.digest ? { digest: { settings: options.digest, now: () => clock } } : {}),
  });
  await seed(env.store, clock);
  return env;
}

/**
 * Types `/syncerror <text>` as Ann and returns her answers once `count` have come: a chart's
 * "Drawing…" and then what became of it; a refusal alone.
 */
async function slash(app: SandboxedApp, text: string, count = 2) {
  const reply = await app.sandbox.slash(app.target, { text, userId: ANN, channelId: CHANNEL });
  expect(reply.status).toBe(200);
  const answers = () =>
    app.sandbox
      .responses()
      .filter((r: SandboxResponse) => r.url === reply.responseUrl)
      .map(bodyOf);
  await app.sandbox.waitFor(
    (r) => r.type === "response" && r.url === reply.responseUrl && answers().length >= count,
  );
  return answers();
}

/** The channel's file messages: each with its comment and the files it shares. */
function fileMessages(app: SandboxedApp, channel = CHANNEL) {
  return app.sandbox.messages(channel).filter((m) => (m.files ?? []).length > 0);
}

function decoded(app: SandboxedApp, fileId: string) {
  const file = app.sandbox.file(fileId);
  if (!file) throw new Error(`no file ${fileId}`);
  expect(file.mimetype).toBe("image/png");
  return { file, png: PNG.sync.read(file.content) };
}

describe("/syncerror chart", () => {
  it("draws the trend from the store and shares it in the channel, its numbers in the comment", async () => {
    const app = await start();
    const [first, final] = await slash(app, "chart");
    expect(first?.text).toBe("Drawing the trend chart…");
    expect(final?.text).toContain("Posted *New and resolved sync errors per day, last 30 days*");
    const [posted] = fileMessages(app);
    expect(posted?.text).toContain(`Asked for by <@${ANN}>.`);
    // The alt text, from the store: 5 new errors over the 30 days, none resolved, 5 open now.
    expect(posted?.text).toContain("5 new errors and 0 resolved");
    expect(posted?.text).toContain("5 now");
    const { file, png } = decoded(app, posted?.files?.[0] ?? "");
    expect(file.name).toMatch(/^syncerror-trend-\d{4}-\d{2}-\d{2}\.png$/);
    expect(file.shares.map((s) => s.channel)).toEqual([CHANNEL]);
    expect(png.width).toBe(1000);
    expect(png.height).toBeGreaterThan(300);
  });

  it("narrows a chart to one type, named with a typo, and counts only its errors", async () => {
    const app = await start();
    await slash(app, "chart age Invalid emial");
    const [posted] = fileMessages(app);
    expect(posted?.text).toContain(
      "Open sync errors by how long they have been open · Invalid email",
    );
    expect(posted?.text).toContain("3 open errors");
    expect(decoded(app, posted?.files?.[0] ?? "").png.width).toBe(1000);
  });

  it("refuses a name that is no category or type before drawing anything", async () => {
    const app = await start();
    const [answer] = await slash(app, "chart breakdown flux capacitor", 1);
    expect(answer?.text).toContain('There is no category or error type "flux capacitor"');
    expect(answer?.text).toContain("Property mappings");
    expect(fileMessages(app)).toEqual([]);
    expect(app.sandbox.calls().some((c) => c.method.startsWith("files."))).toBe(false);
  });

  it("tells the asker to invite the bot when it is not in the channel", async () => {
    const app = await start({ botInChannel: false });
    const [, final] = await slash(app, "chart breakdown");
    expect(final?.text).toContain("/invite");
    expect(fileMessages(app)).toEqual([]);
  });
});

describe("the digest's chart (DIGEST_CHART)", () => {
  const settings = (chart: DigestSettings["chart"]): DigestSettings => ({
    schedule: { cron: "0 9 * * 1-5", timezone: "UTC" },
    catchupHours: 12,
    skipEmpty: false,
    chart,
  });

  it("shares the trend in the thread of a Monday's digest, once", async () => {
    const monday = new Date("2026-12-07T09:00:00Z");
    const app = await start({ digest: settings("mondays"), now: monday });
    const outcome = await app.digest.post(monday, false);
    expect(outcome.status).toBe("posted");
    const ts = outcome.status === "posted" ? outcome.ts : "";
    const [chart, ...more] = fileMessages(app);
    expect(more).toEqual([]);
    expect(chart?.threadTs).toBe(ts);
    expect(chart?.text).toContain("The last 30 days, new and resolved per day.");
    expect(chart?.text).toContain("5 new errors");
    expect(decoded(app, chart?.files?.[0] ?? "").png.width).toBe(1000);
    // The same slot again (a second trigger or replica) posts neither digest nor chart.
    await app.digest.post(monday, false);
    expect(fileMessages(app)).toHaveLength(1);
  });

  it("leaves other days' digests without a chart, and every digest with off", async () => {
    const tuesday = new Date("2026-12-08T09:00:00Z");
    const app = await start({ digest: settings("mondays"), now: tuesday });
    expect((await app.digest.post(tuesday, false)).status).toBe("posted");
    expect(fileMessages(app)).toEqual([]);
    await app.stop();
    env = undefined;
    const monday = new Date("2026-12-07T09:00:00Z");
    const off = await start({ digest: settings("off"), now: monday });
    expect((await off.digest.post(monday, false)).status).toBe("posted");
    expect(fileMessages(off)).toEqual([]);
  });
});

describe("the Home tab's chart", () => {
  async function openHome(app: SandboxedApp) {
    const published = app.sandbox.waitFor(
      (r) => r.type === "call" && r.method === "views.publish" && r.seq > seen,
    );
    await app.sandbox.openHome(app.target, { userId: ANN });
    seen = (await published).seq;
    await app.pendingWork.idle();
    const image = (app.sandbox.homeView(ANN)?.blocks ?? []).find(
      (b) => (b as { type?: string }).type === "image",
    ) as { slack_file?: { id?: string }; alt_text?: string } | undefined;
    return image;
  }
  let seen = 0;

  it("shows the breakdown as an image of a file uploaded privately, with its numbers", async () => {
    seen = 0;
    const app = await start();
    const image = await openHome(app);
    const fileId = image?.slack_file?.id ?? "";
    expect(image?.alt_text).toContain("5 open errors of 2 types");
    const { file, png } = decoded(app, fileId);
    expect(file.shares).toEqual([]);
    expect(png.width).toBe(1000);
    const uploads = app.sandbox.calls().filter((c) => c.method === "files.completeUploadExternal");
    expect(uploads).toHaveLength(1);
  });
});
